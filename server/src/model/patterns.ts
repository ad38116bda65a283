// The regular expressions that recognise the family of report layouts: recommendation starts, citations, response headings, annotations.

/** A list of paragraph numbers: "45", "45 and 46", "45, 46 and 48", "45–47", "45 to 47". */
export const NUMBER_LIST = String.raw`\d{1,4}(?:\s*(?:,|and|&|to|–|—|-)\s*\d{1,4})*`;

/** "18. The Department …", optionally in bold ("**18.**") or indented by a few spaces. */
export const RECOMMENDATION_START = /^ {0,3}(?:\*\*)?(\d{1,4})\.(?:\*\*)?[ \t]+(?=\S)/;

/** "Paragraph", "Paragraphs", "Para", "Paras", "Para.": the words a citation starts with. */
const PARAGRAPH_WORD = String.raw`Para(?:graph)?s?\.?`;

/** "(Paragraph 45)", "(Paragraphs 45 and 46)", "(Paragraph 45, 46)", "(Para 41)", "(Paras 14, 16, 20)", "(Para 30-32)". */
export const CITATION = new RegExp(String.raw`\((?:\*\*)?${PARAGRAPH_WORD}\s+(${NUMBER_LIST})(?:\*\*)?\)`, 'gi');

/** A block that is nothing but a citation: "(Paragraph 27)" on a line of its own. */
export const CITATION_ONLY = new RegExp(String.raw`^\s*\(${PARAGRAPH_WORD}\s+${NUMBER_LIST}\)\s*$`, 'i');

/** A citation that ends its line, "(Paragraph 45)." or "(Para 41)", tried only at the line's last "(". */
const CITATION_AT_END = new RegExp(String.raw`\(${PARAGRAPH_WORD}\s+${NUMBER_LIST}\)[.*]*\s*$`, 'iy');

/** True when the line ends with a citation: in a layout with no blank lines, it ends its recommendation. */
export function endsWithCitation(line: string): boolean {
  const open = line.lastIndexOf('(');
  if (open < 0) return false;
  CITATION_AT_END.lastIndex = open;
  return CITATION_AT_END.test(line);
}

/** The decision words a response or a table's status column gives, longest first. */
const STANCE_WORDS = [
  'Accepted in principle', 'Agreed in principle', 'Accepted in part', 'Agreed in part', 'Partially accepted', 'Partially agreed',
  'Partly accepted', 'Partly agreed', 'Not accepted', 'Not agreed', 'Accepted', 'Agreed', 'Agree', 'Disagreed', 'Disagree',
  'Rejected', 'Noted', 'Under consideration', 'Under review',
].join('|');

/** "(Paragraph" or "(Para 4" left open at a line's end: a citation a hard line break cut. */
export const OPEN_CITATION = new RegExp(String.raw`\((?:\*\*)?${PARAGRAPH_WORD}(?:\s+[\d,–—\-\s]*(?:and|to)?\s*)?$`, 'i');
/** The end of such a citation on the next line: "20)", "21 and 22)." */
export const CITATION_CLOSE = /^\s*(?:(?:,|and|&|to|–|—|-)\s*)?(?:\d{1,4}(?:\s*(?:,|and|&|to|–|—|-)\s*)?)+\)[.*]*\s*$/;

/**
 * A decision label opening a response: "Accepted.", "Not accepted", "Agree", "Partially accepted", "Under
 * consideration". Followed by punctuation, the end, or a bold marker, so that "Accepted practice is …" is not one.
 */
export const STANCE_LABEL = new RegExp(String.raw`^[ \t]*(?:\*\*)?(${STANCE_WORDS})(?:\*\*)?(?=[ \t]*(?:[.:;,–—-]|\*\*|$))`, 'i');

/**
 * A progress table's status column after a row's citation: "… (Para 41) Under consideration". Anchored at the
 * row's last ")", which the caller finds (see rowStatus), so that the pattern runs once per row, not at every ")".
 */
const ROW_STATUS_AT = new RegExp(String.raw`\)[ \t]*\.?[ \t]+(?:\*\*)?(${STANCE_WORDS})(?:\*\*)?[ \t]*\.?[ \t]*$`, 'iy');

/** The status after a row's last ")", with where it starts, or undefined. */
export function rowStatus(line: string): { text: string; start: number } | undefined {
  const close = line.lastIndexOf(')');
  if (close < 0 || line.length - close > 40) return undefined;
  ROW_STATUS_AT.lastIndex = close;
  const m = ROW_STATUS_AT.exec(line);
  return m ? { text: m[1], start: close + m[0].indexOf(m[1], 1) } : undefined;
}

/** "Target implementation date: March 2026". */
export const TARGET_DATE = /^[ \t]*(?:\*\*)?Target (?:implementation )?date(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(\S.*?)[ \t]*$/i;

/** "Paragraph 20: Funding for …" — a response heading quoting the recommendation. */
export const PARAGRAPH_HEADING = new RegExp(String.raw`^(?:\*\*)?(Paragraphs?)\s+(${NUMBER_LIST})\s*:(?:\*\*)?\s*`);

/** "Response from Ofsted: paragraph 42". */
export const RESPONSE_FROM_HEADING = new RegExp(
  String.raw`^(?:\*\*)?Response from (.+?)\s*:\s*(paragraphs?)\s+(${NUMBER_LIST})\s*\.?(?:\*\*)?\s*$`,
  'i',
);

export const LIST_ITEM = /^\s*(?:[-*•–]|\(?[a-z]\)|\(?[ivx]+\))\s+/;

/** "@note: …", "@note[R12]: …" at column 0. */
export const ANNOTATION = /^@(note|stance|tags|todo|done|ignore|report)(?:\[([^\]\r\n]*)\])?:[ \t]?(.*)$/;

/** True for the character code of an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * True for a character (code) that a sentence or a heading ends with: . ? ! : ; ) " ” ’ ' * ]. A switch on the code,
 * asked of most lines' last character: three times quicker than a pattern or a search of a string of them.
 */
export function isTerminalPunctuation(c: number): boolean {
  switch (c) {
    case 46: // .
    case 63: // ?
    case 33: // !
    case 58: // :
    case 59: // ;
    case 41: // )
    case 34: // "
    case 0x201d: // ”
    case 0x2019: // ’
    case 39: // '
    case 42: // *
    case 93: // ]
      return true;
    default:
      return false;
  }
}

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

/**
 * "Footnotes", "Notes", "Endnotes", "References" alone on a line: the end matter after the last response (an
 * imported PDF collects its footnotes there); and a Commons report's own end matter after its conclusions and
 * recommendations ("Formal minutes", "Witnesses", "Published written evidence", "List of Reports from the
 * Committee …"). What follows answers no recommendation.
 */
const END_MATTER =
  /^(?:#{1,6}[ \t]+)?(?:\*\*)?(?:Footnotes|Endnotes|Notes|References|Formal minutes|Witnesses|Published written evidence|List of Reports from the Committee\b[^.]*)(?:\*\*)?:?[ \t]*$/i;
/** Longer than this, a line is prose, not an end-matter heading. */
const END_MATTER_MAX = 120;

/**
 * True when the line is an end-matter heading. The length is looked at first: most lines the parser asks about are
 * prose paragraphs of one long line, and the pattern (which ignores case) is then never run (about 1 ms of the 100×
 * report's parse).
 */
export function isEndMatter(line: string): boolean {
  return line.length <= END_MATTER_MAX && END_MATTER.test(line);
}
