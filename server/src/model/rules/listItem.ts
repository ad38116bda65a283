// A bulleted or lettered list item ("- …", "• …", "(a) …", "ii) …"): it starts a block, so that a list inside a
// response is not read as one run-on paragraph.
import { LIST_ITEM } from '../patterns';
import { matched, LOWER, type BlockRule } from './types';

export const listItem: BlockRule = {
  name: 'list-item',
  describes: 'list items',
  firstChars: '-*•–( \t' + LOWER,
  match(line, at) {
    return at === 0 && LIST_ITEM.test(line) ? matched('list-item', this, 0) : undefined;
  },
};
