// "(12) We recommend …": a recommendation numbered in brackets. Weak, like a bare number, since "(1)" also numbers
// lists, unless its words start as a committee's do ("We recommend", "We urge", "We call on"). Older reports letter
// them: "(a) We recommend … (paragraph 23).", or number them in Roman: "(ii) We recommend …".
import { endsWithCitation } from '../citations';
import { startsLowerCase } from '../lines';
import { numeralValue } from '../patterns';
import { beforeItsCitation, recommendationMeaning, takesItsList } from '../recommendationBlock';
import { startsNewBlock } from './numberedRecommendation';
import type { BlockRule } from './types';
import { defineRule, execAt, started } from './types';

/**
 * "(12)", or a letter in brackets (group 2), as older reports letter their recommendations: "(a) We recommend …"; or a
 * Roman numeral of two letters or more (group 3): "(ii) We recommend …" ("(i)" is read as a letter is, by its place).
 */
const START = / {0,3}(?:\*\*)?\((?:(\d{1,4})|([a-z])|([ivxlc]{2,6}))\)(?:\*\*)?[ \t]+(?=\S)/y;

const COMMITTEE_WORDS = /^(?:\*\*)?We (?:recommend|urge|call on)\b/;

const rule: BlockRule = defineRule({
  name: 'parenthesised-recommendation',
  describes: 'recommendations numbered in brackets (“(12) We recommend …”)',
  rank: 1100,
  firstChars: '( *',
  props: { startsRecommendation: true, weakNumber: true, endsAtCitation: true, carriesOverBreak: true, stableUnderKeystroke: true },
  start(line, at) {
    const m = execAt(START, line, at);
    if (!m) return undefined;
    const strong = COMMITTEE_WORDS.test(line.slice(at + m[0].length, at + m[0].length + 20));
    // A letter is a list's item unless the Committee's words follow it or it ends with its citation ("(c) We are
    // concerned … and recommend that guidance be issued (paragraph 40)."): then a recommendation, numbered by its place.
    // Not where its words go on with a sentence in small letters ("The Home Office should:" / "(a) publish …" / "(b) set a
    // target … (Paragraph 40)"): the last of a recommendation's items ends with the recommendation's citation.
    const cited = endsWithCitation(line) && !startsLowerCase(line.slice(at + m[0].length));
    if (m[2] !== undefined) return strong || cited ? started('recommendation', rule, at + m[0].length, { strong: true }) : undefined;
    if (m[3] !== undefined) {
      const value = numeralValue(m[3]);
      return value !== undefined && (strong || cited) ? started('recommendation', rule, at + m[0].length, { number: value, label: m[3], strong: true }) : undefined;
    }
    return started('recommendation', rule, at + m[0].length, { number: Number(m[1]), label: m[1], strong });
  },
  goesOn: beforeItsCitation,
  takes: takesItsList,
  interrupts: startsNewBlock,
  read: (state, p) => recommendationMeaning(state, p),
  examples: [
    "(1) We recommend that the Ministry publishes an annual report on the use of temporary cells.\n\nThe Government's Response\n\nThe Ministry agrees with this recommendation.\n\n(2) We recommend that the Ministry reviews temporary cells. (Paragraph 30)\n\nGovernment reply\n\nThe Government does not accept this recommendation.\n",
  ],
});
export default rule;
