// Commitments: what the Government promises in its responses, by when. A sentence of a response commits when someone
// who answers (we, the Government, a department, NHS England …) says they will do something ("we will publish",
// "the Department intends to consult"); a sentence that only continues existing work ("we will continue to …") does
// not. Its due date is read from the words ("in June 2026", "by Autumn 2020", "within six months", "later in the
// year", "2025-26") as a range of days, resolved against the response's own date where the words are relative.
// A Treasury Minute's "Target implementation date" is a commitment of its recommendation. Pure: text in, plain out.
import { previousVersion, SETTLING_KINDS, type Range, type Report } from '../model';
import { paragraphWords } from '../model/paragraphs';
import { BODY_KINDS, publicBody } from '../model/patterns';
import { addMonths, DAY_MS, MONTHS, responseDates } from './dates';
import { csvCell, markdownText } from './inert';
import { escapeMarkdown } from './markdown';
import { joinWords, ownWords, type OwnWords } from './responseText';

export interface DueRange {
  /** The first and last day it may fall on (UTC midnight, in ms). */
  from: number;
  to: number;
  /** The words it was read from ("Autumn 2020"). */
  text: string;
}

export interface Commitment {
  /** The response it is in (-1: the response's introduction, before the recommendations), and the recommendations that response answers. */
  response: number;
  recommendations: number[];
  sentence: string;
  /** Who commits: "we", "the Government", "NHS England". */
  who: string;
  /** What they will do: "publish a consolidated programme". */
  action: string;
  due?: DueRange;
  /** Where the due date's words are (or the sentence's start when it has none, or they could not be placed). */
  range: Range;
  /** The paragraph it is in (-1: a Treasury Minute's target line), whose settling annotations follow it. */
  paragraph: number;
  /** The line after which a settling annotation goes: the paragraph's last. */
  endLine: number;
}

export type CommitmentState = 'kept' | 'missed' | 'progress' | 'overdue' | 'due' | 'no date';

export interface CommitmentStatus {
  state: CommitmentState;
  /** What the settling annotation says ("published 3 Dec 2020"). */
  said?: string;
}

const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December)';
const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, eighteen: 18, a: 1 };

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m, d);
/** The last day of month `m` (0-based) of year `y`. */
const lastDay = (y: number, m: number) => Date.UTC(y, m + 1, 1) - DAY_MS;
const yearOf = (t: number) => new Date(t).getUTCFullYear();

/**
 * A department's or ministry's name after "for" or "of": up to nine words ("Digital, Culture, Media and Sport",
 * "Levelling Up, Housing and Communities"). Bounded, because who promises is read backwards from the promising word:
 * an open-ended name let every failed reading run back to the window's start, three times over.
 */
const NAME = String.raw`[A-Z][\w&'-]*(?:,? [\w&'-]+){0,8}`;
/**
 * Who answers a committee: "we", the Government, a department, an agency or regulator, a devolved government; with
 * a department's or ministry's name after it (`named`) or without.
 */
const who = (named: boolean) =>
  String.raw`(?:we|I|the (?:UK |Welsh |Scottish )?Government|the Department${named ? String.raw`(?: (?:for|of) ${NAME})?` : ''}|the Ministry${named ? String.raw`(?: of ${NAME})?` : ''}|(?:the )?(?:Welsh|Scottish) Ministers|Ministers|the Secretary of State|(?:the )?(?:DfE|DHSC|DWP|DfT|DESNZ|DEFRA|Defra|DCMS|DSIT|DBT|FCDO|MHCLG|MoD|MoJ|HMT|HM Treasury|HMRC|HMPPS|Home Office|Cabinet Office|Treasury)|NHS England|Ofsted|Ofqual|Ofgem|Ofwat|Ofcom|the CQC|UKHSA|the Agency|the Regulator|${BODY})`;
/**
 * A public body named by what it is ("the Environment Agency"): as the pattern matches in any case, any words before
 * "service" or "council" would do ("demand for the service will grow"); who promises is kept only where its capitals
 * name a body (publicBody, in its own case, at the end of what matched: see properWho).
 */
const BODY = String.raw`(?:the |HM )?(?:[A-Z][\w&'-]*\s+(?:(?:and|of|for)\s+)?){1,4}(?:${BODY_KINDS})`;
const ENDS_AS_BODY = new RegExp(String.raw`\b(?:${BODY_KINDS})$`, 'i');
const CASED_BODY = new RegExp(`${publicBody('[Tt]he')}$`);

/**
 * Who promises as matched, or where it ends with what a body is, the body its capitals name ("Funding for the Care
 * Quality Commission" → "the Care Quality Commission"); undefined where none does ("demand for the service").
 */
function properWho(who: string): string | undefined {
  // A department's or ministry's name in capitals (the pattern reads any case): "the Ministry of Justice consulted in
  // May and" is no one's name.
  const office = NAMED_OFFICE.exec(who);
  if (office && !PROPER_NAME.test(office[1])) return undefined;
  if (!ENDS_AS_BODY.test(who) || /^the agency$/i.test(who)) return who;
  return CASED_BODY.exec(who)?.[0];
}
/** A department or ministry named after "of" or "for" (group 1: its name), and a name's words in capitals ("and", "of" between). */
const NAMED_OFFICE = /^(?:the )?(?:Department|Ministry) (?:of|for) (.+)$/i;
const PROPER_NAME = /^[A-Z][\w&'-]*(?:,? (?:and|of|for|the|[A-Z][\w&'-]*))*$/;
/** What may stand between who promises and the promise: "we agree and will", "the Government also intends to". */
const BETWEEN = String.raw`\s+(?:(?:agrees?|accepts?|welcomes?)\s+(?:this\s+(?:recommendation\s+)?|the\s+recommendation\s+)?and\s+)?(?:also\s+|now\s+|then\s+|therefore\s+|shortly\s+)?`;

/**
 * A pattern in two forms: with departments' and ministries' names, and without, for a window with neither word in
 * it (most), where reading every would-be name backwards (three times the work of the rest) cannot find one. Both
 * forms read the same in such a window, so which is used changes nothing but the time.
 */
interface Twin {
  named: RegExp;
  plain: RegExp;
}
const twin = (source: (named: boolean) => string, flags: string): Twin => ({ named: new RegExp(source(true), flags), plain: new RegExp(source(false), flags) });
const NAMING = /department|ministry/i;
const formFor = (t: Twin, window: string): RegExp => (NAMING.test(window) ? t.named : t.plain);

/**
 * A promise, matched where its promising word stands (sticky), with who promises read backwards from there (a
 * lookbehind): 1 who, 2 "is"/"are" (which "committed to" and "going to" need, and the others must not have), 3 the
 * action. Matched only at the promising words already found, never tried at every position of a sentence.
 */
const COMMITS_AT = twin(
  (named) =>
    String.raw`(?<=(?:^|[^\w])(${who(named)})${BETWEEN}((?:is|are)\s+)?)(?:will|shall|intends? to|plans? to|aims? to|expects? to|committed to|commits? to|undertakes? to|going to)\s+(?:also\s+|now\s+|then\s+|shortly\s+|further\s+)?((?!continue\b|keep\b|remain\b|be\s+(?:able|happy|pleased|glad|interested|grateful)\b|not\b|need\b|want\b|have\b|see\b)[a-z][\w-]*(?:\s+[^\s.;:]+){0,7})`,
  'iy',
);
/**
 * The words that promise, found where they end: the "ll" of will and shall, and the "to" after intends, plans, aims,
 * expects, commit(s/ted), undertakes and going (the only way those promise). Beginning with a fixed pair of letters
 * lets the search skip through the text: looking for the ten words themselves took four times as long.
 */
const PROMISING = /ll(?!\w)(?<=\b(?:[wW]i|[sS]ha)ll)|to(?!\w)(?<=\b(?:[iI]ntends?|[pP]lans?|[aA]ims?|[eE]xpects?|[cC]ommit(?:ted|s)?|[uU]ndertakes?|[gG]oing)[\s>]+to)/g;
const NEEDS_IS = /^(?:committed|going)\b/i;

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Where the words that promise begin in `text`. */
function modalsIn(text: string): number[] {
  const at: number[] = [];
  PROMISING.lastIndex = 0;
  for (let m = PROMISING.exec(text); m; m = PROMISING.exec(text)) {
    let i = m.index;
    // From "to" back over the gap (only spaces and ">", as matched) to the word it follows; then to that word's start.
    if (text.charCodeAt(i) === 116 /* t */) for (i--; i > 0 && !isLetter(text.charCodeAt(i)); ) i--;
    while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
    at.push(i);
  }
  return at;
}

/** How far before the promising word who promises may begin, and how far after it the action may run. */
const WHO_REACH = 160;
const ACTION_REACH = 220;
/** Words that state an aim rather than an undertaking. */
const ASPIRATION = /\b(?:committed to|aims? to)\b/i;
/** A sentence that only goes on with what is already done, or hedges, commits to nothing new. */
const NOT_NEW = /\b(?:will|shall) continue\b|\bcontinues? to\b|\bwould\b|\bmay\b|\bcould\b|\bif\b/i;

interface DateRule {
  re: RegExp;
  /** Whether its words hold a year's four digits: passed over in a sentence without them (most). */
  year?: true;
  resolve(m: RegExpExecArray, anchor: number): { from: number; to: number } | undefined;
}

const SEASONS: Record<string, [number, number]> = { spring: [2, 4], summer: [5, 7], autumn: [8, 10], winter: [11, 13] };
const ORDINAL: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };

/** The date forms understood, most specific first. `anchor` is the response's date, for relative ones. */
const DATE_RULES: DateRule[] = [
  // 3 December 2020
  { year: true, re: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}\s+(\d{4})\b`, 'gi'), resolve: (m) => ({ from: utc(+m[3], MONTHS.indexOf(m[2].toLowerCase()), +m[1]), to: utc(+m[3], MONTHS.indexOf(m[2].toLowerCase()), +m[1]) }) },
  // the 2025-26 financial year, financial year 2025/26, 2025-26
  {
    year: true,
    re: /\b(?:the\s+)?(?:(financial|academic|school)\s+year\s+)?(20\d{2})\s*[-–/]\s*(\d{2}|20\d{2})\b(?:\s+(financial|academic|school)\s+year)?/gi,
    resolve: (m) => {
      const start = +m[2];
      const end = m[3].length === 2 ? Math.floor(start / 100) * 100 + +m[3] : +m[3];
      if (end !== start + 1) return undefined;
      const academic = /academic|school/i.test(m[1] ?? m[4] ?? '');
      return academic ? { from: utc(start, 8, 1), to: lastDay(end, 7) } : { from: utc(start, 3, 1), to: lastDay(end, 2) };
    },
  },
  // June 2026, (by) the end of June 2026
  { year: true, re: new RegExp(String.raw`\b${MONTH}\s+(\d{4})\b`, 'gi'), resolve: (m) => ({ from: utc(+m[2], MONTHS.indexOf(m[1].toLowerCase())), to: lastDay(+m[2], MONTHS.indexOf(m[1].toLowerCase())) }) },
  // (early / late) Autumn 2020, the summer of 2025
  {
    year: true,
    re: /\b(?:(early|late|mid)[\s-]+)?(?:the\s+)?(spring|summer|autumn|winter)\s+(?:of\s+)?(20\d{2})\b/gi,
    resolve: (m) => {
      const [a, b] = SEASONS[m[2].toLowerCase()];
      const y = +m[3];
      const from = utc(y, a);
      const to = lastDay(y, b);
      const third = (to - from) / 3;
      if (/early/i.test(m[1] ?? '')) return { from, to: from + third };
      if (/late/i.test(m[1] ?? '')) return { from: to - third, to };
      return { from, to };
    },
  },
  // Q3 2025, the third quarter of 2025
  {
    year: true,
    re: /\b(?:Q([1-4])|(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of)\s+(20\d{2})\b/gi,
    resolve: (m) => {
      const q = m[1] ? +m[1] : ORDINAL[m[2].toLowerCase()];
      return { from: utc(+m[3], 3 * (q - 1)), to: lastDay(+m[3], 3 * q - 1) };
    },
  },
  // (by) the end of 2026, (early / later in) 2026
  {
    year: true,
    re: /\b(?:(?:by\s+)?the\s+(end|start|beginning|middle)\s+of\s+|(early|late|later\s+in|mid)[\s-]+)?(20\d{2})\b/gi,
    resolve: (m) => {
      const y = +m[3];
      const where = (m[1] ?? m[2] ?? '').toLowerCase();
      if (where === 'end') return { from: utc(y, 9), to: lastDay(y, 11) };
      if (where === 'start' || where === 'beginning' || where === 'early') return { from: utc(y, 0), to: lastDay(y, 3) };
      if (where === 'middle' || where === 'mid') return { from: utc(y, 4), to: lastDay(y, 7) };
      if (where.startsWith('late')) return { from: utc(y, 8), to: lastDay(y, 11) };
      return { from: utc(y, 0), to: lastDay(y, 11) };
    },
  },
  // within six months (of …), in the next three months
  {
    re: /\b(?:within|in\s+the\s+next|over\s+the\s+next|in)\s+(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a)\s+(week|month|year)s?\b/gi,
    resolve: (m, anchor) => {
      const n = /^\d/.test(m[1]) ? +m[1] : NUMBER_WORDS[m[1].toLowerCase()];
      const unit = m[2].toLowerCase();
      const to = unit === 'week' ? anchor + 7 * n * DAY_MS : addMonths(anchor, unit === 'month' ? n : 12 * n);
      return { from: anchor, to };
    },
  },
  // later in the year, by the end of the year, this year, early next year, next year, in the coming months
  {
    re: /\b(?:(later|early|by the end of|before the end of|at the end of|the end of)\s+)?(?:in\s+|of\s+)?(this|the|next)\s+(year|summer|autumn|spring|winter)\b|\bin\s+the\s+coming\s+(weeks|months)\b/gi,
    resolve: (m, anchor) => {
      const y = yearOf(anchor);
      if (m[4]) return { from: anchor, to: m[4].toLowerCase() === 'weeks' ? anchor + 8 * 7 * DAY_MS : addMonths(anchor, 6) };
      const next = m[2].toLowerCase() === 'next';
      const unit = m[3].toLowerCase();
      if (unit !== 'year') {
        const [a, b] = SEASONS[unit];
        let sy = next ? y + 1 : y;
        if (!next && utc(sy, a) < anchor && lastDay(sy, b) < anchor) sy++;
        return { from: utc(sy, a), to: lastDay(sy, b) };
      }
      const target = next ? y + 1 : y;
      const when = (m[1] ?? '').toLowerCase();
      if (when === 'early') return { from: utc(target, 0), to: lastDay(target, 3) };
      if (when === 'later' || /end/.test(when)) return { from: next ? utc(target, 0) : anchor, to: lastDay(target, 11) };
      return { from: next ? utc(target, 0) : anchor, to: lastDay(target, 11) };
    },
  },
];

const DATE_WORD = /\d|week|month|year|spring|summer|autumn|winter/i;
const YEAR = /\d{4}/;

/** The due range a piece of text names, the earliest-ending of the forms found, or undefined when it names none. */
export function dueIn(text: string, anchor: number, since?: number): (DueRange & { index: number }) | undefined {
  // Every form has a digit or one of these words: most sentences have none, and are passed over at once.
  if (!DATE_WORD.test(text)) return undefined;
  const year = YEAR.test(text);
  for (const rule of DATE_RULES) {
    if (rule.year && !year) continue;
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      const r = rule.resolve(m, anchor);
      // A date over before the response was written says when something was done, not when a promise falls due ("The
      // Ministry consulted in November 2010 and will publish its response shortly").
      if (r && !(since !== undefined && r.to < since)) {
        // "by June 2026": any day up to its end.
        const by = /^(?:by|before)\b/i.test(m[0].trim()) || /\b(?:by|before|no later than)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.index - 20), m.index));
        return { from: by ? Math.min(anchor, r.from) : r.from, to: r.to, text: m[0].trim(), index: m.index };
      }
    }
  }
  return undefined;
}

/** Whether a character ends a sentence when a space or the text's end follows it: a full stop, "!" or "?". */
const isStop = (c: number) => c === 46 || c === 33 || c === 63;
/** Whether a character is white space, as `\s` reads it (asked of the pattern only past ASCII, where it is rare). */
const SPACE = /\s/;
const isSpace = (c: number) => (c <= 32 ? c === 32 || (c >= 9 && c <= 13) : c > 127 && SPACE.test(String.fromCharCode(c)));
/** Whether a sentence of `text` ends at `i`: after a full stop, "!" or "?" (or a run of them) that a space or the end follows ("e.g." and "3.5" go on). */
const endsAt = (text: string, i: number) => isStop(text.charCodeAt(i - 1)) && (i === text.length || isSpace(text.charCodeAt(i)));

/**
 * The sentences of `words` that hold the promising words at `at` (in order), each with its promising words' offsets
 * in it: from the end of the sentence before (never further back than the last one found) to its own end. Each
 * character is read at most twice, however long the paragraph, and a paragraph is not split into sentences it has no
 * promise in.
 */
export function sentencesAt(words: string, at: readonly number[]): { text: string; modals: number[] }[] {
  const out: { text: string; modals: number[] }[] = [];
  let done = 0;
  for (let k = 0; k < at.length; ) {
    let start = at[k];
    while (start > done && !endsAt(words, start)) start--;
    // A sentence begins with its first character that is not a stop; its words, with the spaces about them left out.
    while (start < words.length && isStop(words.charCodeAt(start))) start++;
    let end = Math.max(start + 1, at[k]);
    while (end < words.length && !endsAt(words, end)) end++;
    done = end;
    const raw = words.slice(start, end);
    const text = raw.trim();
    const from = start + (raw.length - raw.trimStart().length);
    const modals: number[] = [];
    for (; k < at.length && at[k] < end; k++) if (at[k] >= from) modals.push(at[k] - from);
    if (modals.length && text) out.push({ text, modals });
  }
  return out;
}

/** The commitment `sentence` makes, if it makes one. */
export function commitmentIn(sentence: string, anchor: number): Pick<Commitment, 'who' | 'action' | 'due'> | undefined {
  return commitmentAt(sentence, modalsIn(sentence), anchor);
}

/** The commitment `sentence` makes at the first of its promising words (at `modals`) that makes one. */
function commitmentAt(sentence: string, modals: readonly number[], anchor: number, since?: number): Pick<Commitment, 'who' | 'action' | 'due'> | undefined {
  for (const at of modals) {
    // Read within reach of the word: a sentence with no full stop for pages cannot make this slow.
    const from = Math.max(0, at - WHO_REACH);
    const window = sentence.slice(from, at + ACTION_REACH);
    const commits = formFor(COMMITS_AT, window);
    commits.lastIndex = at - from;
    const m = commits.exec(window);
    if (!m || (m[2] !== undefined) !== NEEDS_IS.test(m[0])) continue;
    const promiser = properWho(m[1]);
    if (promiser === undefined) continue;
    const who = window.lastIndexOf(promiser, at - from);
    if (NOT_NEW.test(window.slice(who, m.index + m[0].length + 10))) continue;
    const found = commitmentOf(sentence, promiser, m[0], m[3], anchor, since);
    if (found) return found;
  }
  return undefined;
}

/** The commitment of a promise matched (`promise` is its words from the promising word on, `action` what is promised). */
function commitmentOf(sentence: string, who: string, promise: string, action: string, anchor: number, since?: number): Pick<Commitment, 'who' | 'action' | 'due'> | undefined {
  const due = dueIn(sentence, anchor, since);
  // "We are committed to improving …", "we aim to ensure …": an aim, unless it comes with a date.
  if (!due && ASPIRATION.test(promise)) return undefined;
  // The action stops where its date begins.
  const dateAt = due ? action.indexOf(due.text.split(/\s+/)[0]) : -1;
  if (dateAt > 0) action = action.slice(0, dateAt);
  // …and at a clause that only says more about it.
  action = action.split(/,|\s+(?:as part of|including|so that|which|in order to|with a view to|because)\b/i)[0];
  for (let before = ''; before !== action; ) {
    before = action;
    action = action.replace(/\s+(?:by|in|before|within|during|from|at|on|of|to|for|and|or|with|later|early|this|next|the|a|an)\s*$/i, '').replace(/[,\s]+$/, '');
  }
  return { who: /^we$/i.test(who) ? 'we' : who.replace(/^the\s+/i, (t) => t.toLowerCase()), action, ...(due ? { due: { from: due.from, to: due.to, text: due.text } } : {}) };
}

const cache = new WeakMap<Report, Commitment[]>();
/** Each version's commitments by the first line of the paragraph they are in (empty for a paragraph with none), and the date relative words were read against. */
const byParagraph = new WeakMap<Report, { anchor: number; found: Map<number, readonly Commitment[]> }>();

/** The date relative words are read from: the response's own date, else `now`. */
export function anchorOf(report: Report, now: number): number {
  return responseDates(report).received?.time ?? now;
}

/**
 * Every commitment of the report's responses, in document order. Found once per version; after an edit, a paragraph
 * whose lines the edit left alone takes its commitments from the version before (moved with its lines), so a keystroke
 * reads again only the paragraph it touched.
 */
export function findCommitments(report: Report, now: number = Date.now()): Commitment[] {
  const found = cache.get(report);
  if (found) return found;
  const anchor = anchorOf(report, now);
  // The response's own date, when it gives one: no promise in it falls due before it.
  const since = responseDates(report).received?.time;
  const out: Commitment[] = [];
  const before = previousVersion(report);
  const old = before && byParagraph.get(before.report);
  const reuse = old && old.anchor === anchor ? { map: before!.map, found: old.found } : undefined;
  const mine = new Map<number, readonly Commitment[]>();
  // The response's own introduction, before the first recommendation, makes promises too ("we will write again to the
  // Committee later in the year"): from the heading that begins the Government's response.
  const first = report.recommendations[0]?.range.start.line ?? 0;
  let from = -1;
  // (A heading is short: the long lines of the front matter's paragraphs are not tried.)
  for (let line = 0; line < first; line++) if (report.lines[line].length <= HEADING_LENGTH && INTRODUCTION.test(report.lines[line])) from = line;
  const read = (index: number, response: number, recommendations: number[], words?: string, promises?: number[]) => {
    const paragraph = report.paragraphs[index];
    const first = paragraph.lines[0];
    const taken = reuse && takenFrom(reuse, paragraph.lines);
    let list: readonly Commitment[];
    if (taken) list = taken.map((c) => moved(c, first - reuse!.map(first), index, response, recommendations));
    else {
      if (words === undefined) promises = promisesIn((words = paragraphWords(report.lines, paragraph)));
      list = promises!.length ? collect(report, index, words, promises!, response, recommendations, anchor, since) : NONE;
    }
    mine.set(first, list);
    out.push(...list);
  };
  /**
   * Reads paragraphs whose words `own` holds (joined once, for the stance too): without a version to take from, the
   * joined words are searched in one pass and each paragraph gets the promises that stand in its words.
   */
  const readAll = (paragraphs: readonly number[], own: () => OwnWords, response: number, recommendations: number[]) => {
    if (reuse) {
      for (const p of paragraphs) read(p, response, recommendations);
      return;
    }
    const { text, starts } = own();
    const promises = promisesIn(text);
    let k = 0;
    paragraphs.forEach((p, n) => {
      const start = starts[n];
      const end = n + 1 < starts.length ? starts[n + 1] - 1 : text.length;
      while (k < promises.length && promises[k] < start) k++;
      const here: number[] = [];
      for (; k < promises.length && promises[k] < end; k++) here.push(promises[k] - start);
      read(p, response, recommendations, here.length ? text.slice(start, end) : '', here);
    });
  };
  if (from >= 0) {
    const introduction: number[] = [];
    for (let i = 0; i < report.paragraphs.length; i++) {
      const line = report.paragraphs[i].lines[0];
      if (line <= from) continue;
      if (line >= first) break;
      introduction.push(i);
    }
    readAll(introduction, () => joinWords(report, introduction), -1, []);
  }
  report.responses.forEach((r, index) => {
    if (r.targetDate) {
      const due = dueIn(r.targetDate.text, anchor);
      // The line as written: "Target implementation date: March 2026", "Timescale: Spring 2026".
      const sentence = report.lines[r.targetDate.range.start.line].replace(/\*\*/g, '').trim();
      out.push({ response: index, recommendations: r.answers, sentence, who: 'the Government', action: 'implement the recommendation', ...(due ? { due: { from: due.from, to: due.to, text: due.text } } : {}), range: r.targetDate.range, paragraph: -1, endLine: r.targetDate.range.end.line });
    }
    if (r.bodyParagraphs.length) readAll(r.bodyParagraphs, () => ownWords(report, index), index, r.answers);
  });
  cache.set(report, out);
  byParagraph.set(report, { anchor, found: mine });
  return out;
}

/** The version before's commitments of a paragraph whose every line the edit left alone (and that was read then). */
function takenFrom(reuse: { map: (line: number) => number; found: Map<number, readonly Commitment[]> }, lines: readonly number[]): readonly Commitment[] | undefined {
  const first = reuse.map(lines[0]);
  if (first < 0) return undefined;
  for (let k = 1; k < lines.length; k++) if (reuse.map(lines[k]) !== first + (lines[k] - lines[0])) return undefined;
  return reuse.found.get(first);
}

/** A commitment of the version before, in this version: its lines moved by `delta`, its paragraph and response as they are now. */
function moved(c: Commitment, delta: number, paragraph: number, response: number, recommendations: number[]): Commitment {
  const at = (p: { line: number; character: number }) => ({ line: p.line + delta, character: p.character });
  return { ...c, response, recommendations, paragraph, range: { start: at(c.range.start), end: at(c.range.end) }, endLine: c.endLine + delta };
}

/** The heading that begins a Government's response ("Appendix: Government Response", "Government Response"), and its longest. */
const INTRODUCTION = /^\W*(?:Appendix\s*\d*:?\s*)?(?:The\s+)?Government(?:'s|’s)?\s+(?:Response|Reply)\s*$/i;
const HEADING_LENGTH = 100;

/**
 * Where a promise is made in `words` (a paragraph's, or several paragraphs' joined): each promising word that who
 * promises stands before (COMMITS_AT, matched at the word in `words` itself, so no sentence is cut out for it). Most
 * promising words follow a word no one who promises ends with ("this will", "it will") and without a department's or
 * ministry's name before them are passed over before the pattern runs. Only the sentences of the promises found are
 * read again, for what is promised and by when.
 */
function promisesIn(words: string): number[] {
  const out: number[] = [];
  for (const at of modalsIn(words)) {
    const named = () => NAMING.test(words.slice(Math.max(0, at - WHO_REACH), at));
    // The plain form where the word before may end who promises; the named one (which also reads all the plain one
    // does) only where a name may stand before.
    if ((PROMISER_LAST_WORDS.has(wordBefore(words, at)) && promisesAt(COMMITS_AT.plain, words, at)) || (named() && promisesAt(COMMITS_AT.named, words, at))) out.push(at);
  }
  return out;
}

/** Whether `commits` matches at the promising word at `at`, with "is" or "are" before it exactly where it needs one. */
function promisesAt(commits: RegExp, words: string, at: number): boolean {
  commits.lastIndex = at;
  const m = commits.exec(words);
  return !!m && (m[2] !== undefined) === NEEDS_IS.test(m[0]);
}

/**
 * The words that may stand just before a promising word when a promise is made, but a department's or ministry's
 * name: the last word of each who (`who(false)`), of what may stand between (BETWEEN), and "is" and "are".
 */
const PROMISER_LAST_WORDS = new Set(
  'we i government department ministry ministers state dfe dhsc dwp dft desnz defra dcms dsit dbt fcdo mhclg mod moj hmt treasury hmrc hmpps office england ofsted ofqual ofgem ofwat ofcom cqc ukhsa agency regulator and also now then therefore shortly is are'.split(' ').concat(BODY_KINDS.toLowerCase().split('|')),
);

/** The word before `at`, over whatever is not a letter before it, in small letters. */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && !isLetter(text.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && isLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end).toLowerCase();
}

/** A paragraph's commitments when it has none (most): one list for all. */
const NONE: readonly Commitment[] = [];

/** The commitments of one paragraph, whose words are `words`, made at the promising words at `promises`. */
function collect(report: Report, index: number, words: string, promises: readonly number[], response: number, recommendations: number[], anchor: number, since: number | undefined): readonly Commitment[] {
  const paragraph = report.paragraphs[index];
  const out: Commitment[] = [];
  for (const s of sentencesAt(words, promises)) {
    const c = commitmentAt(s.text, s.modals, anchor, since);
    if (!c) continue;
    out.push({ response, recommendations, sentence: s.text, ...c, range: placeIn(report, paragraph.lines, c.due?.text) ?? startOf(report, paragraph.lines[0]), paragraph: index, endLine: paragraph.lines[paragraph.lines.length - 1] });
  }
  return out.length ? out : NONE;
}

function startOf(report: Report, line: number): Range {
  const at = report.lines[line].length - report.lines[line].trimStart().length;
  return { start: { line, character: at }, end: { line, character: at } };
}

/** Where `phrase` stands on one of the paragraph's lines (undefined when a line break cuts it). */
function placeIn(report: Report, lines: readonly number[], phrase: string | undefined): Range | undefined {
  if (!phrase) return undefined;
  for (const line of lines) {
    const at = report.lines[line].indexOf(phrase);
    if (at >= 0) return { start: { line, character: at }, end: { line, character: at + phrase.length } };
  }
  return undefined;
}

/** "3 December 2020". */
export function dayText(t: number): string {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()][0].toUpperCase()}${MONTHS[d.getUTCMonth()].slice(1)} ${d.getUTCFullYear()}`;
}

/** "Autumn 2020 → by 30 November 2020", or "Autumn 2020 → 1 September to 30 November 2020". */
export function dueText(due: DueRange): string {
  return `${due.text} → by ${dayText(due.to)}`;
}

/** One commitment as a row of an export: the report it is in, which recommendations, the words and the due range. */
export interface CommitmentRow {
  report: string;
  recommendations: string;
  who: string;
  action: string;
  due: string;
  dueBy: string;
  line: number;
  sentence: string;
}

export function commitmentRows(report: Report, name: string, now: number): CommitmentRow[] {
  return findCommitments(report, now).map((c) => ({
    report: name,
    recommendations: c.recommendations.map((i) => String(report.recommendations[i].number)).join(', '),
    who: c.who,
    action: c.action,
    due: c.due?.text ?? '',
    dueBy: c.due ? isoDay(c.due.to) : '',
    line: c.range.start.line + 1,
    sentence: c.sentence,
  }));
}

/** "2020-11-30". */
export function isoDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

export type CommitmentFormat = 'md' | 'csv' | 'json' | 'ics';
export const COMMITMENT_FORMATS: readonly CommitmentFormat[] = ['md', 'csv', 'json', 'ics'];

/** The commitments of one or more reports, soonest due first (those with no date last), in `format`. */
export function formatCommitments(rows: readonly CommitmentRow[], format: CommitmentFormat, titles: ReadonlyMap<string, string>, now: number): string {
  const sorted = [...rows].sort((a, b) => (a.dueBy || '9999').localeCompare(b.dueBy || '9999') || a.report.localeCompare(b.report) || a.line - b.line);
  if (format === 'json') return JSON.stringify({ commitments: sorted }, null, 2) + '\n';
  if (format === 'csv') {
    const head = ['report', 'recommendations', 'who', 'action', 'due', 'due_by', 'line', 'sentence'];
    return [head.join(','), ...sorted.map((r) => [r.report, r.recommendations, r.who, r.action, r.due, r.dueBy, String(r.line), r.sentence].map(csvCell).join(','))].join('\r\n') + '\r\n';
  }
  if (format === 'ics') return calendar(sorted, titles, now);
  const body = sorted.map((r) => `| ${[r.dueBy || '—', r.due, r.report, r.recommendations, r.who, r.action, r.sentence].map((c) => markdownText(c)).join(' | ')} |`);
  return ['# Commitments', '', '| Due by | Due | Report | Recommendations | Who | Will | Sentence |', '| --- | --- | --- | --- | --- | --- | --- |', ...body, ''].join('\n');
}

/**
 * An iCalendar file (RFC 5545) that Outlook and Google Calendar import: one all-day event on the last day each
 * commitment is due, its description the sentence and the report's title. Text is escaped as the RFC says, lines
 * end with CRLF and are folded at 75 octets.
 */
function calendar(rows: readonly CommitmentRow[], titles: ReadonlyMap<string, string>, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Committee Report//Commitments//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  rows.forEach((r, i) => {
    if (!r.dueBy) return;
    const day = r.dueBy.replace(/-/g, '');
    const next = isoDay(Date.parse(`${r.dueBy}T00:00:00Z`) + DAY_MS).replace(/-/g, '');
    const title = titles.get(r.report) ?? r.report;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${day}-${i}-${hash(`${r.report}|${r.line}|${r.sentence}`)}@committee-report`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${next}`,
      `SUMMARY:${icsText(`Due: ${cap(r.who)} will ${r.action}${r.recommendations ? ` (recommendation${r.recommendations.includes(',') ? 's' : ''} ${r.recommendations})` : ''}`)}`,
      `DESCRIPTION:${icsText(`${r.sentence}\n\n${title} (${r.due}; line ${r.line})`)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** RFC 5545 TEXT: backslash, semicolon and comma escaped, line breaks as \n, control characters left out. */
function icsText(s: string): string {
  return s.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n').replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '');
}

/** A content line folded at 75 octets (UTF-8), never inside a character. */
function fold(line: string): string {
  const bytes = new TextEncoder();
  if (bytes.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = bytes.encode(ch).length;
    if (size + n > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A short stable hash of a string, for event UIDs (FNV-1a). */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16);
}

/**
 * Where each commitment stands today: settled by the "@kept:", "@missed:" or "@progress:" line under its paragraph
 * (the last such line, which speaks for every commitment of that paragraph), else overdue when its last due day has
 * passed, due, or without a date.
 */
export function commitmentStatuses(report: Report, now: number): CommitmentStatus[] {
  // Asked for by the finding, the overview's counts and the views' items of one version: worked out once per day.
  const known = statusCache.get(report);
  if (known && known.now === now) return known.statuses;
  const statuses = statusesOf(report, now);
  statusCache.set(report, { now, statuses });
  return statuses;
}

const statusCache = new WeakMap<Report, { now: number; statuses: CommitmentStatus[] }>();

function statusesOf(report: Report, now: number): CommitmentStatus[] {
  const found = findCommitments(report, now);
  // The settling lines, by the paragraph whose commitments they speak for: the nearest one above them.
  const byEnd = new Map<number, number>();
  found.forEach((c) => byEnd.set(c.endLine, c.paragraph));
  const settled = new Map<number, { kind: string; value: string }>();
  const ends = [...byEnd.keys()].sort((a, b) => a - b);
  for (const a of report.annotations) {
    if (!SETTLING_KINDS.includes(a.kind)) continue;
    let lo = 0;
    let hi = ends.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] < a.line) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (best >= 0) settled.set(byEnd.get(ends[best])!, { kind: a.kind, value: a.value });
  }
  return found.map((c) => {
    const s = settled.get(c.paragraph);
    if (s && (s.kind === 'kept' || s.kind === 'missed')) return { state: s.kind, said: s.value };
    if (!c.due) return s ? { state: 'progress', said: s.value } : { state: 'no date' };
    if (c.due.to < now - DAY_MS + 1) return { state: 'overdue', ...(s ? { said: s.value } : {}) };
    return s ? { state: 'progress', said: s.value } : { state: 'due' };
  });
}

const STATE_WORDS: Record<CommitmentState, string> = { kept: 'kept', missed: 'missed', progress: 'in progress', overdue: 'overdue', due: 'due', 'no date': 'no due date' };

/** The hover on a commitment's date: the range it resolves to, and where it stands today. */
export function commitmentHover(report: Report, pos: { line: number; character: number }, now: number): { contents: { kind: 'markdown'; value: string }; range: Range } | null {
  const found = findCommitments(report, now);
  const i = found.findIndex((c) => c.due && c.range.start.line === pos.line && pos.character >= c.range.start.character && pos.character <= c.range.end.character && c.range.end.character > c.range.start.character);
  if (i < 0) return null;
  const c = found[i];
  const status = commitmentStatuses(report, now)[i];
  const said = status.said ? ` — "${escapeMarkdown(status.said)}"` : '';
  const recs = c.recommendations.length ? ` (recommendation${c.recommendations.length > 1 ? 's' : ''} ${c.recommendations.map((r) => report.recommendations[r].number).join(', ')})` : '';
  const value = `**Commitment**${recs}: ${escapeMarkdown(c.who)} will ${escapeMarkdown(c.action)}\n\n${escapeMarkdown(c.due!.text)} → ${dayText(c.due!.from) === dayText(c.due!.to) ? `on ${dayText(c.due!.to)}` : `by ${dayText(c.due!.to)}`} · **${STATE_WORDS[status.state]}**${said}`;
  return { contents: { kind: 'markdown', value }, range: c.range };
}

/** How many commitments each recommendation carries, and the earliest due day of those with one. */
const byRecommendation = new WeakMap<Report, { count: number; earliest?: number }[]>();

export function commitmentsByRecommendation(report: Report, now: number): { count: number; earliest?: number }[] {
  const cached = byRecommendation.get(report);
  if (cached) return cached;
  const out = report.recommendations.map(() => ({ count: 0 }) as { count: number; earliest?: number });
  for (const c of findCommitments(report, now)) {
    for (const r of c.recommendations) {
      out[r].count++;
      if (c.due && (out[r].earliest === undefined || c.due.to < out[r].earliest!)) out[r].earliest = c.due.to;
    }
  }
  byRecommendation.set(report, out);
  return out;
}
