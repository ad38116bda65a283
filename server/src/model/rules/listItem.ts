// A bulleted or lettered list item ("- …", "• …", "● …", "(a) …", "ii) …"): it starts a block, so that a list inside a
// response is not read as one run-on paragraph. Its words belong to what it stands in.
import { BULLET_CHARS, BULLET_MARK } from '../patterns';
import { proseGoesOn } from '../prose';
import type { BlockRule } from './types';
import { LOWER, defineRule, started } from './types';

/** A bullet (BULLET_MARK), Word's "o" for a bullet in a bullet, or a letter or Roman numeral with a bracket. */
const LIST_ITEM = new RegExp(String.raw`^\s*(?:${BULLET_MARK}|o(?=[ \t])|\(?[a-z]\)|\(?[ivx]+\))\s+`);
/** A bullet, or a letter or Roman numeral with a bracket ("a) ", "(b) ", "iv) "), and the space after it: an item's mark. */
export const BULLET = new RegExp(String.raw`^[ \t]*(?:${BULLET_MARK}|\(?(?:[a-z]|[ivx]{1,4})\))[ \t]+(?=\S)`);

/** A page's number between dashes, "- 4 -", "– 12 –": the page's, not an item of a list (furniture.ts reads it). */
const PAGE_NUMBER = /^\s*[-–]\s+\d{1,3}\s+[-–]\s*$/;

const rule: BlockRule = defineRule({
  name: 'list-item',
  describes: 'list items',
  rank: 1200,
  firstChars: '( \t' + BULLET_CHARS + LOWER,
  props: { stableUnderKeystroke: true },
  goesOn: proseGoesOn,
  start(line, at) {
    return at === 0 && LIST_ITEM.test(line) && !PAGE_NUMBER.test(line) ? started('list-item', rule, 0) : undefined;
  },
  read: () => ({ role: 'body' }),
  examples: ['1. The Department should act on the backlog. (Paragraph 3)\n\nWe agree. We will:\n- publish a plan for the courts by the spring;\n- report on it each quarter.\n'],
});
export default rule;
