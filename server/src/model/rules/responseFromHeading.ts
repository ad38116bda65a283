// "Response from Ofsted: paragraph 42": a response written by another body, citing the recommendation's paragraph.
import { NUMBER_LIST, expandNumberList } from '../patterns';
import type { BlockRule, ResponseMeaning } from './types';
import { defineRule, started } from './types';

const RESPONSE_FROM_HEADING = new RegExp(String.raw`^[ \t]*(?:\*\*)?Response from (.+?)\s*:\s*(paragraphs?)\s+(${NUMBER_LIST})\s*\.?(?:\*\*)?\s*$`, 'i');

const rule: BlockRule = defineRule({
  name: 'response-from-heading',
  describes: '“Response from …: paragraph N” headings',
  rank: 400,
  firstChars: 'R*',
  props: { singleLine: true, heading: true },
  start(line) {
    return RESPONSE_FROM_HEADING.test(line) ? started('response-from-heading', rule, 0) : undefined;
  },
  read(state, p): ResponseMeaning {
    const line = p.lines[0];
    const s = state.lines[line];
    const m = RESPONSE_FROM_HEADING.exec(s)!;
    const listStart = s.lastIndexOf(m[3]);
    const wordStart = s.lastIndexOf(m[2], listStart);
    const range = { start: { line, character: Math.max(0, wordStart) }, end: { line, character: listStart + m[3].length } };
    return {
      role: 'response',
      kind: 'response-from-heading',
      from: m[1],
      citations: expandNumberList(m[3]).map((paragraph) => ({ paragraph, range })),
      layout: rule.name,
    };
  },
  examples: [
    '1. Ofsted should inspect the local area arrangements every three years. (Paragraph 42)\n\nResponse from Ofsted: paragraph 42\n\nOfsted agrees and will consult on a new framework this year.\n',
  ],
});
export default rule;
