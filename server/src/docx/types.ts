// What the Word writer makes (server/src/docx/index.ts, loaded only when a Word file is asked for: see load.ts).
import type { BriefingRow } from '../features/briefing';
import type { ReportOverview } from '../features/overview';
import type { TrackerRow } from '../features/tracker';

export interface DocxWriter {
  /** The briefing of one report: a title block, a line of counts by stance, and one table row per recommendation. */
  briefingDocx(rows: readonly BriefingRow[], overview: ReportOverview, normMonths: number): Promise<Uint8Array>;
  /** The tracker: one table row per report. */
  trackerDocx(rows: readonly TrackerRow[], normMonths: number): Promise<Uint8Array>;
}
