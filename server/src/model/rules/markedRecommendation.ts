// "**The Department should publish a recruitment strategy within six months.**", then the reply in plain words: a
// response (often a web page's) that sets each recommendation apart by how it is written — in bold, in italics or in
// quotation marks — with no number and no citation, its reply in the paragraphs after it (or, in bold, after the bold
// on its line). A reply may stress a sentence so too, so a paragraph is claimed only in a document where no other
// layout found a recommendation and two paragraphs or more are set apart so, each with words that recommend and its
// reply; then each so set apart is one, answered or not. Numbered by its place.
import { afterIndent } from '../lines';
import { recommendationMeaning, recommends, replyAfterBold } from '../recommendationBlock';
import type { LineState } from '../state';
import type { Paragraph } from '../types';
import { opensWithDecision } from '../verdicts';
import type { BlockRule } from './types';
import { defineRule, nextIndex, oncePerVersion, whereNoOtherLayoutRecommends } from './types';

const NAME = 'marked-recommendation';

/** The marks a paragraph may stand between, the opening one first: bold, italics, quotation marks. */
const MARKS: readonly (readonly [string, string])[] = [
  ['**', '**'],
  ['__', '__'],
  ['*', '*'],
  ['_', '_'],
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
];

const BOLD = MARKS[0];

/** Whether a character opens one of them: * _ “ " ‘. */
const opens = (c: number) => c === 42 || c === 95 || c === 0x201c || c === 34 || c === 0x2018;

/** The most lines a recommendation so written is read over (a longer paragraph is not one). */
const MAX_LINES = 12;
/** Words it needs: a sentence, not a heading in bold. */
const MIN_WORDS = 6;

/**
 * The marks `p` stands between as a whole, its opening one at its first line's start and its closing one at its last
 * line's end (a full stop may follow), with no closing mark between them: undefined when it is not so set apart.
 */
function marksOf(state: LineState, p: Paragraph): readonly [string, string] | undefined {
  if (p.lines.length > MAX_LINES) return undefined;
  // Most paragraphs are settled by their first character.
  const line = state.lines[p.lines[0]];
  const at = afterIndent(line);
  if (!opens(line.charCodeAt(at))) return undefined;
  const first = line.slice(at);
  const last = state.lines[p.lines[p.lines.length - 1]].trimEnd().replace(/[.:]$/, '');
  const marks = MARKS.find(([open]) => first.startsWith(open));
  if (!marks) return undefined;
  const [open, close] = marks;
  if (!last.endsWith(close)) return undefined;
  const inner = p.lines.map((l) => state.lines[l]).join(' ').trim();
  const body = inner.slice(open.length, inner.lastIndexOf(close));
  // Bold or italics closed before the end ("**Agreed.** The Department … **now**") set apart only some words.
  if (!body.trim() || (open === close && open !== '"' && body.includes(close.charAt(0)))) return undefined;
  return marks;
}

/**
 * How `p` is set apart, where it recommends and does not open as a reply does: 'whole' (between its marks), or
 * 'with reply' (its words in bold, its reply after them: "**The Department should …** The Government agrees.").
 */
function apartAs(state: LineState, p: Paragraph): 'whole' | 'with reply' | undefined {
  if (p.kind !== 'text') return undefined;
  const whole = marksOf(state, p);
  const marks = whole ?? (replyAfterBold(state, p, 0) ? BOLD : undefined);
  if (!marks) return undefined;
  const words = p.lines.reduce((n, l) => n + state.lines[l].split(/\s+/).filter(Boolean).length, 0);
  if (words < MIN_WORDS || !recommends(state, p)) return undefined;
  if (opensWithDecision(state.lines[p.lines[0]].trimStart().slice(marks[0].length))) return undefined;
  return whole ? 'whole' : 'with reply';
}

/**
 * Whether the version has two such paragraphs or more, each with its reply: a plain paragraph after it, or the words
 * after its bold. One alone may be a reply's stress, and a run of them with none between a list of points.
 */
const severalApart = oncePerVersion((state) => {
  let found = 0;
  const ps = state.paragraphs;
  for (let i = 0; i < ps.length && found < 2; i++) {
    // (The paragraph first: the walk to the next over annotations is made only from one set apart.)
    const apart = apartAs(state, ps[i]);
    if (!apart) continue;
    const next = ps[nextIndex(ps, i)];
    if (apart === 'with reply' || (next !== undefined && next.kind === 'text' && marksOf(state, next) === undefined)) found++;
  }
  return found >= 2;
});

const rule: BlockRule = defineRule({
  name: NAME,
  describes: 'recommendations with no number or citation, set apart in bold, italics or quotation marks, each followed by its reply',
  rank: 1090,
  firstChars: '',
  props: { startsRecommendation: true, labelled: true, readAs: 'recommendation' },
  start: () => undefined,
  claims(state, p) {
    return apartAs(state, p) !== undefined && severalApart(state);
  },
  claimsHere: whereNoOtherLayoutRecommends(NAME),
  read: (state, p) => recommendationMeaning(state, p),
  examples: [
    'Government response to the Education Committee\n\n## Recruitment\n\n**The Department should publish a recruitment strategy for shortage subjects within six months.**\n\nThe Government agrees. We will publish the strategy in March.\n\n**The Department should extend bursaries to all trainee teachers of physics.**\n\nThe Government does not accept this recommendation.\n',
  ],
});
export default rule;
