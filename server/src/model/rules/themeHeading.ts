// A heading over a response that names the recommendations it answers: "Funding for schools (Recommendations 1, 2
// and 5)", "Recommendations 4, 5 and 7: The Government accepts …". The recommendations it names get that response,
// whatever group they stand in; one that no such heading names is unanswered. Where it names none read before it, it
// is a heading over what follows, not a response.
import { expandNumberList, NUMBER_LIST, RECOMMENDS } from '../patterns';
import { opensWithDecision } from '../verdicts';
import type { BlockRule, ResponseMeaning } from './types';
import { CAPITALS, defineRule, started } from './types';

/** "… (Recommendations 1, 2 and 5)" or "… (recommendation 3)" closing a heading. */
const NAMED_AFTER = new RegExp(String.raw`^[ \t]*(?:#{1,6}\s+)?(?:\*\*)?([^.(]{2,90}?)\s*\((?:see\s+)?[Rr]ecommendations?\s+(${NUMBER_LIST})\)(?:\*\*)?\s*:?\s*$`);
/** "Recommendations 4, 5 and 7: …" opening a reply: several numbers, then a colon or a dash and the reply's words. */
const NAMED_BEFORE = new RegExp(String.raw`^[ \t]*(?:#{1,6}\s+)?(?:\*\*)?[Rr]ecommendations\s+(${NUMBER_LIST})\s*(?:\*\*)?\s*[:–—-]\s*(?:\*\*)?\s*(?=\S)`);

/** What the heading names; `after` false when its last bracket is no list of recommendations (so NAMED_AFTER cannot match). */
function read(line: string, after = true): { numbers: number[]; prefix: number; title?: string } | undefined {
  const named = after ? NAMED_AFTER.exec(line) : null;
  if (named) return { numbers: expandNumberList(named[2]), prefix: line.length, title: named[1].trim() };
  const before = NAMED_BEFORE.exec(line);
  // (Words that recommend and open with no decision are the recommendations' own, under their label: "Recommendations 4
  // and 5: The Department should …", labelled-recommendation.)
  if (before && expandNumberList(before[1]).length > 1 && !(RECOMMENDS.test(line) && !opensWithDecision(line.slice(before[0].length)))) return { numbers: expandNumberList(before[1]), prefix: before[0].length };
  return undefined;
}

/** True when the bracket that closes at `close` opens "(Recommendation", "(recommendations" or "(see …". */
function namesRecommendationsIn(line: string, close: number): boolean {
  const open = line.lastIndexOf('(', close);
  const c = line.charCodeAt(open + 1);
  return open >= 0 && (c === 82 /* R */ || c === 114 /* r */ || c === 115) /* s */;
}

const rule: BlockRule = defineRule({
  name: 'theme-heading',
  describes: 'responses by theme that name the recommendations they answer (“Funding (Recommendations 1, 2 and 5)”)',
  rank: 480,
  firstChars: CAPITALS + '#*',
  props: { singleLine: true, heading: true },
  start(line, at) {
    // Most lines are not such headings: settled by their length and their last character (a heading that names its
    // recommendations after its title ends with the bracket), or their first word, before anything is searched.
    if (line.length > 200) return undefined;
    let end = line.length - 1;
    while (end > 0 && (line.charCodeAt(end) <= 32 || line.charCodeAt(end) === 42 || line.charCodeAt(end) === 58)) end--;
    const bracketed = line.charCodeAt(end) === 41; /* ) */
    if (!bracketed && !line.startsWith('Recommendations', at) && !line.startsWith('**Recommendations', at)) return undefined;
    // A line that ends with its citation ("… (Paragraph 12)") names no recommendations after its title.
    const found = read(line, bracketed && namesRecommendationsIn(line, end));
    return found ? started('response-heading', rule, found.prefix, { numbers: found.numbers }) : undefined;
  },
  read(state, p): ResponseMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const m = state.startAt(line);
    const rest = s.slice(m.prefix).replace(/\*\*/g, '').trim();
    return {
      role: 'response',
      kind: 'heading',
      title: rest || read(s)?.title,
      citations: [],
      numbers: m.numbers,
      namesOnly: true,
      decisionFrom: rest ? { line, character: m.prefix } : undefined,
      layout: rule.name,
    };
  },
  examples: [
    '1. The Department should fund schools’ transport for every child with special educational needs. (Paragraph 12)\n\n2. The Department should publish the funding formula for transport every year. (Paragraph 14)\n\n3. The Department should review the eligibility rules for transport by the end of next year. (Paragraph 16)\n\nFunding for transport (Recommendations 1 and 2)\n\nThe Government accepts these recommendations and will publish the formula with next year’s allocations.\n\nEligibility (Recommendation 3)\n\nThe Government will consider the rules as part of its review of school transport next year.\n',
    '1. The Department should fund schools’ transport for every child with special educational needs. (Paragraph 12)\n\n2. The Department should publish the funding formula for transport every year. (Paragraph 14)\n\n3. The Department should review the eligibility rules for transport by the end of next year. (Paragraph 16)\n\nFunding for transport (Recommendations 1 and 2)\n\nThe Government accepts these recommendations and will publish the formula with next year’s allocations.\n\nEligibility\n\nOn recommendation 3, the Government will consider the rules as part of its review of school transport next year.\n',
    '1. The Department should fund schools’ transport for every child with special educational needs. (Paragraph 12)\n\n2. The Department should publish the funding formula for transport every year. (Paragraph 14)\n\n3. The Department should review the eligibility rules for transport by the end of next year. (Paragraph 16)\n\nFunding for transport (Recommendations 1 and 2)\n\nThe Government accepts these recommendations and will publish the formula with next year’s allocations.\n\nEligibility rules\n\nThe Government does not accept that the rules need review.\n',
  ],
});
export default rule;
