// Plain text: the rule that claims every line no other rule claims, tried last (as markdown-it's paragraph rule is).
// A paragraph of text is a response's words, or the document's own words around the recommendations; alone on its
// line, "Footnotes" or "Formal minutes" starts end matter, and "Target implementation date: …" (or "Timescale: …")
// gives a response's target date.
import { proseGoesOn } from '../prose';
import { isEndMatter, TARGET_DATE_NAME } from '../patterns';
import type { BlockRule, BodyMeaning } from './types';
import { defineRule, started } from './types';

/** "Target implementation date: March 2026", "Timescale: Spring 2026" (TARGET_DATE_NAME) and the date after it (group 1). */
const TARGET_DATE = new RegExp(String.raw`^[ \t]*(?:\*\*)?${TARGET_DATE_NAME}(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]*(\S.*?)[ \t]*$`, 'i');

const PLAIN: BodyMeaning = Object.freeze({ role: 'body' });

const rule: BlockRule = defineRule({
  name: 'text',
  describes: 'text',
  rank: Infinity,
  firstChars: '',
  props: { carriesOverBreak: true, stableUnderKeystroke: true },
  start: () => started('text', rule, 0),
  // Prose ends at a recommendation's citation, or before a heading over the next recommendation (prose.ts).
  goesOn: proseGoesOn,
  read(state, p): BodyMeaning {
    const first = state.lines[p.lines[0]];
    if (p.lines.length === 1 && isEndMatter(first)) return { role: 'body', endMatter: true };
    // The field's name and its colon are short: most paragraphs have no colon near their start, and skip the pattern.
    const colon = first.indexOf(':');
    if (colon > 0 && colon < 50) {
      const m = TARGET_DATE.exec(first);
      if (m) {
        const at = first.lastIndexOf(m[1]);
        const range = { start: { line: p.lines[0], character: at }, end: { line: p.lines[0], character: at + m[1].length } };
        return { role: 'body', targetDate: { text: m[1].replace(/\*\*/g, '').trim(), range } };
      }
    }
    return PLAIN;
  },
  examples: ['1. The Department should act. (Paragraph 3)\n\nWe agree with the Committee and will act before the end of the year, as the\nCommittee asked.\n\nFootnotes\n\n[1] HC 123, published 3 May.\n'],
});
export default rule;
