// "Paragraph 20: Funding for …": a response heading that cites the recommendation's paragraph and quotes its words.
import { PARAGRAPH_HEADING } from '../patterns';
import { matched, type BlockRule } from './types';

export const paragraphHeading: BlockRule = {
  name: 'paragraph-heading',
  describes: '“Paragraph 20:” response headings',
  firstChars: 'P*',
  singleLine: true,
  match(line, at) {
    return at === 0 && PARAGRAPH_HEADING.test(line) ? matched('paragraph-heading', this, 0) : undefined;
  },
};
