// "Response from Ofsted: paragraph 42": a response written by another body, citing the recommendation's paragraph.
import { RESPONSE_FROM_HEADING } from '../patterns';
import { matched, type BlockRule } from './types';

export const responseFromHeading: BlockRule = {
  name: 'response-from-heading',
  describes: '“Response from …: paragraph N” headings',
  firstChars: 'R*',
  singleLine: true,
  match(line, at) {
    return at === 0 && RESPONSE_FROM_HEADING.test(line) ? matched('response-from-heading', this, 0) : undefined;
  },
};
