// The writers: the briefing of a report and the tracker of a workspace as .docx files (with the docx package), and as
// Markdown, CSV and JSON (re-exported here, so that the browser's server reads them on first use too). The Word files:
// that open in Word and LibreOffice. Landscape A4, a header row that repeats on every page, stance cells shaded in
// a fixed colour and always labelled in words.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  PageOrientation,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { xmlSafeDeep } from '../features/inert';
import { commitmentCountsText } from '../features/commitmentCounts';
import type { BriefingRow } from '../features/briefing';
import { briefingText } from '../features/briefingText';
import type { ReportOverview } from '../features/overview';
import { STANCE_ORDER, stanceWords, type ShownStance } from '../features/stanceNames';
import { countsText, daysText, formatTracker, type TrackerRow } from '../features/tracker';
import type { DocxWriter } from './types';

/** A stance's cell colour: light, so black text stays readable; the words are in the cell too. */
export const STANCE_SHADES: Record<ShownStance, string> = {
  accepted: 'C6EFCE',
  'accepted-in-principle': 'D9F2D0',
  'accepted-in-part': 'FFEB9C',
  'under-consideration': 'DDEBF7',
  noted: 'E4DFEC',
  rejected: 'FFC7CE',
  unclear: 'EDEDED',
  'no-response': 'F8CBAD',
};

const FONT = 'Arial';
const SIZE = 18; // half-points: 9 pt in the tables

function text(value: string, bold = false): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: value, bold, font: FONT, size: SIZE })] });
}

function cell(value: string | Paragraph[], width: number, options: { bold?: boolean; shade?: string } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    children: typeof value === 'string' ? [text(value, options.bold)] : value,
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.shade } } : {}),
  });
}

function table(heads: readonly [string, number][], rows: readonly TableCell[][]): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: '999999' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: heads.map(([h, w]) => cell(h, w, { bold: true, shade: 'D9D9D9' })) }),
      ...rows.map((children) => new TableRow({ cantSplit: true, children })),
    ],
  });
}

function landscape(title: string, children: (Paragraph | Table)[]): Document {
  return new Document({
    title,
    creator: 'Committee Report',
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [{ properties: { page: { size: { orientation: PageOrientation.LANDSCAPE }, margin: { top: 720, bottom: 720, left: 720, right: 720 } } }, children }],
  });
}

async function pack(doc: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function line(label: string, value: string | undefined): Paragraph[] {
  return value ? [new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })] : [];
}

function countsLine(counts: Partial<Record<ShownStance, number>>): Paragraph {
  const parts = STANCE_ORDER.filter((s) => counts[s.stance]).map((s) => `${s.label}: ${counts[s.stance]}`);
  return new Paragraph({ spacing: { before: 120, after: 120 }, children: [new TextRun({ text: 'Counts by stance: ', bold: true }), new TextRun(parts.join(' · ') || 'no recommendations')] });
}

function timeliness(o: { daysTaken?: number; late?: boolean }, normMonths: number): string | undefined {
  if (o.daysTaken === undefined) return undefined;
  return `${o.daysTaken} days (the norm is ${normMonths} months: ${o.late ? 'late' : 'on time'})`;
}

function stanceCell(row: BriefingRow): TableCell {
  const shown = (row.userStance || row.inferredStance) as ShownStance;
  const paragraphs = [text(stanceWords(shown), true)];
  if (row.userStance) paragraphs.push(text(`Yours; inferred: ${stanceWords(row.inferredStance as ShownStance)}`));
  else paragraphs.push(text('Inferred'));
  if (row.inferredFrom) paragraphs.push(text(`“${row.inferredFrom}”`));
  return cell(paragraphs, 15, { shade: STANCE_SHADES[shown] ?? 'FFFFFF' });
}

const BRIEFING_COLUMNS: [string, number][] = [
  ['No.', 4], ['Paragraph', 9], ['Recommendation', 21], ['Government response (in brief)', 25], ['Stance', 15], ['Notes', 9], ['Tags', 5], ['To-dos', 5], ['Commitments', 7],
];

export async function briefingDocx(unsafeRows: readonly BriefingRow[], unsafeOverview: ReportOverview, normMonths: number): Promise<Uint8Array> {
  // Characters XML does not allow are taken out of the document's text: a Word file with one cannot be opened.
  const rows = xmlSafeDeep(unsafeRows);
  const overview = xmlSafeDeep(unsafeOverview);
  const body = rows.map((r) => [
    cell(r.label ?? String(r.number), 4),
    cell(r.paragraphs.join(', '), 9),
    cell(r.title, 21),
    cell(r.brief || 'No response', 25),
    stanceCell(r),
    cell(r.notes.join('; '), 9),
    cell(r.tags.join(', '), 5),
    cell(r.todos.join('; '), 5),
    cell(r.commitments ? `${r.commitments}${r.earliestDue ? `, earliest due ${r.earliestDue}` : ''}` : '', 7),
  ]);
  return pack(
    landscape(`Briefing: ${overview.title}`, [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Briefing: ${overview.title}`)] }),
      ...line('Committee', overview.committee),
      ...line('Report published', overview.published),
      ...line('Government response received', overview.received),
      ...line('Days the response took', timeliness(overview, normMonths)),
      ...line('Recommendations', `${overview.recommendations}, of which ${overview.unanswered} without a response`),
      countsLine(overview.counts),
      ...line('Commitments', commitmentCountsText(overview.commitments) || undefined),
      table(BRIEFING_COLUMNS, body),
      new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 120 }, children: [new TextRun({ text: 'Made with Committee Report.', italics: true, size: 16 })] }),
    ]),
  );
}

const TRACKER_COLUMNS: [string, number][] = [
  ['Report', 20], ['Committee', 12], ['Published', 9], ['Response', 9], ['Days', 7], ['Recs', 5], ['Stances', 18], ['Unanswered', 6], ['Open to-dos', 6], ['Commitments', 8],
];

export async function trackerDocx(unsafeRows: readonly TrackerRow[], normMonths: number): Promise<Uint8Array> {
  const rows = xmlSafeDeep(unsafeRows);
  const body = rows.map((r) => [
    cell(r.title, 20),
    cell(r.committee, 12),
    cell(r.published, 9),
    cell(r.received, 9),
    cell(daysText(r), 7, r.late ? { shade: STANCE_SHADES.rejected } : {}),
    cell(String(r.recommendations), 5),
    cell(countsText(r.counts), 18),
    cell(String(r.unanswered), 6, r.unanswered ? { shade: STANCE_SHADES['no-response'] } : {}),
    cell(String(r.openTodos), 6),
    cell(commitmentCountsText(r.commitments), 8, r.commitments?.overdue ? { shade: STANCE_SHADES.rejected } : {}),
  ]);
  const total: Partial<Record<ShownStance, number>> = {};
  for (const r of rows) for (const [k, v] of Object.entries(r.counts)) total[k as ShownStance] = (total[k as ShownStance] ?? 0) + (v ?? 0);
  return pack(
    landscape('Tracker', [
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Tracker')] }),
      new Paragraph({ children: [new TextRun(`${rows.length} report${rows.length === 1 ? '' : 's'}. Days are counted from the report's publication to the Government's response; the norm is ${normMonths} months (late ones are marked).`)] }),
      countsLine(total),
      table(TRACKER_COLUMNS, body),
    ]),
  );
}

// The module's shape is the DocxWriter interface: lazy.ts requires it as one.
export { briefingText, formatTracker };
const writer: DocxWriter = { briefingDocx, trackerDocx, briefingText, formatTracker };
void writer;
