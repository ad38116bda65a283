// "Paragraph 20: Funding for …": a response heading that cites the recommendation's paragraph and quotes its words.
// It answers the recommendations that cite that paragraph (by its words or its place when the number is wrong).
import { NUMBER_LIST, expandNumberList } from '../patterns';
import type { BlockRule, ResponseMeaning } from './types';
import { defineRule, started } from './types';

const PARAGRAPH_HEADING = new RegExp(String.raw`^(?:\*\*)?(Paragraphs?)\s+(${NUMBER_LIST})\s*:(?:\*\*)?\s*`);

const rule: BlockRule = defineRule({
  name: 'paragraph-heading',
  describes: '“Paragraph 20:” response headings',
  rank: 300,
  firstChars: 'P*',
  props: { singleLine: true, heading: true },
  start(line, at) {
    return at === 0 && PARAGRAPH_HEADING.test(line) ? started('paragraph-heading', rule, 0) : undefined;
  },
  read(state, p): ResponseMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const m = PARAGRAPH_HEADING.exec(s)!;
    const listStart = s.indexOf(m[2], s.indexOf(m[1]));
    const range = { start: { line, character: Math.max(0, s.indexOf(m[1])) }, end: { line, character: listStart + m[2].length } };
    return {
      role: 'response',
      kind: 'paragraph-heading',
      title: s.slice(m[0].length).trim(),
      citations: expandNumberList(m[2]).map((paragraph) => ({ paragraph, range })),
      layout: rule.name,
    };
  },
  examples: [
    '1. The Department should fund the reforms in full and without delay. (Paragraph 20)\n\nParagraph 20: Funding for the additional costs of the reforms\n\nWe do not accept the Committee’s finding, and set out our reasons below.\n',
  ],
});
export default rule;
