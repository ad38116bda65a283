// Joins what the rules' paragraphs mean into the report: recommendations in groups (those listed together and the
// responses after them), each response attached to what it answers, report parts, and annotations attached to their
// recommendation. It reads meanings (rules/types.ts: Meaning) and the rules' declared properties, never a rule's name
// or pattern: a new layout is a new rule, not a change here.
import { exactly, withoutTrailingCitation } from './citations';
import { ruleOfParagraph } from './reader';
import { recommendationOf } from './recommendation';
import { recommendationText } from './recommendationText';
import type { BodyMeaning, Meaning, RecommendationMeaning, ResponseMeaning } from './rules/types';
import { isResponseKind, nextIndex } from './rules/types';
import { readSections } from './sections';
import { isFieldLine, isHeadingLine } from './lines';
import type { LineState } from './state';
import { CORRECTION_KINDS, type Annotation, type AnnotationKind, type Citation, type Group, type Paragraph, type Range, type Recommendation, type Report, type ReportPart, type Response } from './types';
import { ruleNamed, TEXT_RULE } from './rules';
import { recommendationMeaning, recommends, tableNumberAt, wordsUnderRecommend } from './recommendationBlock';
import { COMMITTEE_OPENS, expandNumberList, INQUIRY_OPENING, NAMED_AS_SUBJECT, namedInBrackets, REPLY_NAMES } from './patterns';
import { decidedLabel, decisionAt, isDecisionOnly, opensInReplyVoice, opensWithAnswerer, opensWithField, opensWithDecision, opensWithStatus, statusLabelEnd } from './verdicts';
import { bestMatchByWords, contentWords } from './words';
import { cellEdge, isRecommendationRow } from './tableColumns';

const SECTION_HEADING = ruleNamed('section-heading');
const THEME_HEADING = ruleNamed('theme-heading').name;
/** How many recommendations before it a theme's heading found by its topic is matched against (#byTopic). */
const TOPIC_CANDIDATES = 200;
/** A title is shorter than this: "Compensation", "Recognising what happened". */
const MAX_TITLE = 60;
/** How many paragraphs of a form's fields may stand between a recommendation and its reply's label, and lines in each. */
const MAX_FIELDS = 3;
const HEADING = ruleNamed('recommendation-heading');
const NUMBERED_REPLY = ruleNamed('numbered-reply').name;

export type Built = Omit<Report, 'eol' | 'text' | 'references'>;

/** How many recommendations a misquoting heading's words are matched against where they stand (see answeredByHeading). */
const FEW_TO_READ = 8;
/** How many of the recommendations before it a mis-cited heading's words are matched against outside its group. */
const WORDS_ANYWHERE = 100;
/** Numbered paragraphs answered in turn, each by the reply after it (#answeredInTurn), for a response to be read so. */
const MIN_ANSWERED_IN_TURN = 2;
/** A line that is a number alone, a table's number cell: "4" (one with a stop, "4.", is the numbered rule's). */
const NUMBER_CELL = /^[ \t]*(\d{1,3})\.?[ \t]*$/;
/**
 * How many recommendations a document may hold before a label that names several ("Recommendations 1-200", "On
 * recommendations 3 and 4") gives only its first: a real response has a few hundred; repeated, such a label made
 * 600,000 from 100 KB of text (1.7 GB, 8 s).
 */
const MAX_FROM_SEVERAL = 20_000;
/** How many items a heading that names several numbers is looked for above ("Recommendations 2 to 4" over its items). */
const MAX_ITEMS_UNDER_HEADING = 50;

/** True for a paragraph that is part of the structure: a recommendation, a conclusion, a response heading, a report part. */
function isStructural(p: Paragraph): boolean {
  return p.kind !== 'text' && p.kind !== 'annotation' && p.kind !== 'list-item' && p.kind !== 'numbered-reply' && p.kind !== 'end-matter';
}


function spanOf(first: Range, last: Range): Range {
  return { start: first.start, end: last.end };
}

/** How much of a closing summary's row the body's recommendation of its number says too: nearly all of its words. */
const SUMMARY_SHARE = 0.9;
/** A table row's last line that ends whole: a sentence's, a bracket's or a cell's end ("… in 2026.", "… (Para 12)", "… |"). */
const ROW_ENDS = /[.!?|)\]”"’][ \t]*$/;
/** How many paragraphs above a summary at the end may be its table's header rows, before its heading. */
const MAX_SUMMARY_HEAD = 3;

/**
 * A recommendation's part and number as one number, a map's key: a number of strings built for each recommendation
 * took a twentieth of the time of reading a long report.
 */
const numberKey = (part: number | undefined, number: number) => ((part ?? -1) + 1) * 1_000_000 + number;

/** A recommendation's label and words, as two quotations of it are alike: spaced alike, in any case. */
function wordsOf(rec: Recommendation): string {
  return `${rec.label}|${rec.text.replace(/\s+/g, ' ').trim().toLowerCase()}`;
}

/** The layout of a recommendation quoted again over another body's reply to it: the keystroke path reads such a report afresh. */
export const QUOTED_AGAIN = 'quoted-again';

export class ReportBuilder {
  readonly #recommendations: Recommendation[] = [];
  readonly #responses: Response[] = [];
  readonly #groups: Group[] = [];
  readonly #annotations: Annotation[] = [];
  /** What each annotation's target names, as its rule read it. */
  readonly #annotationTargets: { label?: string; paragraph?: number }[] = [];
  readonly #parts: ReportPart[] = [];
  readonly #layouts = new Set<string>();
  /** Paragraph number → indexes of the recommendations citing it. */
  readonly #byParagraph = new Map<number, number[]>();
  /** A recommendation's part and number (numberKey) → the index of the last with them. */
  readonly #byNumber = new Map<number, number>();
  readonly #meanings: (Meaning | undefined)[] = [];
  readonly #paragraphs: Paragraph[];
  readonly #lines: readonly string[];
  #group: Group | undefined;
  #response: Response | undefined;
  /** The recommendation whose block the walk is in, for annotations. */
  #owner: number | undefined;
  /** A Treasury Minute's conclusion waiting for the recommendation that goes with it. */
  #conclusion: Paragraph | undefined;
  /** Between a report part's heading and its first recommendation: the part's own text, answering nothing. */
  #inPartPrelude = false;
  /** A summary at the end (#setAsideClosingSummary): its rows and their table's header rows answer nothing. */
  readonly #setAside = new Set<number>();
  /** After a "Footnotes" (or "Notes", …) heading: text there answers no recommendation, until the next one. */
  #endMatter = false;
  /**
   * The last line of a table's row whose cells hold its reply, until the next recommendation (-1: none): text below
   * it, past a blank line, is not its reply (the line straight after it may be its reply's cell that a wrap carried
   * over, and so may the line after a row that stops short of a sentence's or a cell's end).
   */
  #rowEnd = -1;
  /** The paragraph index of each report part's heading. */
  readonly #partHeadings: number[] = [];
  /** How many section headings have been passed; and, for each recommendation, how many stood before it. */
  #sections = 0;
  readonly #sectionOf: number[] = [];

  /** The numbers a "Recommendations 2 and 3" heading hands on to the paragraphs of words after its first, one each. */
  #handedOn: number[] = [];

  /** The paragraph index where the recommendations part starts, once built. */
  start = 0;

  constructor(
    private readonly state: LineState,
    private readonly shortTitleWords: number,
  ) {
    this.#paragraphs = state.paragraphs;
    this.#lines = state.lines;
  }

  build(): Built {
    this.#applyCorrections();
    this.#headingsThatRecommend();
    this.#titlesOverParts();
    this.#setAsideSummary();
    this.#setAsideClosingSummary();
    this.#decisionsAsText();
    this.#answersUnderHeadings();
    const first = this.#firstRecommendationIndex();
    this.start = first;
    this.#relabelRecommendations(first);
    this.#paragraphs.forEach((p, i) => {
      if (p.kind === 'annotation') this.#addAnnotation(i);
      else if (i >= first) this.#visit(p, i);
    });
    this.#closeGroup();
    this.#closePart();
    this.#answerNothingCarved();
    this.#numberRenumberedLists();
    this.#markJointHeadings();
    this.#resolveAnnotationTargets();
    const furnitureList: number[] = [];
    this.state.furniture?.forEach((f, i) => f && furnitureList.push(i));
    if (furnitureList.length) this.#layouts.add('page-furniture');
    return {
      lineCount: this.#lines.length,
      lines: this.#lines,
      paragraphs: this.#paragraphs,
      sections: readSections(this.#lines, this.#paragraphs, first),
      recommendations: this.#recommendations,
      responses: this.#responses,
      groups: this.#groups,
      annotations: this.#annotations,
      parts: this.#parts,
      layouts: [...this.#layouts],
      furniture: furnitureList,
    };
  }

  /** What paragraph `index` means, read once by its rule (again after the paragraph is read as text), or as the user corrected it. */
  #meaning(index: number): Meaning {
    let m = this.#meanings[index];
    if (!m) {
      const p = this.#paragraphs[index];
      m = ruleOfParagraph(this.state, p).read(this.state, p, index);
      const c = this.#corrections.size ? this.#corrections.get(index) : undefined;
      if (c) m = corrected(this.state, p, m, c);
      const answering = this.#answering.size ? this.#answering.get(index) : undefined;
      if (answering !== undefined && m.role === 'body') m = { ...m, answers: [answering], layout: 'answers-under-headings' };
      this.#meanings[index] = m;
    }
    return m;
  }

  /** The user's corrections of the reading, by the index of the paragraph each decides. */
  readonly #corrections = new Map<number, Correction>();

  /**
   * "@rec: 12", "@answers: 4, 5", "@not-a-recommendation": each decides how the next paragraph that is not an
   * annotation is read, whatever its layout.
   */
  #applyCorrections(): void {
    this.#paragraphs.forEach((p, i) => {
      if (p.kind !== 'annotation') return;
      const m = this.#meaning(i);
      if (m.role !== 'annotation' || !CORRECTION_KINDS.includes(m.kind)) return;
      const k = nextIndex(this.#paragraphs, i);
      if (k >= this.#paragraphs.length) return;
      const correction = correctionOf(m.kind, m.value);
      if (!correction) return;
      this.#corrections.set(k, correction);
      this.#paragraphs[k].kind = correction.kind === 'rec' ? 'recommendation' : 'text';
      this.#meanings[k] = undefined;
    });
  }

  /**
   * "Recommendation 1: Compensation" — a label whose words are only a title — straight over "Recommendation 1(a): …",
   * "1(b)" (parts of its number): a heading over its parts, as a public inquiry's response writes them, not a
   * recommendation with no words and no reply.
   */
  #titlesOverParts(): void {
    this.#paragraphs.forEach((p, i) => {
      if (p.kind !== 'recommendation' || p.lines.length !== 1 || this.#corrections.has(i) || !ruleOfParagraph(this.state, p).props.labelled) return;
      const start = this.state.startAt(p.lines[0]);
      const words = this.#lines[p.lines[0]].slice(start.prefix).trim();
      if (start.number === undefined || words.length >= MAX_TITLE || /[.;!?)\]]$/.test(words)) return;
      const next = this.#paragraphs[nextIndex(this.#paragraphs, i)];
      if (next?.kind !== 'recommendation') return;
      const part = this.state.startAt(next.lines[0]);
      if (part.number !== start.number || part.label === undefined || part.label === start.label) return;
      this.#asHeading(i);
    });
  }

  /**
   * A response heading whose rule reads it as a recommendation (it heads nothing: paragraph-heading) is one; so is a
   * numbered reply's paragraph that its rule reads as a chapter's recommendation a line break cut.
   */
  #headingsThatRecommend(): void {
    this.#paragraphs.forEach((p, i) => {
      if ((isResponseKind(p.kind) || p.rule === NUMBERED_REPLY) && this.#meaning(i).role === 'recommendation') p.kind = 'recommendation';
    });
  }

  /**
   * A list of the recommendations at the front ("Summary of recommendations": "1. …", "2. …" one after another) that
   * the body gives again — all of the rest of the recommendations, in the same order and words, each apart from the
   * next by its response: the list is front matter, not a second set of recommendations left unanswered or answered
   * twice. Chapters whose numbers restart are not such a list: their recommendations say other things.
   */
  #setAsideSummary(): void {
    const ps = this.#paragraphs;
    const list = this.#frontList(false);
    if (!list) return;
    const { a, b, numbers } = list;
    // The same numbers again, in order, as the rest of the recommendations, each apart from the next (by its response).
    const body: number[] = [];
    for (let i = b; i < ps.length; i++) {
      if (ps[i].kind !== 'recommendation') continue;
      if (body.length === numbers.length || this.state.startAt(ps[i].lines[0]).number !== numbers[body.length] || body[body.length - 1] === i - 1) return;
      body.push(i);
    }
    if (body.length < numbers.length || nextIndex(ps, body[body.length - 1]) >= ps.length) return;
    for (let k = 0; k < numbers.length; k++) {
      if (bestMatchByWords(this.#paragraphWords(a + k), [this.#paragraphWords(body[k])]) !== 0) return;
    }
    for (let i = a; i < b; i++) this.#asText(i);
    this.#layouts.add('summary-list');
  }

  /**
   * A recommendation's words, to compare with another's: not its label or citation ("Committee recommendation 1: …"
   * and "(Paragraph 2)" are in every one), nor a row's cells after its words (its status, "| Accepted").
   */
  #paragraphWords(index: number): string {
    const p = this.#paragraphs[index];
    const text = recommendationText(this.#lines, p, this.state.startAt(p.lines[0]).prefix);
    const edge = cellEdge(text, 0);
    return withoutTrailingCitation(edge < 0 ? text : text.slice(0, edge));
  }

  /**
   * A list at the end that gives again recommendations the body gave — an annex's table of the recommendations and
   * their status ("1. The Government should … | Accepted"), one layout's rows one after another (not headings over
   * words), numbered on, each with the number and the words of one before it that something follows (its reply): set
   * aside as the summary at the front is, not a second set.
   */
  #setAsideClosingSummary(): void {
    const ps = this.#paragraphs;
    let b = ps.length - 1;
    while (b >= 0 && ps[b].kind !== 'recommendation') b--;
    let a = b;
    while (a > 0 && ps[a - 1].kind === 'recommendation' && ps[a - 1].rule === ps[b].rule) a--;
    // (Headings over words are the body itself, as under a summary at the front: "Recommendation 1 – Noted" / "…".)
    if (b - a < 1 || ps[b].rule === HEADING.name) return;
    // The body's recommendations before it, by number (the first of each).
    const given = new Map<number, number>();
    for (let i = 0; i < a; i++) {
      const n = ps[i].kind === 'recommendation' ? this.state.startAt(ps[i].lines[0]).number : undefined;
      if (n !== undefined && !given.has(n)) given.set(n, i);
    }
    for (let i = a, last = 0; i <= b; i++) {
      const n = this.state.startAt(ps[i].lines[0]).number;
      // (Numbered on, "1.", "2.", …: not a list renumbered "1." throughout.)
      if (n === undefined || n <= last) return;
      last = n;
      const before = this.#corrections.has(i) ? undefined : given.get(n);
      // The one it gives again is the body's, with its reply after it: not one of a list at the front. Its words are
      // the body's, nearly all of them (a chapter's recommendations, numbered again, may share most of theirs).
      if (before === undefined || ps[before + 1]?.kind === 'recommendation' || bestMatchByWords(this.#paragraphWords(i), [this.#paragraphWords(before)], SUMMARY_SHARE) !== 0) return;
    }
    for (let i = a; i <= b; i++) {
      this.#asText(i);
      this.#setAside.add(i);
    }
    // Its table's header rows and its own heading above it ("Annex A: Summary of recommendations", "| No. | … |"): the
    // heading one of the outline's sections, neither the last reply's words.
    for (let i = a - 1, n = 0; i >= 0 && n < MAX_SUMMARY_HEAD && (ps[i].kind === 'text' || ps[i].kind === 'section-heading'); i--, n++) {
      const line = this.#lines[ps[i].lines[0]];
      if (line.trimStart().startsWith('|') || /^[ \t]*\S[^|]*\|/.test(line)) this.#setAside.add(i);
      else {
        if (ps[i].lines.length === 1 && isHeadingLine(line)) this.#asHeading(i);
        break;
      }
    }
    this.#layouts.add('closing-summary');
  }

  /**
   * A list of the recommendations at the front ("1. …", "2. …" one after another), then "Recommendation 1",
   * "Recommendation 2" … again over the replies alone ("The Government accepts …"), the same numbers in order: each
   * heading and its words are the reply to the list's recommendation, which the heading only names.
   */
  #answersUnderHeadings(): void {
    const ps = this.#paragraphs;
    const list = this.#frontList(true);
    if (!list) return;
    const { b, numbers } = list;
    const body: number[] = [];
    /** Headings that give the decision beside the number ("Recommendation 1 – Accepted"), and where it starts. */
    const decided = new Map<number, number>();
    for (let i = b; i < ps.length; i++) {
      const p = ps[i];
      // (Read as text, or as a heading over the words under it, which are the reply's here.)
      const label = p.kind === 'text' || p.rule === HEADING.name ? decidedLabel(this.#lines[p.lines[0]]) : undefined;
      if (label) {
        if (body.length === numbers.length || label.number !== numbers[body.length]) return;
        decided.set(i, label.decisionAt);
        body.push(i);
        continue;
      }
      if (ps[i].kind !== 'recommendation') continue;
      if (body.length === numbers.length || this.state.startAt(p.lines[0]).number !== numbers[body.length]) return;
      // A label that only names the recommendation, its reply after it ("Recommendation 1: The Government accepts …").
      const m = this.#meaning(i);
      if (m.role === 'recommendation' && m.reply?.layout === 'reply-under-label' && !m.several.length) {
        body.push(i);
        continue;
      }
      // A heading over its words, which open as a reply does (or over the reply after it, which its rule left apart).
      if (p.rule !== HEADING.name) return;
      const words = p.lines.length > 1 ? p.lines[1] : ps[i + 1]?.kind === 'text' ? ps[i + 1].lines[0] : undefined;
      if (words === undefined || !opensWithDecision(this.#lines[words])) return;
      body.push(i);
    }
    if (body.length < numbers.length) return;
    body.forEach((i, k) => {
      this.#answering.set(i, numbers[k]);
      this.#asText(i);
      // Its decision beside the number ("Recommendation 1 – Accepted") decides as a label opening the reply does.
      const at = decided.get(i);
      if (at !== undefined) this.#decidedAt.set(i, at);
    });
    // A heading's one line between the list and the replies ("Government responses") heads them: it answers nothing.
    for (let i = b; i < body[0]; i++) {
      const p = ps[i];
      if (p.kind === 'text' && p.lines.length === 1 && isHeadingLine(this.#lines[p.lines[0]])) this.#asHeading(i);
    }
    this.#layouts.add('answers-under-headings');
  }

  /**
   * The recommendations listed at the front, one after another (paragraphs `a` to `b`) and numbered on ("1.", "2.", …,
   * not renumbered "1." throughout, nor as the user corrected them; with `items`, not under headings), two or more, in
   * one layout: a table's rows end where "Recommendation 1" starts the body straight after them.
   */
  #frontList(items: boolean): { a: number; b: number; numbers: number[] } | undefined {
    const ps = this.#paragraphs;
    const a = ps.findIndex((p) => p.kind === 'recommendation');
    if (a < 0) return undefined;
    const numbers: number[] = [];
    // A list with no numbers (bullets, "• The Government should … (Paragraph 12)") is numbered by its place.
    const byPlace = this.state.startAt(ps[a].lines[0]).number === undefined;
    let b = a;
    for (; b < ps.length && ps[b].kind === 'recommendation' && ps[b].rule === ps[a].rule && !(items && ps[b].rule === HEADING.name); b++) {
      const own = this.state.startAt(ps[b].lines[0]).number;
      const n = byPlace ? (own === undefined ? numbers.length + 1 : undefined) : own;
      if (n === undefined || this.#corrections.has(b) || (numbers.length > 0 && n <= numbers[numbers.length - 1])) return undefined;
      numbers.push(n);
    }
    return numbers.length < 2 ? undefined : { a, b, numbers };
  }

  /**
   * A heading with the decision beside the number ("Recommendation 1: Accepted") over no words that recommend — a
   * summary's status line, or the heading of a reply (#answersUnderHeadings) — is text, not a recommendation.
   */
  #decisionsAsText(): void {
    this.#paragraphs.forEach((p, i) => {
      if (p.kind !== 'recommendation' || p.rule !== HEADING.name || this.#corrections.has(i) || !decidedLabel(this.#lines[p.lines[0]])) return;
      if (!wordsUnderRecommend(this.state, p)) this.#asText(i);
    });
  }

  /** Paragraphs that are the reply to the recommendation of a number, under a heading that names it (#answersUnderHeadings). */
  readonly #answering = new Map<number, number>();
  /** Of those, the ones whose heading gives the decision beside the number, and where on its line it starts. */
  readonly #decidedAt = new Map<number, number>();

  #citationsOf(index: number): readonly Citation[] {
    const m = this.#meaning(index);
    return m.role === 'recommendation' ? m.citations : [];
  }

  /** Reads paragraph `index` as a section heading from now on: a title over the recommendations after it. */
  #asHeading(index: number): void {
    const p = this.#paragraphs[index];
    p.kind = 'section-heading';
    p.rule = SECTION_HEADING.name;
    this.#meanings[index] = undefined;
  }

  /** Reads paragraph `index` as text from now on: a number that turned out not to start a recommendation. */
  #asText(index: number): void {
    this.#paragraphs[index].kind = 'text';
    this.#meanings[index] = undefined;
  }

  /**
   * A numbered paragraph that is no recommendation: a heading over the recommendation after it when, as text, it reads
   * as one ("2. Storm overflows" before "Recommendation 3"), else text (a reply's own numbered paragraph).
   */
  #asTextOrHeading(index: number): void {
    this.#asText(index);
    const p = this.#paragraphs[index];
    // Only before a recommendation that is surely one: a labelled one, or one that cites (a reply's numbered paragraph
    // before another is not).
    const k = nextIndex(this.#paragraphs, index);
    const next = this.#paragraphs[k];
    if (next?.kind !== 'recommendation' || (ruleOfParagraph(this.state, next).props.weakNumber && this.#citationsOf(k).length === 0)) return;
    if (SECTION_HEADING.claims!(this.state, p, index)) this.#asHeading(index);
  }

  /**
   * Where the recommendations start: the first recommendation whose words say it is one, or that cites a paragraph of
   * the report, or that a response heading follows; or the report part holding it.
   */
  #firstRecommendationIndex(): number {
    const ps = this.#paragraphs;
    let i = ps.findIndex((p, index) => (p.kind === 'recommendation' || p.kind === 'conclusion') && this.#believed(index));
    if (i < 0) return ps.length;
    // Recommendations listed together before the first that is believed, numbered up to it ("(1) …", "(2) …", then a heading).
    for (let k = i - 1, n = this.state.startAt(ps[i].lines[0]).number ?? 0; k >= 0 && n > 1; k--) {
      const q = ps[k];
      if (q.kind === 'annotation' || q.kind === 'text' || q.kind === 'list-item') continue;
      if (q.kind !== 'recommendation' || q.rule !== ps[i].rule || this.state.startAt(q.lines[0]).number !== n - 1) break;
      i = k;
      n--;
    }
    for (let k = i - 1; k >= 0; k--) {
      if (ps[k].kind === 'report-part') i = k;
      else if (isStructural(ps[k]) && ps[k].kind !== 'section-heading') break;
    }
    return i;
  }

  #believed(index: number): boolean {
    const p = this.#paragraphs[index];
    if (p.kind === 'conclusion' || ruleOfParagraph(this.state, p).props.labelled || this.#citationsOf(index).length > 0) return true;
    if (this.#corrections.get(index)?.kind === 'rec') return true;
    // One whose words say its number, as a tag does ("… (Recommendation 3)").
    const m = this.#meaning(index);
    if (m.role === 'recommendation' && m.certain) return true;
    // One whose words in bold a reply follows ("1. **The Department should …** The Government agrees."), as a citation would.
    if (m.role === 'recommendation' && m.reply?.layout === 'reply-after-bold') return true;
    const start = this.state.startAt(p.lines[0]);
    if (start.strong) return true;
    if (start.number !== undefined && this.#namedAbove(index, start.number)) return true;
    // A flattened table's row with no citation (its number glued to its words) that the next row, citing, carries on:
    // "1.That …" before "2.That … (Para 21) …". ("1. first step" before "2. … (Paragraph 6)" is a list.)
    const next = this.#paragraphs[index + 1];
    if (tableNumberAt(this.state, p.lines[0]) && next?.kind === 'recommendation' && ruleOfParagraph(this.state, next).props.weakNumber && start.number !== undefined && this.state.startAt(next.lines[0]).number === start.number + 1 && this.#citationsOf(index + 1).length > 0) return true;
    if (this.#answeredInTurn(index) && this.#pairsAnsweredInTurn() >= MIN_ANSWERED_IN_TURN) return true;
    for (let k = index + 1; k < this.#paragraphs.length; k++) {
      const next = this.#paragraphs[k];
      // A weak recommendation that a response heading follows is believed, unless a recommendation that cites follows
      // the heading: then it heads the whole reply, as after a special report's numbered introduction ("2. The
      // Government's response was received on 19 May …", "Government response", "The Committee recommends … (Paragraph 24)").
      if (isResponseKind(next.kind)) {
        const after = nextIndex(this.#paragraphs, k);
        return this.#paragraphs[after]?.kind !== 'recommendation' || this.#citationsOf(after).length === 0;
      }
      if (isStructural(next)) return false;
    }
    return false;
  }

  /**
   * Whether a heading that names several numbers names `number` straight above the paragraph at `index`, over the
   * items before it: "Recommendations 2 to 4" over "2. …", "3. …", "4. …". (Read back over a few items at most.)
   */
  #namedAbove(index: number, number: number): boolean {
    for (let k = index - 1; k >= 0 && k >= index - MAX_ITEMS_UNDER_HEADING; k--) {
      const p = this.#paragraphs[k];
      if (p.kind !== 'recommendation') return false;
      if (!ruleOfParagraph(this.state, p).props.labelled) continue;
      const named = this.state.startAt(p.lines[0]).numbers;
      return named !== undefined && named.length > 1 && named.includes(number);
    }
    return false;
  }

  /**
   * Whether the numbered paragraph at `index` (citing nothing) recommends — "1. The Government should …", an inquiry's
   * "1. That the Government pay …" — and the paragraph after it, with no number of its own, replies in the answerer's
   * voice ("The Government accepts …", "We will …"): a response that answers each recommendation in turn with no heading.
   * Or it opens in the Committee's voice ("31. The Committee asks the Scottish Government to …") and the paragraph after
   * opens with who answers, whatever it says ("The Scottish Government has consulted …"). A status field answers so
   * too ("Status: Accepted").
   */
  #answeredInTurn(index: number): boolean {
    const p = this.#paragraphs[index];
    const next = this.#paragraphs[nextIndex(this.#paragraphs, index)];
    if (next?.kind !== 'text') return false;
    const reply = this.#lines[next.lines[0]];
    const words = this.#lines[p.lines[0]].slice(this.state.startAt(p.lines[0]).prefix);
    // (A tracker's status field answers as the answerer's words do: "Status: Accepted" over its commentary.)
    if (!opensInReplyVoice(reply) && !opensWithStatus(reply, next.lines.length === 1)) return COMMITTEE_OPENS.test(words) && opensWithAnswerer(reply);
    // (What the Committee asks or calls for recommends, as "should" does: "45. The Committee asks the Government to …".)
    return INQUIRY_OPENING.test(words) || COMMITTEE_OPENS.test(words) || recommends(this.state, p);
  }

  /** How many numbered paragraphs are answered so in turn (#answeredInTurn): counted once, up to the few that settle it. */
  #pairsAnsweredInTurn(): number {
    if (this.#answeredPairs === undefined) {
      this.#answeredPairs = 0;
      for (let i = 0; i < this.#paragraphs.length && this.#answeredPairs < MIN_ANSWERED_IN_TURN; i++) {
        const p = this.#paragraphs[i];
        if (p.kind === 'recommendation' && ruleOfParagraph(this.state, p).props.weakNumber && this.#answeredInTurn(i)) this.#answeredPairs++;
      }
    }
    return this.#answeredPairs;
  }
  #answeredPairs: number | undefined;

  /**
   * Numbered paragraphs before the recommendations start are ordinary text; after it, a bare number with no citation
   * is a recommendation only when a response heading follows it, or when it carries on the numbering in a report whose
   * recommendations are not labelled in words, numbered the same way ("(2)" in a response does not carry on "1."). A
   * report part no recommendation follows is text.
   */
  #relabelRecommendations(first: number): void {
    let previous: number | undefined;
    /** The rule of the recommendation `previous` numbers: "(2)" does not carry on a numbering of "1.", "2.", …. */
    let previousRule: string | undefined;
    /** And how its number is written: "2." does not carry on "R1." or "1:" either. */
    let previousForm: string | undefined;
    const labelled = this.#paragraphs.some((p, i) => i >= first && ruleOfParagraph(this.state, p).props.labelled);
    // A reply under a response heading may number its own paragraphs from 1 ("1. The Government agrees …", "2. The
    // plan will be …"): the last number of such a list, which a "2." after it carries on rather than the recommendations'.
    let headed = false;
    let replyList: number | undefined;
    // Whether the last paragraph numbered in chapters ("1.2") was a reply's: then so is one that recommends and cites
    // ("1.3 It is right that schools should … (paragraph 13)."), and only a report's own ("3.1", "3.2") are its recommendations.
    let chapterReplies = false;
    this.#paragraphs.forEach((p, i) => {
      if (p.rule === NUMBERED_REPLY && p.kind !== 'recommendation') chapterReplies = true;
      if (i < first && p.kind !== 'annotation' && p.kind !== 'list-item') {
        if (p.kind !== 'text') this.#asText(i);
        return;
      }
      if (p.kind === 'report-part' && !this.#partHasRecommendations(i)) this.#asText(i);
      if (isResponseKind(p.kind)) headed = true;
      if (p.kind !== 'recommendation') return;
      const m = this.state.startAt(p.lines[0]);
      // (A heading in words, "Recommendation 34.1", is never a reply's number.)
      if (m.label?.includes('.') && chapterReplies && !this.#corrections.has(i) && !ruleOfParagraph(this.state, p).props.labelled) return this.#asText(i);
      if (ruleOfParagraph(this.state, p).props.weakNumber && !this.#corrections.has(i)) {
        const n = m.number ?? 0;
        const cites = this.#citationsOf(i).length > 0;
        const inReplyList = replyList !== undefined && n === replyList + 1;
        const follows = !inReplyList && (previous === undefined ? i === first : n === previous + 1 && p.rule === previousRule && numberForm(this.#lines[p.lines[0]]) === previousForm);
        // One that opens as a reply does ("3. The Government accepts …", "1. The Government welcomes the report"): the
        // Government's own paragraph number, where a response numbers every paragraph, its recommendations' too.
        const replies = !cites && opensInReplyVoice(this.#lines[p.lines[0]].slice(m.prefix));
        if (replies || (!cites && (labelled || !follows) && !this.#believed(i))) {
          if (replies) this.#asText(i);
          else this.#asTextOrHeading(i);
          if (headed && (n === 1 || inReplyList)) replyList = n;
          return;
        }
      }
      headed = false;
      replyList = undefined;
      previous = m.number;
      previousRule = p.rule;
      previousForm = numberForm(this.#lines[p.lines[0]]);
      if (this.#paragraphs[i - 1]?.kind === 'report-part') previous = undefined;
    });
  }

  #partHasRecommendations(index: number): boolean {
    for (let k = index + 1; k < this.#paragraphs.length; k++) {
      const kind = this.#paragraphs[k].kind;
      if (kind === 'report-part') return false;
      if (kind === 'recommendation' || kind === 'conclusion') return true;
    }
    return false;
  }

  #visit(p: Paragraph, index: number): void {
    const m = this.#meaning(index);
    switch (m.role) {
      case 'part':
        return this.#addPart(p, index);
      case 'conclusion':
        return this.#addConclusion(p);
      case 'recommendation':
        return this.#addRecommendation(p, index, m);
      case 'response':
        return this.#addResponse(p, m);
      case 'body':
        return this.#addBodyText(p, index, m);
      case 'heading':
        // What came before is finished: a recommendation before it that nothing answered stays unanswered.
        this.#closeGroup();
        this.#quotedBy = undefined;
        this.#inPartPrelude = false;
        this.#sections++;
        return;
      case 'annotation':
        return;
    }
  }

  #currentGroup(): Group {
    if (!this.#group) {
      const start = { line: 0, character: 0 };
      this.#group = { recommendations: [], responses: [], range: { start, end: start } };
      if (this.#parts.length) {
        this.#group.part = this.#parts.length - 1;
        this.#parts[this.#parts.length - 1].groups.push(this.#groups.length);
      }
      this.#groups.push(this.#group);
    }
    return this.#group;
  }

  #closeGroup(): void {
    this.#finishResponse();
    const g = this.#group;
    if (!g) return;
    g.recommendations = exactly(g.recommendations);
    g.responses = exactly(g.responses);
    const firstRec = this.#recommendations[g.recommendations[0]];
    const lastResponse = this.#responses[g.responses[g.responses.length - 1]];
    const lastRec = this.#recommendations[g.recommendations[g.recommendations.length - 1]];
    const startRange = firstRec?.range ?? this.#responses[g.responses[0]]?.range;
    const endRange = lastResponse?.range ?? lastRec?.range ?? startRange;
    if (startRange && endRange) g.range = this.#withTrailingAnnotations(g, spanOf(startRange, endRange));
    this.#group = undefined;
    this.#response = undefined;
  }

  /** A group's range also holds the annotation lines after its last response that belong to its recommendations. */
  #withTrailingAnnotations(g: Group, range: Range): Range {
    let end = range.end;
    for (let i = this.#annotations.length - 1; i >= 0; i--) {
      const a = this.#annotations[i];
      if (a.line < range.start.line) break;
      const own = a.target === undefined && a.recommendation !== undefined && g.recommendations.includes(a.recommendation);
      if (own && a.line > end.line) end = a.range.end;
    }
    return { start: range.start, end };
  }

  /** "Ninth Report of Session 2024–25", then the department and the report's title on the lines after it. */
  #addPart(p: Paragraph, index: number): void {
    this.#closeGroup();
    this.#quotedBy = undefined;
    this.#closePart();
    this.#partHeadings.push(index);
    const m = this.#meaning(index);
    const label = m.role === 'part' ? m.label : '';
    this.#parts.push({ label, title: label, range: p.range, selectionRange: p.range, groups: [] });
    this.#layouts.add(p.rule);
    this.#inPartPrelude = true;
    this.#owner = undefined;
  }

  /** A part's range runs to its last group; its title takes the names on the lines that follow its heading. */
  #closePart(): void {
    const part = this.#parts[this.#parts.length - 1];
    if (!part || part.title !== part.label) return;
    const last = this.#groups[part.groups[part.groups.length - 1]];
    if (last) part.range = spanOf(part.range, last.range);
    const index = this.#partHeadings[this.#parts.length - 1];
    // Read now rather than at the heading: the names' paragraphs are read as what the builder decided they are.
    this.#meanings[index] = undefined;
    const m = this.#meaning(index);
    if (m.role === 'part') part.title = m.title;
  }

  #addConclusion(p: Paragraph): void {
    // A paragraph that opened as a recommendation ("Conclusion 1:") and reads as the conclusion of the next is one.
    p.kind = 'conclusion';
    if (this.#group && this.#group.responses.length > 0) this.#closeGroup();
    this.#conclusion = p;
    this.#inPartPrelude = false;
  }

  /**
   * A recommendation joins the group of those listed before it, answered together afterwards, unless it is labelled in
   * words ("Recommendation 7"): such a recommendation followed straight by the next has no response of its own.
   * "Recommendations 3 and 4" over one text makes a recommendation for each number.
   */
  #addRecommendation(p: Paragraph, index: number, m: RecommendationMeaning): void {
    if (!m.reply && !m.several.length && this.#addQuotation(p, index, m)) return;
    const labelled = ruleOfParagraph(this.state, p).props.labelled === true;
    if (this.#group && (this.#group.responses.length > 0 || (labelled && this.#group.recommendations.length > 0))) this.#closeGroup();
    this.#inPartPrelude = false;
    // (A row whose last line stops short, "… Accepted. The", goes on past a blank line: a copy with one after every line.)
    const last = p.lines[p.lines.length - 1];
    this.#rowEnd = m.ownRow && ROW_ENDS.test(this.#lines[last]) ? last : -1;
    const first = this.#recommendations.length;
    const several = first + m.several.length > MAX_FROM_SEVERAL ? m.several.slice(0, 1) : m.several;
    if (several.length) for (const number of this.#ownNumbers(index, several)) this.#addOneRecommendation(p, index, m, number);
    else this.#addOneRecommendation(p, index, m, this.#handedOn.length && m.number === undefined ? this.#handedOn.shift() : undefined);
    if (m.reply) {
      // A progress table's row ends with the Government's reply after the citation.
      const response: Response = {
        kind: 'inline',
        citations: [],
        range: m.reply.range,
        leadRange: m.reply.range,
        answers: [],
        group: this.#groups.length - 1,
        bodyParagraphs: [],
        stanceLabel: m.reply.decision,
      };
      this.#layouts.add(m.reply.layout);
      // (It answers every recommendation the paragraph gives: "On recommendations 3 and 4, we will consider …".)
      this.#attachResponse(response, Array.from({ length: this.#recommendations.length - first }, (_, k) => first + k));
    }
  }

  /**
   * The numbers of "Recommendations 2 and 3" that its first paragraph of words takes: all of them, unless as many
   * paragraphs follow as it has numbers left, each without a number ("We recommend … (Paragraph 60)", "We further
   * recommend … (Paragraph 61)") or with the next of them ("3. The Department should …"), when each takes one in turn.
   */
  #ownNumbers(index: number, several: readonly number[]): readonly number[] {
    this.#handedOn = [];
    const handed: number[] = [];
    let after = 0;
    for (let i = index + 1; i < this.#paragraphs.length && after < several.length; i++) {
      const p = this.#paragraphs[i];
      if (p.kind !== 'recommendation' || ruleOfParagraph(this.state, p).props.labelled) break;
      const m = this.#meaning(i);
      if (m.role !== 'recommendation' || m.several.length) break;
      const own = m.number ?? this.state.startAt(p.lines[0]).number;
      if (own !== undefined && own !== several[after + 1]) break;
      // (One with a number of its own takes it; one without is handed the next.)
      if (own === undefined) handed.push(several[after + 1]);
      after++;
    }
    if (after !== several.length - 1) return several;
    this.#handedOn = handed;
    return several.slice(0, 1);
  }

  #addOneRecommendation(p: Paragraph, index: number, m: RecommendationMeaning, number: number | undefined): void {
    this.#endMatter = false;
    const group = this.#currentGroup();
    const conclusion = this.#conclusion;
    this.#conclusion = undefined;
    const start = this.state.startAt(p.lines[0]);
    if (number === undefined && m.number !== undefined) number = m.number;
    if (number === undefined && (start.number === undefined || m.byPlace)) {
      // A recommendation written without a number is numbered by its place: one more than the one before in its part.
      const cell = this.#numberCells().get(index);
      number = cell ?? this.#numberInOrder();
      this.#layouts.add(cell === undefined ? 'numbered-by-order' : 'number-cells');
    }
    const rec = recommendationOf(this.#lines, p, index, this.shortTitleWords, {
      start,
      weakNumber: ruleOfParagraph(this.state, p).props.weakNumber === true,
      citations: m.citations as Citation[],
      responses: [],
      group: this.#groups.length - 1,
      part: this.#parts.length ? this.#parts.length - 1 : undefined,
      conclusionRange: conclusion?.range,
      number,
      label: m.label,
      wordsEnd: m.wordsEnd,
      wordsFrom: m.wordsFrom,
    });
    const recIndex = this.#recommendations.length;
    for (const n of rec.paragraphs) {
      const list = this.#byParagraph.get(n);
      if (list) list.push(recIndex);
      else this.#byParagraph.set(n, [recIndex]);
    }
    this.#byNumber.set(numberKey(rec.part, rec.number), recIndex);
    group.recommendations.push(recIndex);
    this.#recommendations.push(rec);
    this.#sectionOf.push(this.#sections);
    this.#layouts.add(m.layout ?? p.rule);
    this.#owner = recIndex;
  }

  /**
   * A recommendation quoted again, under a heading that names another body (#quotingHeading), its part, number and
   * words those of one before it (the last with its number): the heading of that body's reply to it ("Ofcom response",
   * then "2. Ofcom should review … (Paragraph 51)" and Ofcom's words), not a second recommendation 2. A response's
   * heading that names who answers and nothing more, with no words yet, straight above the first such quotation heads
   * that reply with it, not the recommendations before it: it is given that one and the quotation's lines. Each one
   * quoted again after it, up to the next heading, heads that body's reply to it. False otherwise: the same words under
   * the same number, in another chapter or one after the other, are read as they stand. (Such a heading over a
   * recommendation of its own answers nothing before it either: see below.)
   */
  #addQuotation(p: Paragraph, index: number, m: RecommendationMeaning): boolean {
    const heading = this.#quotingHeading(index);
    if (!heading && this.#quotedBy === undefined) return false;
    const start = this.state.startAt(p.lines[0]);
    const number = m.number ?? (m.byPlace ? undefined : start.number);
    const part = this.#parts.length ? this.#parts.length - 1 : undefined;
    const again = number === undefined ? undefined : this.#byNumber.get(numberKey(part, number));
    if (heading) this.#unanswering(heading);
    // (Its words are read only once a recommendation with its number is found.)
    if (again === undefined || wordsOf(recommendationOf(this.#lines, p, index, this.shortTitleWords, { start, weakNumber: false, citations: m.citations as Citation[], responses: [], group: -1, part, number, label: m.label, wordsEnd: m.wordsEnd, wordsFrom: m.wordsFrom })) !== wordsOf(this.#recommendations[again])) {
      // A recommendation of its own under the heading ("Ofcom response", then "5. Ofcom should …" said only here): the
      // heading answers none before it, and heads that body's replies, to it and to those quoted again after it.
      if (heading) this.#quotedBy = heading.from;
      return false;
    }
    if (heading) {
      heading.answers = [again];
      this.#recommendations[again].responses.push(this.#responses.length - 1);
      heading.headingRange = spanOf(heading.headingRange!, p.range);
      heading.range = heading.headingRange;
      this.#owner = again;
      this.#quotedBy = heading.from;
    } else {
      this.#attachResponse({ kind: 'heading', from: this.#quotedBy, headingRange: p.range, citations: [], range: p.range, answers: [], group: this.#groups.length - 1, bodyParagraphs: [] }, [again]);
    }
    this.#layouts.add(QUOTED_AGAIN);
    this.#inPartPrelude = false;
    return true;
  }

  /**
   * The last response, where it is a heading that says nothing but who answers — no words under it or beside it, no
   * decision, no citation, no number ("Government response", "Response") — and answers its whole group.
   */
  #bareHeading(): Response | undefined {
    const heading = this.#responses[this.#responses.length - 1];
    if (!heading || heading !== this.#response || heading.kind !== 'heading' || heading.bodyParagraphs.length || heading.leadRange || heading.stanceLabel || heading.citations.length || this.#decisionFrom.has(heading)) return undefined;
    const group = this.#groups[heading.group];
    return group && heading.answers.length === group.recommendations.length ? heading : undefined;
  }

  /** The last response, a heading (#quotingHeading, #bareHeading), taken from the recommendations it answered: it answers none. */
  #unanswering(heading: Response): void {
    const at = this.#responses.length - 1;
    for (const r of heading.answers) this.#recommendations[r].responses = this.#recommendations[r].responses.filter((k) => k !== at);
    heading.answers = [];
  }

  /**
   * The last response, where it is a heading straight above paragraph `index` that names who answers and says nothing
   * more, with no words yet ("Ofcom response"; "Response: Not accepted." is a reply of its own).
   */
  #quotingHeading(index: number): Response | undefined {
    const heading = this.#responses[this.#responses.length - 1];
    if (!heading || heading !== this.#response || heading.from === undefined || !heading.headingRange || heading.bodyParagraphs.length || heading.leadRange || heading.stanceLabel || this.#decisionFrom.has(heading)) return undefined;
    return this.#paragraphs[index - 1]?.range.end.line === heading.headingRange.end.line ? heading : undefined;
  }
  /** Who answers the recommendations quoted again since a heading that names them (#addQuotation), up to the next heading. */
  #quotedBy: string | undefined;

  /**
   * A table's number cell on the line above each recommendation that has no number of its own, as a PDF's table gives
   * it ("4" / "The Department should …" / "Accepted. …"): the recommendations' numbers, by the index of their paragraphs,
   * where every such recommendation (two or more) has one and they rise. (A page number stands above one here and
   * there, not above every one.) Empty where they do not.
   */
  #numberCells(): ReadonlyMap<number, number> {
    if (this.#cells) return this.#cells;
    const cells = new Map<number, number>();
    this.#cells = cells;
    let last = 0;
    for (let i = 0; i < this.#paragraphs.length; i++) {
      const p = this.#paragraphs[i];
      if (p.kind !== 'recommendation' || this.state.startAt(p.lines[0]).number !== undefined) continue;
      const m = this.#meaning(i);
      if (m.role !== 'recommendation' || m.number !== undefined || m.several.length) continue;
      const above = p.lines[0] > 0 ? NUMBER_CELL.exec(this.#lines[p.lines[0] - 1]) : null;
      const n = above ? Number(above[1]) : 0;
      if (n <= last) {
        cells.clear();
        return cells;
      }
      cells.set(i, (last = n));
    }
    if (cells.size < 2) cells.clear();
    return cells;
  }
  #cells: Map<number, number> | undefined;

  /** The number of a recommendation with none of its own: one more than the last in the current part, else 1. */
  #numberInOrder(): number {
    const last = this.#recommendations[this.#recommendations.length - 1];
    const part = this.#parts.length ? this.#parts.length - 1 : undefined;
    return last && last.part === part ? last.number + 1 : 1;
  }

  /** Field paragraphs read since the last reply (#fieldsBeforeReply), for the reply after them. */
  #fields: number[] = [];
  /** The field paragraphs that stood before each reply's label, where its status is read when its words decide nothing. */
  readonly #fieldsOf = new Map<Response, readonly number[]>();

  /** The field paragraphs read since the last reply, given to `response` (#fieldsOf) and no longer waiting. */
  #giveFields(response: Response): readonly number[] {
    const fields = this.#fields;
    if (fields.length) {
      this.#fieldsOf.set(response, fields);
      this.#fields = [];
    }
    return fields;
  }

  /**
   * True when paragraph `index` and any after it up to MAX_FIELDS are a form's fields, one short line each
   * ("Status: Complete"), and a reply's heading or label follows them, or its numbered paragraph (a Treasury Minutes
   * progress report's "Target implementation date: April 2026" over "1.1 The government agreed …").
   */
  #fieldsBeforeReply(index: number): boolean {
    for (let k = index; k < this.#paragraphs.length && k <= index + MAX_FIELDS; k++) {
      const p = this.#paragraphs[k];
      const m = k > index && p.kind !== 'annotation' ? this.#meaning(k) : undefined;
      if (m !== undefined && (m.role === 'response' || (m.role === 'body' && m.answersNumber !== undefined))) return true;
      if (p.kind === 'annotation') continue;
      if (p.kind !== 'text' || p.lines.length > MAX_FIELDS || !p.lines.every((l) => isFieldLine(this.#lines[l]))) return false;
    }
    return false;
  }

  /**
   * A response heading answers the recommendations that cite the paragraphs it cites ("Paragraph 20: …"), else those
   * it names by number ("Government response to recommendations 3 and 4"), else its group.
   */
  #addResponse(p: Paragraph, m: ResponseMeaning): void {
    this.#inPartPrelude = false;
    if (m.namesOnly && !this.#latestNumbered(m.numbers ?? []).length) {
      // It names no recommendation read so far: a heading over those that follow.
      this.#closeGroup();
      this.#sections++;
      return;
    }
    // A heading that names the recommendations it answers ("Communications (Recommendations 2 and 3)") straight
    // under a bare "Government response": that heading is the title of the replies by theme, not a reply to them all.
    if (m.namesOnly) {
      const bare = this.#bareHeading();
      if (bare) this.#unanswering(bare);
    }
    const group = this.#currentGroup();
    const response: Response = {
      kind: m.kind,
      from: m.from,
      headingRange: p.range,
      headingTitle: m.title,
      citations: m.citations as Citation[],
      range: p.range,
      answers: [],
      group: this.#groups.length - 1,
      bodyParagraphs: [],
    };
    if (m.decisionInLabel) this.#decisionInLabel.set(response, m.decisionInLabel);
    if (m.decisionFrom) {
      this.#decisionFrom.set(response, m.decisionFrom);
      const { line, character } = m.decisionFrom;
      if (!m.decisionBeside) response.leadRange = { start: { line, character }, end: { line, character: this.#lines[line].length } };
    }
    this.#layouts.add(m.layout);
    this.#giveFields(response);
    if (m.citations.length) return this.#attachResponse(response, this.#answeredByHeading(response, group));
    const named = m.numbers?.length ? this.#latestNumbered(m.numbers) : [];
    this.#attachResponse(response, named.length || m.namesOnly ? named : group.recommendations.slice());
    if (m.namesOnly) this.#themed.add(response);
  }

  /** Where a decision label may stand on a response's heading line. */
  readonly #decisionFrom = new Map<Response, { line: number; character: number }>();
  /** Where a decision stands in brackets in a response's label, before its words ("Response (Partially accepted): …"). */
  readonly #decisionInLabel = new Map<Response, { line: number; character: number }>();

  /** Replies by theme: under a heading that names the recommendations it answers, or one found by its topic (#byTopic). */
  readonly #themed = new Set<Response>();

  /**
   * The latest recommendation of each number in the current part: what "response to recommendations 3 and 4" answers;
   * with, where it is a lettered part ("3(b)"), the parts of the same number straight before it that nothing has
   * answered yet ("3(a)"): "response to recommendation 3", "… to recommendations 3(a) and 3(b)".
   */
  #latestNumbered(numbers: readonly number[]): number[] {
    const recs = this.#recommendations;
    const part = this.#parts.length ? this.#parts.length - 1 : undefined;
    const out = new Set<number>();
    for (const n of numbers) {
      for (let r = recs.length - 1; r >= 0; r--) {
        const rec = recs[r];
        if (rec.part !== part) break;
        if (rec.number === n) {
          out.add(r);
          for (let k = r - 1; k >= 0 && isLetteredPart(rec) && isLetteredPart(recs[k]) && recs[k].number === n && recs[k].part === part && !recs[k].responses.length; k--) out.add(k);
          break;
        }
      }
    }
    return [...out].sort((a, b) => a - b);
  }

  readonly #wordSets = new Map<number, Set<string>>();

  /** A recommendation's content words, read once however many headings are matched against it. */
  #wordsOf(recIndex: number): Set<string> {
    let words = this.#wordSets.get(recIndex);
    if (!words) {
      words = new Set(contentWords(this.#recommendations[recIndex].text));
      this.#wordSets.set(recIndex, words);
    }
    return words;
  }

  /** Recommendations a heading answers: by the paragraph it cites, else by the words it quotes, else by position. */
  #answeredByHeading(response: Response, group: Group): number[] {
    const cited = new Set(response.citations.map((c) => c.paragraph));
    const anywhere = new Set<number>();
    for (const n of cited) for (const r of this.#byParagraph.get(n) ?? []) anywhere.add(r);
    const inGroup = group.recommendations.filter((r) => anywhere.has(r));
    if (inGroup.length) return inGroup;
    if (anywhere.size) return [...anywhere].sort((a, b) => a - b);
    if (cited.size === 0) return [];
    const unanswered = group.recommendations.filter((r) => this.#recommendations[r].responses.length === 0);
    const title = response.headingTitle ?? '';
    // The few recommendations of a group still waiting are read where they stand; more, and every recommendation of the
    // report, are read once into sets of words, however many headings are matched against them.
    const inGroupByWords = bestMatchByWords(title, unanswered.map((r) => (unanswered.length <= FEW_TO_READ ? this.#recommendations[r].text : this.#wordsOf(r))));
    let chosen = inGroupByWords !== undefined ? unanswered[inGroupByWords] : undefined;
    let matchedBy: NonNullable<Response['miscitation']>['matchedBy'] = chosen !== undefined ? 'words-in-group' : 'unmatched';
    if (chosen === undefined) {
      // The recommendations read so far, back to WORDS_ANYWHERE of them: a report of thousands of mis-cited headings is
      // then read in time in proportion to its length, not to its length squared.
      const from = Math.max(0, this.#recommendations.length - WORDS_ANYWHERE);
      const found = bestMatchByWords(title, this.#recommendations.slice(from).map((_, k) => this.#wordsOf(from + k)));
      if (found !== undefined) {
        chosen = from + found;
        matchedBy = 'words-anywhere';
      }
    }
    // By position: the one recommendation of the group still waiting for an answer.
    if (chosen === undefined && unanswered.length === 1) {
      chosen = unanswered[0];
      matchedBy = 'position';
    }
    response.miscitation = {
      cited: response.citations[0].paragraph,
      intended: chosen !== undefined ? this.#recommendations[chosen].paragraphs[0] : undefined,
      matchedBy,
    };
    return chosen !== undefined ? [chosen] : [];
  }

  #attachResponse(response: Response, answers: number[]): void {
    this.#finishResponse();
    const index = this.#responses.length;
    response.answers = answers;
    for (const r of answers) {
      const rec = this.#recommendations[r];
      // Most recommendations get one response: an array of one rather than one with room for sixteen.
      if (rec.responses.length === 0) rec.responses = [index];
      else rec.responses.push(index);
    }
    this.#responses.push(response);
    this.#currentGroup().responses.push(index);
    this.#response = response;
    // A response to another recommendation starts that recommendation's block.
    if (answers.length && (this.#owner === undefined || !answers.includes(this.#owner))) this.#owner = answers[0];
  }

  #addBodyText(p: Paragraph, index: number, m: BodyMeaning): void {
    // A report part's own introduction, or a conclusion's words before its recommendation: not a response.
    if (this.#inPartPrelude) return;
    if (this.#conclusion && !this.#group?.recommendations.length) return;
    if (m.endMatter) this.#endMatter = true;
    if (this.#endMatter || this.#setAside.has(index)) return;
    // Below a table whose rows hold their replies, past a blank line (two in text with one after every line), or a row
    // of the table that is none (a theme's, "| Rural access | |"): not the last row's reply.
    if (this.#rowEnd >= 0 && (p.lines[0] > this.#rowEnd + (this.state.spaced ? 2 : 1) || isRecommendationRow(this.state, p.lines[0])) && !m.answers) return;
    const group = this.#currentGroup();
    const named = m.answers ? undefined : this.#namedByReply(p);
    if (named) this.#headingBefore(index);
    const topic = m.answers || named ? undefined : this.#byTopic(index);
    if (topic !== undefined) this.#topicHeading(topic);
    else if (m.answers || named) {
      // The user said which recommendations this answers, or its words do ("On recommendations 4 and 5, we …"): a
      // response of its own, whatever came before.
      this.#attachResponse({ kind: 'plain', citations: [], range: p.range, answers: [], group: this.#groups.length - 1, bodyParagraphs: [] }, named ?? this.#latestNumbered(m.answers!));
      if (named) this.#carve(named);
      this.#layouts.add(m.layout ?? (named ? 'reply-names' : 'corrected'));
    } else if (!this.#response) {
      // A form's fields between the recommendation and its reply's label ("Status: Complete" over "Government
      // response: …") are not the reply's first words: the label starts it.
      if (this.#fieldsBeforeReply(index)) {
        this.#fields.push(index);
        return;
      }
      const plain: Response = {
        kind: 'plain',
        citations: [],
        range: p.range,
        answers: [],
        group: this.#groups.length - 1,
        bodyParagraphs: [],
      };
      this.#layouts.add(m.layout ?? 'plain-response');
      this.#attachResponse(plain, this.#replyTargets(m, group));
      // The fields before it (#fieldsBeforeReply): its status, and its target date.
      for (const f of this.#giveFields(plain)) {
        const field = this.#meaning(f);
        if (!plain.targetDate && field.role === 'body' && field.targetDate) plain.targetDate = field.targetDate;
      }
    } else if (m.layout) {
      this.#layouts.add(m.layout);
    }
    this.#response!.bodyParagraphs.push(index);
    // "4. The Government does not agree …": the Government's own paragraph number is not part of the response's words.
    const start = this.state.startAt(p.lines[0]);
    if (start.number !== undefined && start.prefix > 0) p.wordsFrom = start.prefix;
    if (!this.#response!.targetDate && m.targetDate) this.#response!.targetDate = m.targetDate;
  }

  /**
   * The recommendations read so far that a reply names as it opens ("On recommendations 4 and 5, …", "Turning to
   * recommendation 3: …"), where the response it would go on is not already theirs (under "Recommendation 4" and its
   * "Government response", "On recommendation 4, …" goes on with that response); undefined where it names none.
   */
  #namedByReply(p: Paragraph): number[] | undefined {
    const first = this.#lines[p.lines[0]];
    const m = REPLY_NAMES.exec(first);
    if (m) {
      const named = this.#latestNumbered(expandNumberList(m[1]));
      // (Under a group's heading that has said nothing yet, it answers its own: "Government response" / "Funding" /
      // "On recommendations 1 and 2, …".)
      const r = this.#response;
      const goesOn = r !== undefined && named.every((a) => r.answers.includes(a)) && (this.#goesOnWith(named) || !this.#contentless(r));
      return !named.length || goesOn ? undefined : named;
    }
    // Or in brackets in its first words ("The Government accepts that assessments take too long (recommendations 4 and
    // 5) …"), or as their subject ("Recommendation 4 is accepted."): only recommendations nothing has answered yet,
    // since a reply may point to others answered before it — or only a heading or a theme's title has (#contentless),
    // as where a group's heading, "Government response", stands over replies by theme.
    const bracketed = namedInBrackets(first) ?? NAMED_AS_SUBJECT.exec(first);
    const named = bracketed ? this.#latestNumbered(expandNumberList(bracketed[1])) : [];
    if (!named.length || this.#goesOnWith(named)) return undefined;
    return named.every((r) => this.#recommendations[r].responses.every((k) => this.#contentless(this.#responses[k]))) ? named : undefined;
  }

  /**
   * Whether the current response is already the reply to all of `named` and to nothing else ("Recommendation 4" /
   * "Government response" / "Recommendation 4 is accepted …"): the words go on with it.
   */
  #goesOnWith(named: readonly number[]): boolean {
    const r = this.#response;
    return r !== undefined && named.every((a) => r.answers.includes(a)) && r.answers.every((a) => named.includes(a));
  }

  /** Whether a response says nothing yet: no words, or only a theme's one-line title ("Long-term funding"). */
  #contentless(r: Response): boolean {
    return r.bodyParagraphs.every((i) => this.#isTitleLine(i));
  }

  /** Paragraph `i` is a heading's one line that is no decision ("Eligibility", not "Agreed"). */
  #isTitleLine(i: number): boolean {
    const p = this.#paragraphs[i];
    const line = this.#lines[p.lines[0]];
    return p.lines.length === 1 && isHeadingLine(line) && decisionAt(line, 0) === undefined;
  }

  /**
   * The recommendations a reply names (`named`) taken from the responses before it that said nothing for them: a
   * group's heading over replies by theme. Such a response left answering what no reply named answers nothing
   * (#answerNothingCarved, at the end): those recommendations are unanswered.
   */
  #carve(named: readonly number[]): void {
    const current = this.#responses.length - 1;
    for (const r of named) {
      for (const k of [...this.#recommendations[r].responses]) {
        if (k === current || !this.#contentless(this.#responses[k])) continue;
        this.#detach(k, [r]);
        this.#carved.add(k);
      }
    }
  }
  /** The indexes of the responses recommendations were carved from. */
  readonly #carved = new Set<number>();

  /** A response others were carved from (#carve) that still says nothing answers nothing. */
  #answerNothingCarved(): void {
    for (const k of this.#carved) if (this.#contentless(this.#responses[k])) this.#detach(k, this.#responses[k].answers);
  }

  /** Response `k` no longer answers `recs`: taken from its answers, and it from their responses. */
  #detach(k: number, recs: readonly number[]): void {
    const r = this.#responses[k];
    const gone = new Set(recs);
    for (const a of gone) this.#recommendations[a].responses = this.#recommendations[a].responses.filter((x) => x !== k);
    r.answers = r.answers.filter((a) => !gone.has(a));
  }

  /**
   * A heading's one line straight before such a reply ("Eligibility" over "On recommendations 3 and 4, …"): the
   * reply's heading, not the last words of the reply before it — unless it is all that reply says ("Agreed"), or a
   * decision.
   */
  #headingBefore(index: number): void {
    // (Also a response's only paragraph, where it says nothing else: a theme's title under a group's heading.)
    const last = this.#headingLineBefore(index, this.#response !== undefined && this.#contentless(this.#response));
    if (last === undefined) return;
    this.#response!.bodyParagraphs.pop();
    this.#asHeading(last);
  }

  /**
   * The current reply's last paragraph, where it stands straight before paragraph `index`, after the reply's own words,
   * and is a heading's one line that is no decision ("Eligibility", not "Agreed"): what may head the next reply.
   */
  #headingLineBefore(index: number, alone = false): number | undefined {
    const body = this.#response?.bodyParagraphs;
    const last = body?.[body.length - 1];
    if (last === undefined || last !== index - 1 || (body!.length < 2 && !alone)) return undefined;
    return this.#isTitleLine(last) ? last : undefined;
  }

  /**
   * Among replies by theme, the next theme's heading may name its topic and no number ("Independent review" over "The
   * Government does not accept that a further review is needed"): the heading's one line, straight before paragraph
   * `index` and after the reply's own words, whose content words all stand in one recommendation that nothing has
   * answered, and in no other, starts that recommendation's reply. Its index; undefined where no single one has them
   * (the line stays the reply's words: "Next steps" over more of the same reply).
   */
  #byTopic(index: number): number | undefined {
    if (!this.#response || !this.#themed.has(this.#response)) return undefined;
    const last = this.#headingLineBefore(index);
    if (last === undefined) return undefined;
    const words = contentWords(this.#lines[this.#paragraphs[last].lines[0]]);
    if (!words.length) return undefined;
    let found: number | undefined;
    for (let k = Math.max(0, this.#recommendations.length - TOPIC_CANDIDATES); k < this.#recommendations.length; k++) {
      if (this.#recommendations[k].responses.length) continue;
      const own = this.#wordsOf(k);
      if (!words.every((w) => own.has(w))) continue;
      if (found !== undefined) return undefined;
      found = k;
    }
    return found;
  }

  /** The current reply's last paragraph, a theme's heading found by its topic (#byTopic): the heading of `rec`'s reply. */
  #topicHeading(rec: number): void {
    const index = this.#response!.bodyParagraphs.pop()!;
    const p = this.#paragraphs[index];
    p.kind = 'response-heading';
    p.rule = THEME_HEADING;
    this.#meanings[index] = undefined;
    const response: Response = {
      kind: 'heading',
      headingRange: p.range,
      headingTitle: this.#lines[p.lines[0]].replace(/\*\*/g, '').replace(/^#+/, '').trim(),
      citations: [],
      range: p.range,
      answers: [],
      group: this.#groups.length - 1,
      bodyParagraphs: [],
    };
    this.#attachResponse(response, [rec]);
    this.#themed.add(response);
  }

  /**
   * A reply numbered "4.1" answers recommendation 4 of its group, with the lettered parts of 4 straight before it that
   * nothing answered (a Treasury Minute's "1a" and "1b" under one conclusion, "1.1 The government agrees with both
   * recommendations"); plain text answers the whole group.
   */
  #replyTargets(m: BodyMeaning, group: Group): number[] {
    if (m.answersNumber !== undefined) {
      const own = group.recommendations.filter((r) => this.#recommendations[r].number === m.answersNumber);
      if (own.length) return own.length === 1 ? this.#latestNumbered([m.answersNumber]).filter((r) => r <= own[0]) : own;
    }
    return group.recommendations.slice();
  }

  /** Sets the current response's ranges from its heading and body paragraphs, once, when its last paragraph is known. */
  #finishResponse(): void {
    const r = this.#response;
    if (!r) return;
    this.#narrowToNumberedReplies(r);
    if (!r.stanceLabel) r.stanceLabel = this.#stanceLabelOf(r);
    if (!r.bodyParagraphs.length) return;
    r.bodyParagraphs = exactly(r.bodyParagraphs);
    const first = this.#paragraphs[r.bodyParagraphs[0]].range;
    const last = this.#paragraphs[r.bodyParagraphs[r.bodyParagraphs.length - 1]].range;
    r.bodyRange = r.bodyParagraphs.length === 1 ? first : spanOf(first, last);
    r.range = spanOf(r.headingRange ?? first, last);
  }

  /**
   * A heading that answers its whole group ("Government response"), whose words are numbered by the recommendations
   * they answer ("2.1 The Government accepts …"), answers those alone: a recommendation of the group that no paragraph
   * names has no response.
   */
  #narrowToNumberedReplies(r: Response): void {
    if ((r.kind !== 'heading' && r.kind !== 'plain') || r.answers.length < 2 || !r.bodyParagraphs.length) return;
    const named = new Set<number>();
    for (const [k, i] of r.bodyParagraphs.entries()) {
      const m = this.#meanings[i];
      // The decision alone may stand before the numbered words ("Accepted." then "2.1 …"), as a heading does.
      if (k === 0 && r.bodyParagraphs.length > 1 && this.#isDecisionAlone(i)) continue;
      if (m?.role !== 'body' || m.answersNumber === undefined) return;
      named.add(m.answersNumber);
    }
    if (!named.size) return;
    const kept = r.answers.filter((a) => named.has(this.#recommendations[a].number));
    if (!kept.length || kept.length === r.answers.length) return;
    this.#detach(this.#responses.indexOf(r), r.answers.filter((a) => !kept.includes(a)));
  }

  /** Paragraph `i` is one line that is a decision and nothing more ("Accepted."). */
  #isDecisionAlone(i: number): boolean {
    const p = this.#paragraphs[i];
    return p.lines.length === 1 && isDecisionOnly(this.#lines[p.lines[0]].trim());
  }

  /**
   * The decision a reply opens with on its row or its label's line (`lead`) where a wrap cut it and its words go on, in
   * small letters, on line `next`: the label across the cut, false when none (the line below then opens no decision of
   * its own); undefined where the reply's words there end whole or there are none.
   */
  #decisionAcrossCut(lead: Range, next: number): Response['stanceLabel'] | false | undefined {
    const line = lead.end.line;
    const from = lead.start.line === line ? lead.start.character : 0;
    const words = this.#lines[line].slice(from, lead.end.character).trimEnd();
    const below = this.#lines[next];
    const indent = below.length - below.trimStart().length;
    if (!/\p{L}/u.test(words) || !/^\p{Ll}/u.test(below.slice(indent)) || decisionAt(words, 0) !== undefined) return undefined;
    const found = decisionAt(`${words} ${below.slice(indent)}`, 0);
    if (!found || found.start + found.text.length <= words.length) return false;
    return { text: found.text, range: { start: { line, character: from + found.start }, end: { line: next, character: indent + found.start + found.text.length - words.length - 1 } } };
  }

  /** "Accepted." at the start of the response's words: after its label ("DHSC response: Agree"), or opening its text. */
  #stanceLabelOf(r: Response): Response['stanceLabel'] {
    const at = (line: number, from: number) => {
      const found = decisionAt(this.#lines[line], from);
      return found && { text: found.text, range: { start: { line, character: found.start }, end: { line, character: found.start + found.text.length } } };
    };
    const onHeading = this.#decisionFrom.get(r);
    if (onHeading) {
      const found = at(onHeading.line, onHeading.character);
      if (found) return found;
    }
    const inLabel = this.#decisionInLabel.get(r);
    if (inLabel) {
      const found = at(inLabel.line, inLabel.character);
      if (found) return found;
    }
    const body = r.bodyParagraphs[0];
    // A reply that opens on its row or its label's line and goes on below it, where a wrap cut it ("… (Para 18) Not" /
    // "accepted. Pay is …", "Government response: Not" / "agreed. …"): its decision is read across the cut, and the line
    // below, which goes on its sentence, opens none of its own.
    if (r.leadRange && body !== undefined) {
      const cut = this.#decisionAcrossCut(r.leadRange, this.#paragraphs[body].lines[0]);
      if (cut !== undefined) return cut || undefined;
    }
    // (After the Government's own number for the paragraph: "6. Accepted. …"; or after a dash, as a recommendation's
    // heading gives the decision after its citation and a wrap put it on a line of its own: "– Partially accepted".)
    const opening = body === undefined ? undefined : at(this.#paragraphs[body].lines[0], this.#decidedAt.get(body) ?? this.#paragraphs[body].wordsFrom ?? dashLead(this.#lines[this.#paragraphs[body].lines[0]]));
    if (opening) return opening;
    // Under a heading that only names the recommendation it answers ("Recommendation 1" / "Accepted. …"): the words'
    // first line, in its paragraph or the next.
    if (body !== undefined && this.#answering.has(body) && !this.#decidedAt.has(body)) {
      const under = this.#paragraphs[body].lines[1] ?? (r.bodyParagraphs.length > 1 ? this.#paragraphs[r.bodyParagraphs[1]].lines[0] : undefined);
      const found = under === undefined ? undefined : at(under, 0);
      if (found) return found;
    }
    // A status line among its words ("Status: Not accepted", "Decision: Agreed"), as a tracker's entry closes with one:
    // a paragraph's first line or its last (a line of its own, with or without a blank line before it), or its second
    // under a field ("Target date: Spring 2026", "Update: …" / "Status: Implemented"); or among the fields before its
    // label.
    for (const i of [...r.bodyParagraphs, ...(this.#fieldsOf.get(r) ?? [])]) {
      const lines = this.#paragraphs[i].lines;
      const second = lines.length > 2 && opensWithField(this.#lines[lines[0]]) ? [lines[1]] : [];
      for (const line of lines.length > 1 ? [lines[0], ...second, lines[lines.length - 1]] : lines) {
        const label = statusLabelEnd(this.#lines[line]);
        const found = label < 0 ? undefined : at(line, label);
        if (found) return found;
      }
    }
    // The decision beside the number on the heading of the recommendation it answers ("Recommendation 2 (Not accepted)").
    for (const a of r.answers) {
      const line = this.#recommendations[a].range.start.line;
      const label = decidedLabel(this.#lines[line]);
      const found = label && at(line, label.decisionAt);
      if (found) return found;
    }
    return undefined;
  }

  #addAnnotation(index: number): void {
    const p = this.#paragraphs[index];
    const m = this.#meaning(index);
    if (m.role !== 'annotation') return;
    this.#annotations.push({
      kind: m.kind,
      target: m.target,
      value: m.value,
      range: p.range,
      line: p.lines[0],
      recommendation: m.kind === 'report' ? undefined : this.#owner,
    });
    this.#annotationTargets.push({ label: m.targetLabel, paragraph: m.targetParagraph });
  }

  /**
   * A converter that renumbers every item of a list "1." leaves every recommendation of a part numbered 1: then each
   * one's number is its place in the part (its label stays as written). Under headings, a "1." after each is a
   * numbering that restarts in each chapter, not a list renumbered: only those under one heading are counted together.
   */
  #numberRenumberedLists(): void {
    const byPart = new Map<string, Recommendation[]>();
    this.#recommendations.forEach((r, i) => {
      const key = `${r.part ?? -1}:${this.#sectionOf[i]}`;
      const list = byPart.get(key);
      if (list) list.push(r);
      else byPart.set(key, [r]);
    });
    for (const recs of byPart.values()) {
      if (recs.length < 2 || !recs.every((r) => r.number === 1 && r.label === '1')) continue;
      recs.forEach((r, k) => (r.number = k + 1));
      this.#layouts.add('renumbered-list');
    }
  }

  /** An annotation that names its recommendation ("@note[R12]", "[Paragraph 34]") belongs to that one. */
  #resolveAnnotationTargets(): void {
    this.#annotations.forEach((a, k) => {
      if (a.target === undefined) return;
      const { label, paragraph } = this.#annotationTargets[k];
      let found = -1;
      if (label !== undefined) {
        // The recommendation with that number in the part where the note stands, else the first anywhere.
        const part = this.#partAt(a.line);
        const matches = (r: Recommendation) => r.label.toLowerCase() === label || String(r.number) === label;
        found = this.#recommendations.findIndex((r) => matches(r) && r.part === part);
        if (found < 0) found = this.#recommendations.findIndex(matches);
      } else if (paragraph !== undefined) found = this.#byParagraph.get(paragraph)?.[0] ?? -1;
      a.recommendation = found >= 0 ? found : undefined;
      a.unresolvedTarget = found < 0;
    });
  }

  #partAt(line: number): number | undefined {
    for (let k = this.#parts.length - 1; k >= 0; k--) if (this.#parts[k].selectionRange.start.line <= line) return k;
    return undefined;
  }

  /** A heading with no text before the next heading is answered by that next heading's text. */
  #markJointHeadings(): void {
    for (let i = this.#responses.length - 2; i >= 0; i--) {
      const r = this.#responses[i];
      const next = this.#responses[i + 1];
      if (r.kind !== 'plain' && r.bodyParagraphs.length === 0 && !(r.kind === 'heading' && r.headingTitle) && next.group === r.group && next.kind !== 'plain') {
        r.jointWith = next.jointWith ?? i + 1;
      }
    }
  }
}

/** How the user said a paragraph is to be read. */
type Correction = { kind: 'rec'; number?: number; label?: string } | { kind: 'answers'; numbers: number[] } | { kind: 'not-rec' };

/** The correction an annotation makes ("@rec: 12a", "@answers: 4 and 5", "@not-a-recommendation"); undefined when its words make none. */
function correctionOf(kind: AnnotationKind, value: string): Correction | undefined {
  if (kind === 'not-a-recommendation') return { kind: 'not-rec' };
  if (kind === 'answers') {
    const numbers = expandNumberList(value.replace(/\b(?:R|Rec\.?|Recommendations?)\s*/gi, ''));
    return numbers.length ? { kind: 'answers', numbers } : undefined;
  }
  const m = /^\s*(?:R|Rec\.?|Recommendation)?\s*((\d{1,4})(?:\.\d{1,2})?(?:[a-z]|\([a-z]{1,4}\))?)?\s*$/i.exec(value);
  if (!m) return undefined;
  return m[1] ? { kind: 'rec', number: Number(m[2]), label: m[1] } : { kind: 'rec' };
}

/** What a paragraph means once corrected: a recommendation (numbered as the user said), plain words, or the start of a response. */
function corrected(state: LineState, p: Paragraph, read: Meaning, c: Correction): Meaning {
  if (c.kind === 'rec') {
    const base = read.role === 'recommendation' ? read : recommendationMeaning(state, p);
    return { ...base, number: c.number, label: c.label, certain: true };
  }
  const text = read.role === 'body' ? read : (TEXT_RULE.read(state, p, 0) as BodyMeaning);
  return c.kind === 'answers' ? { ...text, answers: c.numbers } : text;
}

/** Whether a recommendation is a lettered part of its number: "3(a)", "3b". */
const isLetteredPart = (rec: Recommendation) => rec.label !== undefined && LETTERED_PART.test(rec.label);
const LETTERED_PART = /^\d{1,4}(?:\([a-z]{1,4}\)|[a-z])$/;

/** A dash and the spaces after it opening a line ("– Accepted"), as a separator before a decision: where the words start. */
function dashLead(line: string): number {
  return DASH_LEAD.exec(line)?.[0].length ?? 0;
}
const DASH_LEAD = /^[ \t]*[-–—][ \t]+/;

/**
 * How a line's number is written, as the numbering of a list is kept: what stands before its digits ("R" for "R1.",
 * "R.1" or "**R2.**", "No" for "No. 3", "" for "4." or "**4.**": a space, bold or a stop between them changes
 * nothing), and a colon after them ("1:" is not written as "2." is; a stop, a bracket or a part, "1(a)", are alike).
 */
function numberForm(line: string): string {
  let form = '';
  for (let i = 0; i < line.length && i < MAX_NUMBER_FORM; i++) {
    const c = line.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      while (i < line.length && line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
      return line.charCodeAt(i) === 58 ? `${form}:` : form;
    }
    if (c !== 32 && c !== 9 && c !== 42 && c !== 46) form += line[i];
  }
  return form;
}
/** How far into a line its number's digits may stand. */
const MAX_NUMBER_FORM = 12;
