// "Paragraph 20: Funding for …": a response heading that cites the recommendation's paragraph and quotes its words.
// It answers the recommendations that cite that paragraph (by its words or its place when the number is wrong).
// Where another response heading follows it directly ("DHSC response: …") and no recommendation before it cites its
// paragraph, it heads nothing: it is the recommendation, "Paragraph 12: The Department should …", numbered by its place.
import { endsSentence, MIN_WRAPPED_LINE, startsLowerCase } from '../lines';
import { COMMITTEE_OPENS, PARAGRAPH_LIST, RECOMMENDS, expandParagraphList } from '../patterns';
import { recommendationMeaning } from '../recommendationBlock';
import type { LineState } from '../state';
import { opensInReplyVoice, opensWithAnswerer, opensWithDecision } from '../verdicts';
import type { BlockRule, RecommendationMeaning, ResponseMeaning } from './types';
import { defineRule, firstCitingRecommendation, isResponseKind, nextIndex, oncePerVersion, recommendationOfAnotherRule, started, whereNoOtherLayoutRecommends } from './types';

/**
 * "Paragraph 20:", "Paras 4-6:", "Para. 14:"; or with a full stop and a space after it, "Para 12. …" ("Paragraph 45 –
 * …" is bracketedParagraph's); or a space alone before words that recommend, "Paragraph 34 The Committee recommends …"
 * (group 3), as a table's cells flatten: the words are told by what they say, or by asking ("The Committee asks …",
 * "… calls for …").
 */
const ASKS = /\b(?:asks?|calls? for|invites?)\b/;
/** Words that recommend or ask: what a label's words after a space alone, or wrapped before a capital, must say. */
const recommendsOrAsks = (line: string) => RECOMMENDS.test(line) || ASKS.test(line);
const PARAGRAPH_HEADING = new RegExp(String.raw`^[ \t]*(?:\*\*)?(Para(?:graph)?s?\.?)\s+(${PARAGRAPH_LIST})(?:\s*:|[ \t]*\.(?=\s|\*\*)|([ \t]+)(?=[A-Z][a-z]))(?:\*\*)?\s*`);

const rule: BlockRule = defineRule({
  name: 'paragraph-heading',
  describes: '“Paragraph 20:” response headings',
  rank: 300,
  firstChars: 'P*',
  props: { singleLine: true, heading: true },
  start(line) {
    const m = PARAGRAPH_HEADING.exec(line);
    return m && (m[3] === undefined || recommendsOrAsks(line)) ? started('paragraph-heading', rule, 0) : undefined;
  },
  // Its words a wrap carried onto the next line ("Paragraph 57: The Government must see support for special" /
  // "educational needs …"): a heading's title, or a recommendation's words. Also where the next line opens with a
  // capital ("… that the Scottish" / "Government publishes a plan."), after a line as long as a wrap leaves that
  // recommends or asks ("Paragraph 41 The Committee asks the Scottish" / "Government to clarify …"), when that line does
  // not open as a reply does.
  takes(state, mine, next, first) {
    if (!first || mine.lines.length !== 1 || next.kind !== 'text') return false;
    const line = state.lines[mine.lines[0]];
    const after = state.lines[next.lines[0]];
    if (endsSentence(line)) return false;
    return startsLowerCase(after) || (line.trim().length >= MIN_WRAPPED_LINE && recommendsOrAsks(line) && !opensWithDecision(after) && !opensInReplyVoice(after));
  },
  read(state, p, index): ResponseMeaning | RecommendationMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const m = PARAGRAPH_HEADING.exec(s)!;
    const listStart = s.indexOf(m[2], s.indexOf(m[1]));
    const range = { start: { line, character: Math.max(0, s.indexOf(m[1])) }, end: { line, character: listStart + m[2].length } };
    const citations = expandParagraphList(m[2]).map((paragraph) => ({ paragraph, range }));
    if (headsNothing(state, index, citations, s.slice(m[0].length))) {
      const meaning = recommendationMeaning(state, p);
      return { ...meaning, citations: [...citations, ...meaning.citations], wordsFrom: m[0].length, layout: 'paragraph-label' };
    }
    return {
      role: 'response',
      kind: 'paragraph-heading',
      // Its title runs on over the lines a wrap carried it onto.
      title: [s.slice(m[0].length), ...p.lines.slice(1).map((l) => state.lines[l])].map((l) => l.trim()).join(' ').trim(),
      citations,
      layout: rule.name,
    };
  },
  examples: [
    '1. The Department should fund the reforms in full and without delay. (Paragraph 20)\n\nParagraph 20: Funding for the additional costs of the reforms\n\nWe do not accept the Committee’s finding, and set out our reasons below.\n',
  ],
});
export default rule;

/** Whether no other layout found a recommendation in the version: then a "Paragraph N:" line is no reply's heading. */
const onlyLayout = whereNoOtherLayoutRecommends(rule.name);

/** For each paragraph of the Committee's report that recommendations cite, the first that cites it. */
const citedBy = firstCitingRecommendation(rule.name);

/** The first words of a text, in small letters, as a key: a heading that quotes a recommendation opens with them. */
function opening(s: string): string | undefined {
  // Read from the first characters only: a recommendation's line may run to thousands.
  const words = s.slice(0, OPENING_CHARS).toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words && words.length >= MIN_OPENING ? words.slice(0, MIN_OPENING).join(' ') : undefined;
}
const MIN_OPENING = 5;
const OPENING_CHARS = 120;

/** The openings of the recommendations read by other rules. */
const openings = oncePerVersion((state) => {
  const found = new Set<string>();
  for (const p of state.paragraphs) {
    if (!recommendationOfAnotherRule(p, rule.name)) continue;
    const key = opening(state.lines[p.lines[0]].slice(state.startAt(p.lines[0]).prefix));
    if (key !== undefined) found.add(key);
  }
  return found;
});

/**
 * True when the heading at `index` heads no reply: another response heading follows it directly, no recommendation
 * before it cites its paragraphs, its words are not a decision, and they do not quote a recommendation's opening (as a
 * response heading's do, whose recommendation's citation a page break cut).
 */
function headsNothing(state: LineState, index: number, citations: readonly { paragraph: number }[], words: string): boolean {
  const next = state.paragraphs[nextIndex(state.paragraphs, index)];
  // Or, where no other layout found a recommendation, a reply with no heading of its own, in the answerer's voice ("The
  // Government agrees …", "We will …"), after words that recommend or ask; or opening with who answers, whatever it
  // says, after the Committee's own ("Para 45: The Committee calls on the Scottish Government to …" / "The Scottish
  // Government published the strategy …"), as a letter answers each point in turn.
  const committee = COMMITTEE_OPENS.test(words);
  const reply = next !== undefined && next.kind === 'text' ? state.lines[next.lines[0]] : undefined;
  const replied = reply !== undefined && onlyLayout(state) && (recommendsOrAsks(words) || committee) && (opensInReplyVoice(reply) || (committee && opensWithAnswerer(reply)));
  if (next === undefined || !(isResponseKind(next.kind) || replied) || opensWithDecision(words)) return false;
  const cited = citedBy(state);
  if (!citations.every((c) => (cited.get(c.paragraph) ?? Infinity) > index)) return false;
  const key = opening(words);
  return key === undefined || !openings(state).has(key);
}
