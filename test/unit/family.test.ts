// Documents of the family generated from random models and rendered with the variations real ones show — how each
// recommendation is opened (a number, glued or spaced, after "R" or before a colon or bracket, bold, quoted, alone on the
// line above, a heading, a label, a bracketed paragraph, "Paragraph 12" on the line above, none),
// how it is cited, how it is answered (a heading, a label with the words after it, plain text, the Government's own
// paragraph numbers), chapter and theme headings, a letter's sign-off and address, a web page's furniture, hard wraps
// at any width, no blank lines, CRLF — then read back and checked as the corpus's answer keys are checked: the
// recommendations in order, what each cites, which are unanswered, the first words of each response, and its stance.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { parse } from '../../server/src/model';
import { briefingRows } from '../../server/src/features/briefing';

const RUNS = Math.max(60, Math.floor((Number(process.env.FUZZ_RUNS) || 3000) / 12));

type Stance = 'accepted' | 'rejected' | 'noted' | 'under-consideration' | 'accepted-in-part';

interface Rec {
  words: string[];
  /** Paragraphs of the Committee's report it cites (one or two). */
  paragraphs: number[];
  /** Its response: the stance it states and how many paragraphs it runs to; none when unanswered. */
  answer?: { stance: Stance; paragraphs: number; variant: number };
}
interface Chapter {
  title: string[];
  recs: Rec[];
}
interface Doc {
  chapters: Chapter[];
  /** How the document is laid out: which of each set of variations it uses (a number picks among them). */
  opening: number;
  citation: number;
  responseForm: number;
  headings: number;
  governmentNumbers: boolean;
  signOff: number;
  webFurniture: boolean;
  width: number;
  blankLines: boolean;
  crlf: boolean;
  /** A label's number in digits, as a Roman numeral ("Recommendation IV"), in small letters or a word ("iv", "four"), or called one ("No. 4"). */
  spelt: number;
  /** The Committee named before a label: "Committee recommendation 4". */
  committee: boolean;
  /** No-break spaces between a label's word and its number ("Recommendation\u00a04", "Paragraph\u00a012"), as Word and web pages write them. */
  nbsp: boolean;
  /** What every line of text is indented by, as a PDF's text or a pasted e-mail gives a page: nothing, spaces or a tab. */
  indent: string;
}

const WORDS = ['publish', 'guidance', 'funding', 'schools', 'councils', 'targets', 'waiting', 'times', 'strategy', 'routes', 'hospitals',
  'staffing', 'training', 'annually', 'evidence', 'children', 'families', 'budget', 'estate', 'survey', 'transport', 'housing',
  'inspection', 'framework', 'statistics', 'measures', 'delivery', 'outcomes', 'quarterly', 'regional', 'workforce', 'carers'];
/** A place for each recommendation of a document (at most 15): no two say the same thing. */
const PLACES = ['Leeds', 'Bristol', 'Cardiff', 'Glasgow', 'Belfast', 'Norwich', 'Exeter', 'Carlisle', 'Durham', 'Lincoln', 'Swansea', 'Inverness', 'Bangor', 'Truro', 'Hull'];
const TITLE_WORDS = ['Funding', 'Planning', 'Workforce', 'Schools', 'Transport', 'Housing', 'Inspection', 'Data', 'Families', 'Next'];

/** The first words of a response that states each stance, and the rest of its first sentence. */
const OPENINGS: Record<Stance, string[]> = {
  accepted: ['The Government accepts this recommendation', 'We agree with the Committee', 'The Department accepts the recommendation'],
  rejected: ['The Government does not accept this recommendation', 'We do not accept this recommendation', 'The Government rejects this recommendation'],
  noted: ['The Government notes the Committee’s recommendation', 'We note the recommendation'],
  'under-consideration': ['The Government will consider this recommendation', 'We are considering the options'],
  'accepted-in-part': ['The Government accepts this recommendation in part', 'We partially accept this recommendation'],
};
const STANCES = Object.keys(OPENINGS) as Stance[];
/** A decision as a reply says it in a word or two, alone on its line. */
const DECISION_LINES: Record<Stance, string> = { accepted: 'Accepted.', rejected: 'Not accepted.', noted: 'Noted.', 'under-consideration': 'Under consideration.', 'accepted-in-part': 'Partially accepted.' };

const recArb = fc.record({
  words: fc.array(fc.constantFrom(...WORDS), { minLength: 4, maxLength: 24 }),
  paragraphs: fc.oneof(fc.integer({ min: 2, max: 300 }).map((n) => [n]), fc.integer({ min: 2, max: 299 }).map((n) => [n, n + 1])),
  answer: fc.option(fc.record({ stance: fc.constantFrom(...STANCES), paragraphs: fc.integer({ min: 1, max: 3 }), variant: fc.nat(5) }), { nil: undefined, freq: 6 }),
});

/**
 * A recommendation with no number of its own, in a document with no blank lines, cannot be told from the reply before
 * it: the generator gives such a document its blank lines (opener 7).
 */
const docArb = fc.record({
  chapters: fc.array(fc.record({ title: fc.array(fc.constantFrom(...TITLE_WORDS), { minLength: 1, maxLength: 3 }), recs: fc.array(recArb, { minLength: 1, maxLength: 5 }) }), { minLength: 1, maxLength: 3 }),
  opening: fc.nat(18),
  citation: fc.nat(5),
  responseForm: fc.nat(6),
  headings: fc.nat(3),
  governmentNumbers: fc.boolean(),
  signOff: fc.nat(3),
  webFurniture: fc.boolean(),
  width: fc.oneof(fc.constant(0), fc.integer({ min: 55, max: 110 })),
  blankLines: fc.boolean(),
  crlf: fc.boolean(),
  spelt: fc.nat(3),
  committee: fc.boolean(),
  nbsp: fc.boolean(),
  indent: fc.constantFrom('', '', '', '  ', '    ', '\t', '        '),
})
  // A heading with its words on the lines after it, and a reply with no heading and no blank line: where the words
  // end cannot be told either (openers 4 and 5 with plain replies; a reply that opens with its decision alone can).
  // Nor can a recommendation opened by its paragraph ("[Paragraph 2] …", "Paragraph 2 – …", or "Paragraph 2" on the
  // line above) from a plain reply on the next line.
  .map((d) => (d.opening === 7 || ([4, 5, 6, 12, 13, 14].includes(d.opening) && d.responseForm === 5) ? { ...d, blankLines: true } : d))
  // A recommendation with no number or citation is told only by the response heading after it: each has one, the
  // heading alone on its line, and blank lines set the recommendation apart from the reply before it; and there are
  // two or more (one paragraph before one heading is an introduction's) (opener 16).
  .map((d) =>
    d.opening !== 16
      ? d
      : {
          ...d,
          blankLines: true,
          responseForm: d.responseForm % 2 === 0 ? 0 : 2,
          chapters: d.chapters.map((c, ci) => ({
            ...c,
            recs: [...c.recs, ...(ci === 0 && d.chapters.length === 1 && c.recs.length === 1 ? c.recs : [])].map((r) => (r.answer ? r : { ...r, answer: { stance: 'accepted' as Stance, paragraphs: 1, variant: 0 } })),
          })),
        },
  )
  // A reply in the recommendation's own paragraph ("… (Paragraph 12) Response: We agree …") is not numbered.
  .map((d) => (d.responseForm === 6 ? { ...d, governmentNumbers: false } : d));

const pick = <T>(xs: readonly T[], k: number): T => xs[Math.abs(k) % xs.length];

/**
 * "(Paragraph 12)", "(Para 12)", "(paragraph 12)", "(Paragraphs 12 and 13)", "[Paragraph 12]", "(Paragraph 12 of the
 * report)"; in round brackets only where a heading carries it (`round`).
 */
function citation(r: Rec, form: number, round = false): string {
  const word = pick(['Paragraph', 'Para', 'paragraph', 'Paragraph', 'Paragraph', 'para.'], form) + (r.paragraphs.length > 1 && form !== 5 ? 's' : '');
  const numbers = r.paragraphs.join(' and ');
  if (form === 4 && !round) return `[${word} ${numbers}]`;
  return form === 5 && !round ? `(${word} ${numbers} of the report)` : `(${word} ${numbers})`;
}

const ROMAN: [number, string][] = [[100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];

/** A label's word: "Recommendation", or "Committee recommendation" (`d.committee`). */
const label = (d: Doc): string => (d.committee ? 'Committee recommendation' : 'Recommendation');

/** A label's number as the document writes it: 4, "IV", "iv" / "four" / "Four", or "No. 4" / "number 4" (`d.spelt`). */
function spelt(n: number, d: Doc): string {
  if (d.spelt === 0) return String(n);
  if (d.spelt === 3) return pick([`No. ${n}`, `No.${n}`, `number ${n}`], n);
  let roman = '';
  for (let rest = n, k = 0; rest > 0; ) {
    if (rest >= ROMAN[k][0]) {
      roman += ROMAN[k][1];
      rest -= ROMAN[k][0];
    } else k++;
  }
  if (d.spelt === 1) return roman;
  const word = NUMBER_WORDS[n - 1];
  return word === undefined ? roman.toLowerCase() : pick([word, word[0].toUpperCase() + word.slice(1), roman.toLowerCase()], n);
}

/**
 * How the recommendations of the document are opened: each returns its blocks, a line each (a heading may take a line
 * of its own), or several lines that stand together with no blank line between them.
 */
const OPENERS: ((r: Rec, n: number, d: Doc) => (string | string[])[])[] = [
  (r, n, d) => [`${n}. The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [`**${n}.** The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [`${n}. “The Department should ${r.words.join(' ')}.” ${citation(r, d.citation)}`],
  (r, n, d) => [`${label(d)} ${spelt(n, d)}: The Department should ${r.words.join(' ')} ${citation(r, d.citation)}.`],
  (r, n, d) => [`${label(d)} ${spelt(n, d)} ${citation(r, d.citation, true)}`, `The Department should ${r.words.join(' ')}.`],
  (r, n, d) => [`${label(d)} ${spelt(n, d)}`, `The Department should ${r.words.join(' ')}.`],
  (r) => [`[Paragraph ${r.paragraphs[0]}] The Department should ${r.words.join(' ')}.`],
  (r, _n, d) => [`The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [`${n}.The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [`${n}: The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [`R${n}. The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [`${n}) The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, _n, d) => [[pick([`Paragraph ${r.paragraphs[0]}`, `**Paragraph ${r.paragraphs[0]}**`, `Para ${r.paragraphs[0]}`], d.citation), `The Department should ${r.words.join(' ')}.`]],
  // The same label in a block of its own: a blank line between it and the words, where the document has blank lines.
  (r, _n, d) => [pick([`Paragraph ${r.paragraphs[0]}`, `**Paragraph ${r.paragraphs[0]}**`, `Para ${r.paragraphs[0]}`], d.citation), `The Department should ${r.words.join(' ')}.`],
  // The paragraph as a label before the words, with a dash (a Scottish Government letter).
  (r, _n, d) => [`${pick([`Paragraph ${r.paragraphs[0]} –`, `**Paragraph ${r.paragraphs[0]}** —`, `Para ${r.paragraphs[0]} -`, `Paragraph ${r.paragraphs[0]}—`], d.citation)} The Department should ${r.words.join(' ')}.`],
  // A label with a title ("Recommendation 3: Funding and Data"), the words in a block of their own under it (an inquiry's response).
  (r, n, d) => [`${label(d)} ${spelt(n, d)}: ${pick(TITLE_WORDS, n)} and ${pick(TITLE_WORDS, n + r.words.length)}`, `The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  // No number and no citation, in bold, quoted or plain: the response heading after it says what it is.
  (r, _n, d) => [pick([`**The Department should ${r.words.join(' ')}.**`, `“The Department should ${r.words.join(' ')}.”`, `The Department should ${r.words.join(' ')}.`], d.citation)],
  // The number alone on its line, the words under it: a blank line between where the document has blank lines (a
  // table's cells turned to paragraphs), or none (a PDF's list).
  (r, n, d) => [pick([`${n}.`, `**${n}.**`, `R${n}`, `No. ${n}`], d.citation), `The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`],
  (r, n, d) => [[pick([`${n}.`, `**${n}.**`, `R${n}`, `No. ${n}`], d.citation), `The Department should ${r.words.join(' ')}. ${citation(r, d.citation)}`]],
];
/** Openers that number their recommendations by their place in the document (none of their own). */
const BY_PLACE = new Set([6, 7, 12, 13, 14, 16]);
/** Openers whose recommendations cite no paragraph (the number or heading is all), or cite only the first. */
const CITES_NONE = new Set([5, 16]);
const CITES_FIRST = new Set([6, 12, 13, 14]);
/** Openers labelled in words: answered one by one, so a recommendation with no answer is not grouped with the next. */
const LABELLED = new Set([3, 4, 5, 6, 12, 13, 14, 15, 16]);

/** The lines of a response: its form (a heading, a label and its words, plain text) and its paragraphs. */
function response(r: Rec, n: number, d: Doc, counter: { n: number }): { lines: string[]; first: string } {
  const a = r.answer!;
  const opening = pick(OPENINGS[a.stance], a.variant);
  const rest = `, and will ${pick(WORDS, a.variant)} the ${r.words.slice(0, 3).join(' ')} this year.`;
  const body = [opening + rest, ...Array.from({ length: a.paragraphs - 1 }, (_, k) => `It will also ${pick(WORDS, k + a.variant)} the ${pick(WORDS, k + 3)} by the spring.`)];
  // The Government numbers its paragraphs through the document ("4.", "5." …) beside recommendations labelled in
  // words; beside recommendations numbered alone, by the recommendation's number ("4.1", "4.2"), as real papers do.
  const numbered = body.map((p, k) => (!d.governmentNumbers ? p : LABELLED.has(d.opening) ? `${++counter.n}.    ${p}` : `${n}.${k + 1} ${p}`));
  const form = d.responseForm;
  if (form === 0) return { lines: ['Government response', ...numbered], first: opening };
  // Beside numbered replies ("2.1 …"), the label stands on its own line.
  if (form === 1) return { lines: d.governmentNumbers && !LABELLED.has(d.opening) ? ['Response:', ...numbered] : [`Response: ${body[0]}`, ...numbered.slice(1)], first: opening };
  if (form === 2) return { lines: ['**Government Response**', ...numbered], first: opening };
  if (form === 3) return { lines: [`${pick(['DHSC', 'Ministry of Justice', 'NHS England'], a.variant)} response:`, ...numbered], first: opening };
  // The decision alone on the line after the recommendation, and the reasons after it (an inquiry's response).
  if (form === 4) return { lines: [DECISION_LINES[a.stance], ...numbered], first: DECISION_LINES[a.stance] };
  return { lines: numbered, first: opening };
}

const SIGN_OFFS: string[][][] = [
  [],
  [['Yours sincerely,'], ['Jane Smith MP', 'Minister for Schools']],
  [['*Gwenllian Rhys MS*', '*Cabinet Secretary for Education*']],
  [['Department for Education', 'Sanctuary Buildings', 'London SW1P 3BT']],
];

interface Expected {
  numbers: number[];
  paragraphs: number[][];
  unanswered: number[];
  firsts: (string | undefined)[];
  stances: (Stance | undefined)[];
}

/** Renders the document as text, with the answer key a careful reader would write for it. */
function render(d: Doc): { text: string; key: Expected } {
  const opener = OPENERS[d.opening];
  const blocks: string[][] = [['Government Response to the Committee on Public Services'], ['Presented to Parliament by Command of His Majesty'], ['The Government thanks the Committee for its report and sets out its response to each recommendation below.']];
  const key: Expected = { numbers: [], paragraphs: [], unanswered: [], firsts: [], stances: [] };
  const counter = { n: 0 };
  let place = 0;
  // Numbers restart in each chapter in some documents (the chapter and the number then name a recommendation).
  const restart = d.chapters.length > 1 && d.headings % 2 === 0;
  d.chapters.forEach((c, ci) => {
    // Chapters have titles of their own (a title that recurs before rows is a table's column headings).
    const title = `${c.title.join(' and ')} ${pick(['in schools', 'at work', 'for families', 'and care', 'in the regions'], ci)}`;
    if (d.chapters.length > 1 || d.headings > 0) blocks.push([pick([`Chapter ${ci + 1}: ${title}`, title, `## ${title}`, `**${title}**`], d.headings)]);
    c.recs.forEach((given, ri) => {
      const n = restart ? ri + 1 : ++place;
      // No two recommendations of a report say the same thing (only a summary at the front repeats them): each ends
      // with a place of its own.
      const r = { ...given, words: [...given.words, 'in', PLACES[key.numbers.length]] };
      for (const l of opener(r, n, d)) blocks.push(Array.isArray(l) ? l : [l]);
      key.numbers.push(BY_PLACE.has(d.opening) ? key.numbers.length + 1 : n);
      key.paragraphs.push(CITES_NONE.has(d.opening) ? [] : CITES_FIRST.has(d.opening) ? [r.paragraphs[0]] : r.paragraphs);
      if (r.answer && d.responseForm === 6) {
        // The reply in the recommendation's own paragraph, after its last sentence: "… Response: We agree …". A wrap
        // never puts the label at a line's start (there it heads a reply of its own, which may answer a group).
        const resp = response(r, n, { ...d, responseForm: 5 }, counter);
        const last = blocks[blocks.length - 1];
        last[last.length - 1] += `${NO_BREAK}Response: ${resp.lines[0]}`;
        blocks.push(...resp.lines.slice(1).map((l) => [l]));
        key.firsts.push(resp.first);
        key.stances.push(r.answer.stance);
      } else if (r.answer) {
        // Numbered replies name the recommendation as the reader numbers it: by its place where it has no number.
        const resp = response(r, BY_PLACE.has(d.opening) ? key.numbers.length : n, d, counter);
        blocks.push(...resp.lines.map((l) => [l]));
        key.firsts.push(resp.first);
        key.stances.push(r.answer.stance);
      } else {
        key.firsts.push(undefined);
        key.stances.push(undefined);
      }
      if (d.webFurniture && ri % 2 === 1) blocks.push(['Back to top']);
    });
  });
  blocks.push(...pick(SIGN_OFFS, d.signOff));
  if (d.webFurniture) blocks.push(['© Crown copyright 2026']);
  // Recommendations opened by a number alone are answered together when one has no answer of its own: the answer
  // after it is the group's (the bundled report's groups). Those labelled in words are answered one by one.
  // A reply numbered by its recommendation ("2.1") answers that one alone.
  // A reply in a recommendation's own paragraph answers that one alone.
  const grouped = !LABELLED.has(d.opening) && !d.governmentNumbers && d.responseForm !== 6;
  const answers: (number | undefined)[] = key.firsts.map((f, i) => (f === undefined ? undefined : i));
  if (grouped) {
    let next: number | undefined;
    for (let i = answers.length - 1; i >= 0; i--) {
      if (answers[i] !== undefined) next = answers[i];
      else answers[i] = next;
    }
    // A chapter heading ends a group: a recommendation before one is not answered by what follows it.
    let k = 0;
    for (const c of d.chapters) {
      const end = k + c.recs.length;
      for (let i = k; i < end; i++) if (answers[i] !== undefined && answers[i]! >= end) answers[i] = undefined;
      k = end;
    }
  }
  key.unanswered = answers.flatMap((a, i) => (a === undefined ? [i] : []));
  key.firsts = answers.map((a) => (a === undefined ? undefined : key.firsts[a]));
  key.stances = answers.map((a) => (a === undefined ? undefined : key.stances[a]));
  const lines = blocks.flatMap((b) => [...wrap(b, d.width), ...(d.blankLines ? [''] : [])]).map((l) => (l ? d.indent : '') + l.replaceAll(NO_BREAK, ' '));
  const text = lines.join(d.crlf ? '\r\n' : '\n');
  return { text: d.nbsp ? text.replace(/\b(Recommendation|Paragraphs?|Para) (?=\d)/g, '$1\u00a0') : text, key };
}

/** A space that `wrap` does not break at, made an ordinary space once the lines are wrapped. */
const NO_BREAK = '\u00a0';

/**
 * A paragraph's lines hard-wrapped at `width` (0: not wrapped); a heading is never wrapped: a line that ends no
 * sentence, or ends with a citation that ends no sentence ("Committee recommendation number 2 (Paragraphs 10 and 11)").
 */
const HEADING_WITH_CITATION = /[^.”\s]\s*\([^()]*\)$/;
function wrap(block: string[], width: number): string[] {
  if (!width) return block;
  return block.flatMap((p) => {
    if (p.length <= width || !/[.”)]$/.test(p) || HEADING_WITH_CITATION.test(p)) return [p];
    const out: string[] = [];
    let line = '';
    for (const w of p.split(' ')) {
      if (line && line.length + 1 + w.length > width) {
        out.push(line);
        line = w;
      } else line = line ? `${line} ${w}` : w;
    }
    out.push(line);
    return out;
  });
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

describe(`documents of the family, generated with their variations (${RUNS} cases)`, function () {
  this.timeout(0);
  it('reads back each one as its answer key says: recommendations, citations, unanswered, first words and stance', () => {
    fc.assert(
      fc.property(docArb, (d) => {
        const { text, key } = render(d);
        const report = parse(text);
        const rows = briefingRows(report, 'file:///d.txt');
        const got = {
          numbers: rows.map((r) => r.number),
          paragraphs: rows.map((r) => r.paragraphs),
          unanswered: rows.flatMap((r, i) => (r.inferredStance === 'no-response' || !r.response ? [i] : [])),
          firsts: rows.map((r, i) => (key.firsts[i] === undefined ? undefined : norm(r.response).startsWith(norm(key.firsts[i]!)) ? key.firsts[i] : r.response.slice(0, 80))),
          stances: rows.map((r, i) => (key.stances[i] === undefined ? undefined : r.inferredStance)),
        };
        assert.deepEqual(got, key, text);
      }),
      { numRuns: RUNS },
    );
  });
});

/** A progress table flattened to text, or a Markdown table: each row a recommendation and its reply cell. */
interface TableDoc {
  rows: { words: string[]; paragraph: number; reply?: { decision?: number; words: string[] } }[];
  markdown: boolean;
  /** Flattened: "1.That" or "1. That"; the reply after the citation by a space, a full stop, or a "|" cell edge. */
  glue: number;
  separator: number;
  header: boolean;
  furniture: boolean;
  crlf: boolean;
}

const DECISIONS: [string, Stance][] = [['Accepted', 'accepted'], ['Noted', 'noted'], ['Rejected', 'rejected'], ['Under consideration', 'under-consideration'], ['Accept', 'accepted'], ['Reject', 'rejected'], ['Agreed', 'accepted']];

const tableArb = fc.record({
  rows: fc.array(
    fc.record({
      words: fc.array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 14 }),
      paragraph: fc.integer({ min: 2, max: 300 }),
      reply: fc.option(fc.record({ decision: fc.option(fc.nat(DECISIONS.length - 1), { nil: undefined }), words: fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 8 }) }), { nil: undefined, freq: 5 }),
    }),
    { minLength: 1, maxLength: 6 },
  ),
  markdown: fc.boolean(),
  glue: fc.nat(2),
  separator: fc.nat(3),
  header: fc.boolean(),
  furniture: fc.boolean(),
  crlf: fc.boolean(),
});

/** A reply's words: its decision, then what it says ("Website is being redeveloped."), glued to it in some tables. */
function replyText(reply: NonNullable<TableDoc['rows'][number]['reply']>, glue: number): string {
  const said = reply.words.length ? `${reply.words[0][0].toUpperCase()}${reply.words.join(' ').slice(1)} will be published.` : '';
  if (reply.decision === undefined) return said || 'Work is in hand.';
  const decision = DECISIONS[reply.decision][0];
  return said ? `${decision}${glue === 2 && !/\s/.test(decision) ? '' : '. '}${said}` : decision;
}

function renderTable(t: TableDoc): { text: string; key: Expected } {
  const key: Expected = { numbers: [], paragraphs: [], unanswered: [], firsts: [], stances: [] };
  const lines: string[] = ['Select Committee on Public Services Special Report', '', 'Annex: Committee Recommendations: Progress', ''];
  const header = t.markdown ? '| Recommendation | Response | Explanation |' : 'Recommendations and undertakings Government Response Further Action';
  if (t.markdown) lines.push(header, '| --- | --- | --- |');
  else if (t.header) lines.push(header);
  t.rows.forEach((r, i) => {
    const n = i + 1;
    const reply = r.reply ? replyText(r.reply, t.glue) : '';
    if (t.markdown) {
      const [decision, ...rest] = reply.split('. ');
      lines.push(`| **Recommendation ${n}.** The Department should ${r.words.join(' ')}. (Paragraph ${r.paragraph}) | ${r.reply ? decision : ''} | ${rest.join('. ')} |`);
    } else if (t.separator === 3) {
      // Copied from a spreadsheet or a Word table: a tab between cells, the number in a cell of its own.
      const cells = r.reply && r.reply.decision !== undefined ? reply.replace('. ', '\t') : reply;
      lines.push(`${n}\tThat the Department ${r.words.join(' ')} (Para ${r.paragraph})\t${cells}`);
      if (t.header && i % 3 === 2 && i < t.rows.length - 1) lines.push(header);
    } else {
      const sep = [' ', '. ', ' | '][t.separator];
      lines.push(`${n}.${t.glue === 1 ? ' ' : ''}That the Department ${r.words.join(' ')} (Para ${r.paragraph})${r.reply ? sep + reply : t.separator === 2 ? ' |  | ' : ''}   `);
      if (!t.markdown && t.header && i % 3 === 2 && i < t.rows.length - 1) lines.push(header);
    }
    key.numbers.push(n);
    key.paragraphs.push([r.paragraph]);
    const firstWords = r.reply ? (r.reply.decision !== undefined ? DECISIONS[r.reply.decision][0] : replyText(r.reply, t.glue).split(' ').slice(0, 3).join(' ')) : undefined;
    key.firsts.push(firstWords);
    key.stances.push(r.reply?.decision !== undefined ? DECISIONS[r.reply.decision][1] : undefined);
    if (!r.reply) key.unanswered.push(i);
  });
  if (t.furniture) lines.push('', 'previous page contents next page', '', '© Parliamentary copyright 2001', 'Prepared 5 February 2001');
  return { text: lines.join(t.crlf ? '\r\n' : '\n'), key };
}

describe(`tables of the family, generated with their variations (${RUNS} cases)`, function () {
  this.timeout(0);
  it('reads back each row: its recommendation, citation, reply cell (words or a decision, glued or not, empty) and stance', () => {
    fc.assert(
      fc.property(tableArb, (t) => {
        const { text, key } = renderTable(t);
        const rows = briefingRows(parse(text), 'file:///t.txt');
        const got = {
          numbers: rows.map((r) => r.number),
          paragraphs: rows.map((r) => r.paragraphs),
          unanswered: rows.flatMap((r, i) => (r.inferredStance === 'no-response' || !r.response ? [i] : [])),
          firsts: rows.map((r, i) => (key.firsts[i] === undefined ? undefined : norm(r.response).startsWith(norm(key.firsts[i]!)) ? key.firsts[i] : r.response.slice(0, 80))),
          stances: rows.map((r, i) => (key.stances[i] === undefined ? undefined : r.inferredStance)),
        };
        assert.deepEqual(got, key, text);
      }),
      { numRuns: RUNS },
    );
  });
});
