// Small pieces that several rules and features share: lists of numbers, digits, sentence-ending characters, and the
// headings of end matter. A rule's own patterns live in its file; citations in citations.ts; decision words in verdicts.ts.

/**
 * What a public body named by what it is calls itself, its name's last word: "the Environment Agency", "the Care
 * Quality Commission", "HM Prison and Probation Service", "the Home Office". Who answers a committee (verdicts.ts),
 * who decides (stance.ts) and who promises (commitments.ts) all read such names.
 */
export const BODY_KINDS = 'Agency|Authority|Board|Commission|Council|Executive|Inspectorate|Institute|Office|Regulator|Service|Trust';
/**
 * Such a body: `article` ("The") or "HM", one to four words with capitals ("and", "of", "for" between them), then what
 * it is.
 */
export const publicBody = (article = 'The') => String.raw`(?:${article}|HM)\s+(?:[A-Z][\w&’'-]*\s+(?:(?:and|of|for)\s+)?){1,4}(?:${BODY_KINDS})`;

/** Words that recommend: no heading's title has them, and a reply's list items seldom do. */
export const RECOMMENDS = /\b(?:should|must|ought|recommends?|urges?|calls on|needs? to)\b/i;
/** A clause of what is recommended: "That the Government pay …", "That every council …". */
const THAT_CLAUSE = String.raw`That[ \t]+(?:the|a|an|all|every|each|no|[A-Z])`;
/** An inquiry's recommendation, such a clause opening the line: "That the Government pay compensation …". */
export const INQUIRY_OPENING = new RegExp(String.raw`^[ \t]*(?:\*\*)?${THAT_CLAUSE}`);
/** A progress table's recommendation or undertaking: such a clause, or what is to be done, "To conduct an inquiry …". */
export const UNDERTAKING = new RegExp(String.raw`^[ \t]*(?:\*\*)?(?:${THAT_CLAUSE}|To[ \t]+[a-z]{3,}[ \t])`);

/**
 * Where a recommendation stands in the report, in brackets after its label's number: "(Chapter 3)", "(Section 2)",
 * "(page 14)", "(pp. 14–15)".
 */
export const WHERE_IT_STANDS = String.raw`[ \t]*[([](?:[Cc]hapter|[Ss]ection|[Pp]art|[Pp]ages?|pp?\.)[ \t]*\w{1,4}(?:[ \t]*[-–][ \t]*\d{1,4})?[)\]]`;

/**
 * A word that marks out a recommendation, in brackets after its label's number: "Recommendation 3 (Key):",
 * "Recommendation 5 (Priority recommendation) –". One word with a capital, never a decision ("(Accepted)").
 */
export const QUALIFIER_AFTER = String.raw`[ \t]*\((?!(?:Accept|Agree|Reject|Not|Noted|Partial|Under)[a-z]*\b)[A-Z][a-z]{2,14}(?:[ \t]+recommendation)?\)`;

/**
 * A word that marks out a recommendation, before its label: "Key recommendation 3:", "Monitored recommendation 12",
 * "Priority recommendation 1". One word with a capital, never one that opens a sentence about a recommendation ("The
 * recommendation 3 …", "In recommendation 3 …", "Our …"), and only before "recommendation" in small letters.
 */
export const LABEL_QUALIFIER = String.raw`(?:(?!(?:The|This|That|These|Those|Each|Every|Any|All|No|Our|Your|Its|Their|His|Her|In|On|At|For|Of|To|With|As|Under|By|From|See|Per|And|But|Or|If|Why|How|What|When|Where|Which|Whether)[ \t])[A-Z][a-z]{2,14}[ \t]+(?=recommendation\b))`;
/**
 * Whether a label may start at `at` of `line`: it opens with anything but a capital, or with "R" or "C"
 * ("Recommendation", "Committee") or "The Committee", or its second word is "recommendation" (LABEL_QUALIFIER). Asked before a label's
 * pattern runs, so that the lines that open with another capital (most) are passed over at once.
 */
export function mayOpenLabel(line: string, at: number): boolean {
  const c = line.charCodeAt(at);
  if (c < 65 || c > 90 || c === 67 || c === 82 || line.startsWith('The Committee', at)) return true;
  let space = at + 1;
  while (space < line.length && space - at <= 15 && line.charCodeAt(space) !== 32 && line.charCodeAt(space) !== 9) space++;
  while (space < line.length && space - at <= 20 && (line.charCodeAt(space) === 32 || line.charCodeAt(space) === 9)) space++;
  return (line.charCodeAt(space) | 32) === 114 /* r */ && line.slice(space, space + 14).toLowerCase() === 'recommendation';
}

/** A list of `item`s: "3 and 4", "3, 4 and 5", "3–5", "3 to 5", "3 & 4". */
export const listOf = (item: string): string => String.raw`${item}(?:\s*(?:,|and|&|to|–|—|-)\s*${item})*`;
export const NUMBER_LIST = listOf(String.raw`\d{1,4}`);

/** True for the character code of an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** True for the character code of an ASCII capital letter, A–Z. */
export const isCapital = (c: number): boolean => c >= 65 && c <= 90;

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
    case 95: // _ (Markdown's italics closing)
    case 93: // ]
      return true;
    default:
      return false;
  }
}

const SINGLE_NUMBER = /^\d{1,4}$/;

/** The numbers a label may spell out: "Recommendation one", "Recommendation Twelve". */
const NUMBER_WORDS = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'.split(' ');
/** A Roman numeral up to 399, in capitals or small letters ("IV", "xii"): never empty, never "civil" or "mix". */
const roman = (c: string, x: string, l: string, i: string, v: string) => String.raw`(?=[${c}${x}${l}${i}${v}])${c}{0,3}(?:${x}${c}|${x}${l}|${l}?${x}{0,3})(?:${i}${x}|${i}${v}|${v}?${i}{0,3})`;
/**
 * A label's number written out, as a Roman numeral or a word ("Recommendation IV", "Recommendation one"), as a whole
 * word; read with `numeralValue`. Case-sensitive patterns get each word with a capital or without.
 */
export const SMALL_ROMAN = roman('c', 'x', 'l', 'i', 'v');
export const CAPITAL_ROMAN = roman('C', 'X', 'L', 'I', 'V');
export const SPELT_NUMBER = String.raw`(?:${CAPITAL_ROMAN}|${SMALL_ROMAN}|${NUMBER_WORDS.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`).join('|')})(?![\w'’])`;

/**
 * A list's bullets as documents give them: "-", "*", "–", "•", and Word's and PDFs' other marks ("●", "▪", "◦", "■",
 * "➢", "►", and the Symbol and Wingdings fonts' private characters a PDF's text keeps); and as a character class.
 */
export const BULLET_CHARS = '-*–•●▪◦■□➢►\uf0b7\uf0a7\uf0d8';
export const BULLET_MARK = `[${BULLET_CHARS}]`;

/**
 * The name of a tracker's or a Treasury Minute's date field, before its colon: "Target implementation date" (a
 * progress report's "Original target implementation date", "Recommendation implementation target date"), and the same
 * field as action plans name it: "Timescale", "Deadline", "Due date", "Expected completion date".
 */
export const TARGET_DATE_NAME = String.raw`(?:(?:Original|Revised|Current|Updated|New|Recommendation)[ \t]+)?(?:Target[ \t]+(?:(?:implementation|completion)[ \t]+)?date|implementation[ \t]+target[ \t]+date|Timescales?|Deadline|Due[ \t]+date|(?:(?:Expected|Planned)[ \t]+)?(?:completion|implementation|delivery)[ \t]+date)`;

/**
 * A letter in a number's place, as a whole word: "Recommendation C" in a report that letters its recommendations A, B,
 * C …. Not "I", "V" or "X", which a Roman numeral's sequence gives; "C" and "L" are letters here, not 100 and 50 (no
 * report numbers its recommendations so far). Tried before SPELT_NUMBER where both are read.
 */
export const LETTER_NUMBER = String.raw`[A-HJ-UWYZ](?![\w'’])`;

/**
 * A letter and a number, as a report that letters its chapters numbers their recommendations: "Recommendation A1",
 * "Recommendation B.2". Read as a chapter's number is ("3.2"): numbered by the letter's place, labelled as written.
 */
export const LETTER_AND_NUMBER = String.raw`[A-Z]\.?\d{1,3}(?![\w'’])`;

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };

/**
 * The number and label of a number `SPELT_NUMBER`, `LETTER_NUMBER` or `LETTER_AND_NUMBER` matched: a Roman numeral
 * labelled as it is written ("IV", so the outline and the exports name it as the report does), a word by its number
 * ("one" is 1), a letter by its place in the alphabet ("C" is 3, labelled "C"), and a letter and a number by the
 * letter's place ("B2" is 2, labelled "B2").
 */
export function spelt(text: string): { number: number; label: string } {
  const lettered = /^([A-Za-z])\.?(\d{1,3})$/.exec(text);
  // ("R1" is a number with an R before it, as "R1." opens a numbered recommendation.)
  if (lettered) return /r/i.test(lettered[1]) ? { number: Number(lettered[2]), label: lettered[2] } : { number: (lettered[1].charCodeAt(0) | 32) - 96, label: text.toUpperCase() };
  if (text.length === 1 && !/[ivx]/i.test(text)) return { number: (text.charCodeAt(0) | 32) - 96, label: text.toUpperCase() };
  const number = numeralValue(text)!;
  return { number, label: /^[ivxlc]+$/i.test(text) ? text : String(number) };
}

/** The value of a number `SPELT_NUMBER` matched ("IV" 4, "twelve" 12), or undefined for anything else. */
export function numeralValue(s: string): number | undefined {
  const lower = s.toLowerCase();
  const word = NUMBER_WORDS.indexOf(lower);
  if (word >= 0) return word + 1;
  let total = 0;
  for (let k = 0; k < lower.length; k++) {
    const here = ROMAN_VALUES[lower[k]];
    if (here === undefined) return undefined;
    const next = k + 1 < lower.length ? ROMAN_VALUES[lower[k + 1]] : 0;
    total += next > here ? -here : here;
  }
  return total > 0 ? total : undefined;
}

/**
 * The report paragraphs a citation names: as NUMBER_LIST, each number also as a chapter's paragraph ("3.12", in a
 * report numbered by chapter), which the model holds as the number 3.12 (so "3.10" is 3.1), or with a letter after
 * it ("12a", a part of paragraph 12, which is the paragraph cited).
 */
const PARAGRAPH_NUMBER = String.raw`\d{1,4}(?:\.\d{1,3})?(?:[a-z](?![a-z]))?`;
export const PARAGRAPH_LIST = String.raw`${PARAGRAPH_NUMBER}(?:\s*(?:,|and|&|to|–|—|-)\s*${PARAGRAPH_NUMBER})*`;

/** Turns a PARAGRAPH_LIST into its numbers: "3.12–3.14" into [3.12, 3.13, 3.14], a range within one chapter filled as expandNumberList fills one. */
export function expandParagraphList(list: string): number[] {
  if (!list.includes('.')) return expandNumberList(list);
  const out: number[] = [];
  const re = /(\d{1,4})(?:\.(\d{1,3}))?|(to|–|—|-)/g;
  let from: RegExpExecArray | undefined;
  let pendingRange = false;
  for (let m = re.exec(list); m; m = re.exec(list)) {
    if (m[3]) {
      pendingRange = out.length > 0;
      continue;
    }
    if (pendingRange && from?.[2] !== undefined && m[2] !== undefined && from[1] === m[1] && +m[2] > +from[2] && +m[2] - +from[2] <= 200) {
      for (let k = +from[2] + 1; k <= +m[2]; k++) out.push(Number(`${m[1]}.${k}`));
    } else out.push(Number(m[0]));
    from = m;
    pendingRange = false;
  }
  return out;
}

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
 * Committee …"); a glossary or list of abbreviations; an annex or appendix whose title is not the response's or the
 * recommendations' ("Annex A: Organisations consulted", but not "Appendix: Government Response"); and a line of
 * underscores alone, which a Word file or web page saved as text puts above its footnotes. What follows answers no
 * recommendation.
 */
const END_MATTER =
  /^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?(?:Footnotes|Endnotes|Notes|References|Formal minutes|Witnesses|Published written evidence|List of Reports from the Committee\b[^.]*|Glossary(?:[ \t]+of[ \t]+terms)?|(?:List[ \t]+of[ \t]+)?(?:Abbreviations|Acronyms)(?:[ \t]+and[ \t]+(?:abbreviations|acronyms))?|(?:Annex|Appendix)(?:[ \t]+[A-Z0-9]{1,3})?[ \t]*[:.–—-][ \t]*(?![^.]*\b(?:respons|repl|recommend|conclusion|government|committee))[^.]{3,80}?|_{8,})(?:\*\*)?:?[ \t]*$/i;
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

/**
 * The opening words; a word and a comma may lead them in a letter ("Finally, the Committee recommended that …"), and a
 * letter to the Chair may say "you", "your Committee" or "your report" ("You recommended that …"). The
 * Committee may ask, call on, urge, request or invite ("The Committee asks the Scottish Government to …"), or believe,
 * consider or conclude that something should be so: each is a point the reply answers. A letter may count them ("Your
 * first recommendation was that …", "The Committee's next recommendation is: …").
 */
/**
 * A reply's opening that names the recommendations it answers, then the reply after a comma, colon or dash: "On
 * recommendation 1,", "In response to the Committee's recommendations 3 and 4:", "Regarding your recommendation 5 (on
 * funding) –". The numbers in group 1.
 */
export const REPLY_NAMES = new RegExp(
  String.raw`^[ \t]*(?:\*\*)?(?:On|In[ \t]+response[ \t]+to|Turning[ \t]+to|As[ \t]+(?:for|regards)|With[ \t]+regard[ \t]+to|Regarding|In[ \t]+relation[ \t]+to|Responding[ \t]+to)[ \t]+(?:the[ \t]+)?(?:Committee['’]s[ \t]+|your[ \t]+)?[Rr]ecommendations?[ \t]+(${NUMBER_LIST})(?:[ \t]*\([^()]{1,80}\))?(?:\*\*)?[ \t]*[,:–—-](?:\*\*)?[ \t]*(?=\S)`,
);

/** Recommendations named in brackets, "(recommendations 4 and 5)", "(Recommendation 3)" (the numbers: group 1). */
const NAMED_IN_BRACKETS = new RegExp(String.raw`\([Rr]ecommendations?\s+(${NUMBER_LIST})\)`);
/**
 * A reply whose first words name the recommendations it answers as their subject: "Recommendation 4 is accepted.",
 * "Recommendations 2 and 3 are not accepted …" (the numbers: group 1).
 */
export const NAMED_AS_SUBJECT = new RegExp(String.raw`^[ \t]*(?:\*\*)?(?:The[ \t]+)?(?:Committee['’]s[ \t]+)?[Rr]ecommendations?[ \t]+(${NUMBER_LIST})(?:\*\*)?[ \t]+(?:is|are|was|were|has|have|will)\b`);
/** How far into a reply's first line such a bracket is looked for: its first words. */
const NAMING_REACH = 200;

/** The recommendations a line names in brackets among its first words, if it does: "… too long (recommendations 4 and 5) …". */
export function namedInBrackets(s: string): RegExpExecArray | null {
  return NAMED_IN_BRACKETS.exec(s.length > NAMING_REACH ? s.slice(0, NAMING_REACH) : s);
}

/**
 * A paragraph that opens by saying what the Committee recommends: "The Committee recommends that …", "Committee
 * recommendation: …", "You asked …", "Finally, the Committee …", "At paragraph 45, the Committee calls for …" (the
 * paragraph it cites: group 1 its words, group 2 its number), "On your first recommendation, that the Department …,"
 * (group 3 the count: the answer follows in the same sentence).
 */
export const COMMITTEE_OPENS = /^[ \t]*(?:\*\*)?(?:(?:At|In)[ \t]+(para(?:graph)?s?\.?[ \t]+(\d{1,4}))(?:[ \t]+of[ \t]+(?:the|its|your|their|our)[ \t]+report)?,?[ \t]+|[A-Z][a-z]+,[ \t]+)?(?:(?:(?:(?:[Tt]he|[Yy]our)[ \t]+)?(?:Committee(?:['’]s)?|report)|[Yy]ou)[ \t]+(?:also[ \t]+)?(?:(?:recommend(?:s|ed)?|recommendation(?:[ \t]+\d{1,3})?)(?:\*\*)?(?:[ \t]*:(?:\*\*)?[ \t]*|[ \t]+that\b)|(?:ask(?:s|ed)?|call(?:s|ed)?[ \t]+(?:on|for)|urge[sd]?|request(?:s|ed)?|invite[sd]?)[ \t]+(?=[A-Za-z])|(?:believe[sd]?|consider(?:s|ed)?|conclude[sd]?)[ \t]+that\b)|(?:[Tt]he|[Yy]our)[ \t]+(?:(?:Committee|report)['’]s[ \t]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|final|last)[ \t]+(?:recommendation|conclusion)[ \t]+(?:was|is)(?:[ \t]+that\b|[ \t]*:[ \t]*)|(?:On|Turning[ \t]+to|Regarding|In[ \t]+response[ \t]+to|With[ \t]+regard[ \t]+to)[ \t]+(?:the|your)[ \t]+(?:(?:Committee|report)['’]s[ \t]+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|next|final|last)[ \t]+(?:recommendation|conclusion),?[ \t]+(?:that|to)\b)/;

/**
 * A label with no number before the words on their line: "Recommendation: The Committee recommends …", "**Committee
 * conclusion** – …", "Committee: The Treasury should …" (as a reply's "Government: …" answers it), or one in bold that
 * its bold alone ends: "**Recommendation** The Department should …", or a space alone, before a capitalised word that
 * is no number ("Recommendation The Department should …", as a PDF's bold label leaves it; not "Recommendation Seven").
 */
export const UNNUMBERED_LABEL = new RegExp(String.raw`^[ \t]*(?:(?:\*\*)?(?:(?:(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+)?(?:[Rr]ecommendation|[Cc]onclusion)|Committee)(?:\*\*)?[ \t]*[:–—-](?:\*\*)?[ \t]+(?=\S)|\*\*(?:(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+)?(?:[Rr]ecommendation|[Cc]onclusion)\*\*[ \t]+(?=[A-Z“"‘'])|(?:(?:The[ \t]+)?Committee(?:['’]s)?[ \t]+)?(?:Recommendation|Conclusion)[ \t]+(?!${SPELT_NUMBER})(?=[A-Z][a-z]))`);
