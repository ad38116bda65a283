// "Response from NHS England", "Response from the Welsh Government: Accept", "Reply from Ofsted – the inspectorate
// agrees …", "Response of the Government", "Response by the Department", "Joint response from DHSC and NHS England": a
// response heading that names who answers after the word, with or without the answer's first words after it. (With ":
// paragraph 42" after the name it cites a paragraph: the response-from-heading rule reads that.)
import type { BlockRule, ResponseMeaning } from './types';
import { defineRule, execAt, responseHeadingMeaning, started } from './types';

/** Who answers (after "from", "of" or "by"): up to eight words, capitalised or "of", "for", "and", "the", "&", after an optional "the". */
const FROM = /(?:\*\*)?(?:Joint[ \t]+[Rr](?:esponse|eply)|Response|Reply)[ \t]+(?:from|of|by)[ \t]+((?:the[ \t]+)?[A-Z][\w&’'.-]*(?:,?[ \t]+(?:of|for|and|the|&|[A-Z][\w&’'.-]*)){0,7}?)[ \t]*(?:\*\*)?[ \t]*(?:([:–—-])(?:\*\*)?[ \t]*|$)/y;

const rule: BlockRule = defineRule({
  name: 'response-from',
  describes: '“Response from NHS England” headings',
  rank: 450,
  firstChars: 'RJ*',
  props: { singleLine: true, heading: true },
  start(line, at) {
    const m = execAt(FROM, line, at);
    // Without a colon or dash, the line is the name and nothing else: prose goes on ("Response from the Trust was …").
    return m ? started('response-heading', rule, at + m[0].length, { from: m[1].replace(/^the\s+/i, '') }) : undefined;
  },
  read(state, p): ResponseMeaning {
    return responseHeadingMeaning(state, p, rule.name);
  },
  examples: [
    '1. NHS England should publish waiting times for every specialist service each quarter, as the Committee asked. (Paragraph 14)\n\nResponse from NHS England\n\nNHS England accepts this recommendation and will publish the data from April.\n\n2. The Welsh Government should fund the service in Wales on the same basis as in England. (Paragraph 22)\n\nResponse from the Welsh Government: Reject. Health services in Wales are funded through the settlement.\n',
  ],
});
export default rule;
