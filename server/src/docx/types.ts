// What the writers make (server/src/docx/index.ts, loaded only when an export is asked for: see lazy.ts): Word files,
// and the briefing and the tracker as Markdown, CSV and JSON (kept out of the browser's server, whose size is bounded).
import type { BriefingFormat, BriefingRow } from '../features/briefing';
import type { ReportOverview } from '../features/overview';
import type { TrackerFormat, TrackerRow } from '../features/tracker';

export interface DocxWriter {
  /** The briefing of one report: a title block, a line of counts by stance, and one table row per recommendation. */
  briefingDocx(rows: readonly BriefingRow[], overview: ReportOverview, normMonths: number): Promise<Uint8Array>;
  /** The tracker: one table row per report. */
  trackerDocx(rows: readonly TrackerRow[], normMonths: number): Promise<Uint8Array>;
  /** The briefing of the report named `name` as text. */
  briefingText(rows: readonly BriefingRow[], name: string, format: BriefingFormat): string;
  /** The tracker as text. */
  formatTracker(rows: readonly TrackerRow[], format: TrackerFormat, normMonths: number): string;
}
