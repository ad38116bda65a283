// The regular expressions that recognise the family of report layouts: recommendation starts, citations, response headings, annotations.

/** A list of paragraph numbers: "45", "45 and 46", "45, 46 and 48", "45–47", "45 to 47". */
export const NUMBER_LIST = String.raw`\d{1,4}(?:\s*(?:,|and|&|to|–|—|-)\s*\d{1,4})*`;

/** "18. The Department …", optionally in bold ("**18.**") or indented by a few spaces. */
export const RECOMMENDATION_START = /^ {0,3}(?:\*\*)?(\d{1,4})\.(?:\*\*)?[ \t]+(?=\S)/;

/** "(Paragraph 45)", "(Paragraphs 45 and 46)", "(Paragraph 45, 46)". */
export const CITATION = new RegExp(String.raw`\((?:\*\*)?Paragraphs?\s+(${NUMBER_LIST})(?:\*\*)?\)`, 'gi');

/** A block that is nothing but a citation: "(Paragraph 27)" on a line of its own. */
export const CITATION_ONLY = new RegExp(String.raw`^\s*\(Paragraphs?\s+${NUMBER_LIST}\)\s*$`, 'i');

/** "Paragraph 20: Funding for …" — a response heading quoting the recommendation. */
export const PARAGRAPH_HEADING = new RegExp(String.raw`^(?:\*\*)?(Paragraphs?)\s+(${NUMBER_LIST})\s*:(?:\*\*)?\s*`);

/** "Response from Ofsted: paragraph 42". */
export const RESPONSE_FROM_HEADING = new RegExp(
  String.raw`^(?:\*\*)?Response from (.+?)\s*:\s*(paragraphs?)\s+(${NUMBER_LIST})\s*\.?(?:\*\*)?\s*$`,
  'i',
);

export const LIST_ITEM = /^\s*(?:[-*•–]|\(?[a-z]\)|\(?[ivx]+\))\s+/;

/** "@note: …", "@note[R12]: …" at column 0. */
export const ANNOTATION = /^@(note|stance|tags|todo|done|ignore)(?:\[([^\]\r\n]*)\])?:[ \t]?(.*)$/;

/** A line that ends a sentence (or a heading) ends with one of these characters. */
export const TERMINAL_PUNCTUATION = /[.?!:;)"”’'*\]]/;

const SINGLE_NUMBER = /^\d{1,4}$/;

/** Turns "45, 46 and 48" or "45–47" into [45, 46, 48] or [45, 46, 47]. Ranges longer than 200 are kept as their ends. */
export function expandNumberList(list: string): number[] {
  if (SINGLE_NUMBER.test(list)) return [Number(list)];
  const out: number[] = [];
  const re = /(\d{1,4})|(to|–|—|-)/g;
  let pendingRange = false;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    if (m[2]) {
      pendingRange = out.length > 0;
      continue;
    }
    const n = Number(m[1]);
    const prev = out[out.length - 1];
    if (pendingRange && prev !== undefined && n > prev && n - prev <= 200) {
      for (let k = prev + 1; k <= n; k++) out.push(k);
    } else {
      out.push(n);
    }
    pendingRange = false;
  }
  return out;
}
