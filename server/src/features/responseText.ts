// Reading a response's own words: its body text, or for a heading answered jointly, the text it shares.
import { paragraphText, type Report } from '../model';

export function responseBodyText(report: Report, responseIndex: number): string {
  const r = report.responses[responseIndex];
  const source = r.bodyParagraphs.length === 0 && r.jointWith !== undefined ? report.responses[r.jointWith] : r;
  return source.bodyParagraphs.map((i) => paragraphText(report.lines, report.paragraphs[i])).join(' ');
}

/** "Paragraph 20: Funding for …" for a heading; "Response" for plain text. */
export function responseLabel(report: Report, responseIndex: number): string {
  const r = report.responses[responseIndex];
  if (!r.headingRange) return 'Response';
  return report.lines[r.headingRange.start.line].replace(/\*\*/g, '').trim();
}
