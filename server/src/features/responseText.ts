// Reading a response's own words: its body text, or for a heading answered jointly, the text it shares.
import { paragraphWords, type Report } from '../model';

/** A response's words: those on its heading's or row's line after a label or citation, then its body's. */
export function responseBodyText(report: Report, responseIndex: number): string {
  const r = report.responses[responseIndex];
  const source = r.bodyParagraphs.length === 0 && r.leadRange === undefined && r.jointWith !== undefined ? report.responses[r.jointWith] : r;
  const body = source.bodyParagraphs.map((i) => paragraphWords(report.lines, report.paragraphs[i]));
  const lead = leadText(report, source);
  return (lead ? [lead, ...body] : body).join(' ');
}

/**
 * Whether a response says anything: words of its own (under its heading or on its line), or a joint heading's it
 * shares. A heading with nothing under it but a to-do is no response yet, and its recommendation is unanswered.
 */
export function hasWords(report: Report, responseIndex: number): boolean {
  const r = report.responses[responseIndex];
  if (r.bodyParagraphs.length || r.leadRange) return true;
  const joint = r.jointWith !== undefined ? report.responses[r.jointWith] : undefined;
  return !!joint && (joint.bodyParagraphs.length > 0 || joint.leadRange !== undefined);
}

/** Whether a recommendation is answered: one of its responses says something. */
export function isAnswered(report: Report, rec: Report['recommendations'][number]): boolean {
  return rec.responses.some((i) => hasWords(report, i));
}

/** The words of a response on its heading's or row's line (and the lines after, for a reply inside a paragraph), without bold markers. */
function leadText(report: Report, r: Report['responses'][number]): string {
  if (!r.leadRange) return '';
  const { start, end } = r.leadRange;
  if (end.line === start.line) return report.lines[start.line].slice(start.character, end.character).replace(/\*\*/g, '').trim();
  const parts = [report.lines[start.line].slice(start.character)];
  for (let line = start.line + 1; line < end.line; line++) parts.push(report.lines[line]);
  parts.push(report.lines[end.line].slice(0, end.character));
  return parts.map((part) => part.trim()).join(' ').replace(/\*\*/g, '').trim();
}

/** "Paragraph 20: Funding for …" for a heading; "Response" for plain text. */
export function responseLabel(report: Report, responseIndex: number): string {
  const r = report.responses[responseIndex];
  if (!r.headingRange) return 'Response';
  return report.lines[r.headingRange.start.line].replace(/\*\*/g, '').trim();
}
