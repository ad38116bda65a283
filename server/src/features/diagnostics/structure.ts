// Structural rules: recommendations with no response, headings citing an unknown paragraph, headings answered jointly.
import { recLabel, type Range, type Report } from '../../model';
import { paragraphLabel } from '../outline';
import { responseLocationRange } from '../navIndex';
import { isAnswered, responseLabel } from '../responseText';
import type { Finding } from './types';

function firstLine(report: Report, range: Range): Range {
  const line = range.start.line;
  return { start: range.start, end: { line, character: report.lines[line].length } };
}

/** The response nearest a recommendation: the next one in its group, else the closest before or after it. */
function nearestResponse(report: Report, recIndex: number): number | undefined {
  const rec = report.recommendations[recIndex];
  const line = rec.range.start.line;
  let best: number | undefined;
  let bestDistance = Infinity;
  report.groups[rec.group]?.responses.forEach((r) => {
    const d = Math.abs(report.responses[r].range.start.line - line);
    if (d < bestDistance) [best, bestDistance] = [r, d];
  });
  if (best !== undefined) return best;
  report.responses.forEach((r, i) => {
    const d = Math.abs(r.range.start.line - line);
    if (d < bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

export function noResponse(report: Report): Finding[] {
  const out: Finding[] = [];
  report.recommendations.forEach((rec, i) => {
    if (isAnswered(report, rec)) return;
    const near = nearestResponse(report, i);
    const cited = rec.paragraphs.length ? ` (${paragraphLabel(rec.paragraphs)})` : '';
    // A heading with nothing under it yet (as the quick fix inserts one): still no response.
    const heading = rec.responses.length ? report.responses[rec.responses[0]].range.start.line + 1 : undefined;
    out.push({
      code: 'no-response',
      range: firstLine(report, rec.range),
      message:
        heading !== undefined
          ? `Recommendation ${recLabel(rec)}${cited} has a response heading (line ${heading}) with no response under it yet. Add the Government's words there, or chase them.`
          : `Recommendation ${recLabel(rec)}${cited} has no government response. Check whether it was answered under another heading, or chase it.`,
      related:
        near === undefined
          ? undefined
          : [{ range: responseLocationRange(report, near), message: `Nearest response: ${responseLabel(report, near)}` }],
      data: { fix: 'no-response', recommendation: rec.number },
    });
  });
  return out;
}

/** The range of the first number in a heading citation ("53" in "Paragraph 53"). */
function numberRange(report: Report, range: Range): Range | undefined {
  const line = report.lines[range.start.line];
  const m = /\d+/.exec(line.slice(range.start.character, range.end.character));
  if (!m) return undefined;
  const start = range.start.character + m.index;
  return { start: { line: range.start.line, character: start }, end: { line: range.start.line, character: start + m[0].length } };
}

export function unknownParagraph(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const r of report.responses) {
    if (!r.miscitation) continue;
    const range = r.citations[0].range;
    const { cited, intended } = r.miscitation;
    const rec = r.answers.length ? report.recommendations[r.answers[0]] : undefined;
    if (intended === undefined || !rec) {
      out.push({
        code: 'unknown-paragraph',
        range,
        message: `This response cites Paragraph ${cited}, but no recommendation cites that paragraph and its words match none. Check the paragraph number.`,
      });
      continue;
    }
    const digits = numberRange(report, range);
    out.push({
      code: 'unknown-paragraph',
      range,
      message: `This response cites Paragraph ${cited}, but no recommendation cites that paragraph. It most likely answers recommendation ${recLabel(rec)} (Paragraph ${intended}), whose words it quotes.`,
      related: [{ range: rec.range, message: `Recommendation ${recLabel(rec)} cites Paragraph ${intended}` }],
      data: digits ? { fix: 'replace', range: digits, text: String(intended), title: `Change to Paragraph ${intended}` } : undefined,
    });
  }
  return out;
}

export function jointResponse(report: Report): Finding[] {
  const out: Finding[] = [];
  for (const r of report.responses) {
    if (r.jointWith === undefined || !r.citations.length) continue;
    const other = report.responses[r.jointWith];
    const label = paragraphLabel(other.citations.map((c) => c.paragraph));
    out.push({
      code: 'joint-response',
      range: r.citations[0].range,
      message: `${paragraphLabel(r.citations.map((c) => c.paragraph))} has no response text of its own: it is answered jointly with ${label}.`,
      related: [{ range: responseLocationRange(report, r.jointWith), message: `The shared response under ${label}` }],
    });
  }
  return out;
}
