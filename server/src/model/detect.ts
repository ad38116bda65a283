// Decides whether a text has the shape of a Government Response: several numbered recommendations citing "(Paragraph N)".

const NUMBERED_WITH_CITATION = /^ {0,3}(?:\*\*)?\d{1,4}\.(?:\*\*)?[ \t]+\S.*\(Paragraphs?\s+\d/gim;
const CITATION_LINE = /^\s*\(Paragraphs?\s+\d{1,4}[^)]*\)\s*$/gim;
const MIN_RECOMMENDATIONS = 3;
/** Detection reads at most this many characters: enough for dozens of recommendations, cheap on huge files. */
const SCAN_LIMIT = 2_000_000;

export function looksLikeReport(text: string): boolean {
  const sample = text.length > SCAN_LIMIT ? text.slice(0, SCAN_LIMIT) : text;
  const count = (re: RegExp) => (sample.match(re) ?? []).length;
  return count(NUMBERED_WITH_CITATION) + count(CITATION_LINE) >= MIN_RECOMMENDATIONS;
}
