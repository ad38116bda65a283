// Annotations the user writes into the report, at the left margin: "@note: …", "@stance[R12]: rejected", "@todo: …".
// An annotation is one line, belongs to the recommendation whose block it stands in (or the one it names), and is
// transparent to the text around it: a paragraph that it interrupts reads on after it. Three correct the reading of
// the paragraph after them: "@rec: 12", "@answers: 4, 5", "@not-a-recommendation" (the builder applies them).
import type { AnnotationMeaning, BlockRule } from './types';
import { defineRule, started } from './types';

const ANNOTATION = /^@(note|stance|tags|todo|done|ignore|report|rec|answers|not-a-recommendation|kept|missed|progress)(?:\[([^\]\r\n]*)\])?(?::[ \t]?(.*)|[ \t]*$)/;
/** "@note[R12]", "[Rec 12]", "[Recommendation 12]", "[12]", "[12a]": a recommendation by its label or number. */
const BY_LABEL = /^\s*(?:R|Rec\.?|Recommendation)?\s*(\d{1,4}[a-z]?)\s*$/i;
/** "[Paragraph 34]": the recommendation that cites that paragraph of the report. */
const BY_PARAGRAPH = /^\s*Paragraph\s+(\d{1,4})\s*$/i;

const rule: BlockRule = defineRule({
  name: 'annotation',
  describes: 'annotations',
  rank: 100,
  firstChars: '@',
  props: { singleLine: true },
  start(line, at) {
    if (at !== 0) return undefined;
    const m = ANNOTATION.exec(line);
    // Only "@not-a-recommendation" stands without a colon: it needs no words.
    return m && (m[3] !== undefined || m[1] === 'not-a-recommendation') ? started('annotation', rule, 0) : undefined;
  },
  read(state, p): AnnotationMeaning {
    const m = ANNOTATION.exec(state.lines[p.lines[0]])!;
    const target = m[2];
    const label = target === undefined ? undefined : BY_LABEL.exec(target)?.[1].toLowerCase();
    const paragraph = target === undefined || label !== undefined ? undefined : BY_PARAGRAPH.exec(target)?.[1];
    return {
      role: 'annotation',
      kind: m[1] as AnnotationMeaning['kind'],
      target,
      targetLabel: label,
      targetParagraph: paragraph === undefined ? undefined : Number(paragraph),
      targetUnknown: target !== undefined && label === undefined && paragraph === undefined,
      value: (m[3] ?? '').trim(),
    };
  },
  examples: [
    '@rec: 3\nThe Department should publish the data on waiting times for assessments every quarter, as the Committee asked in its report. (Paragraph 14)\n\n@answers: 3\nThe Government agrees with the Committee and will publish the data on waiting times every quarter from April next year.\n\n@not-a-recommendation\n4. The figures for the last quarter were published in March, and the Department will publish the next in June.\n',
    '1. The Department should act. (Paragraph 3)\n@note: Check this with the policy team before the briefing goes out.\n\nWe agree.\n@stance[R1]: accepted\n',
  ],
});
export default rule;
