// "Ninth Report of Session 2024–25" alone on a line: a Treasury Minute's part answering one Committee report. Its
// title takes the short lines after it that name the department and the report.
import type { BlockRule, PartMeaning } from './types';
import { CAPITALS, DIGITS, defineRule, execAt, started } from './types';

const PART = /(?:\*\*)?((?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))[ \t]+Report[ \t]+of[ \t]+Session[ \t]+\d{4}(?:[ \t]*[–—-][ \t]*\d{2,4})?)[ \t]*(?:\*\*)?[ \t]*$/y;

/** The heading is short: a long line is prose, and is not searched. */
const MAX_LENGTH = 80;
/** How many names the title takes after the label: "Department for Education", then "Improving school buildings". */
const NAMES = 2;

const rule: BlockRule = defineRule({
  name: 'report-part',
  describes: 'parts answering several reports (“Ninth Report of Session 2024–25”)',
  rank: 200,
  firstChars: CAPITALS + DIGITS + '*',
  props: { singleLine: true, heading: true },
  start(line, at) {
    if (line.length - at > MAX_LENGTH || line.indexOf('Report of Session', at) < 0) return undefined;
    const m = execAt(PART, line, at);
    return m ? started('report-part', rule, line.length, { label: m[1] }) : undefined;
  },
  read(state, p, index): PartMeaning {
    const line = p.lines[0];
    const label = state.startAt(line).label ?? state.lines[line].trim();
    const names: string[] = [];
    for (let k = index + 1; k < state.paragraphs.length && names.length < NAMES; k++) {
      const q = state.paragraphs[k];
      if (q.kind !== 'text' || q.lines.length > 2) break;
      // One name a line, without Markdown's or bold markers; a long line or one that ends a sentence is prose.
      const texts = q.lines.map((l) => state.lines[l].replace(/\*\*/g, '').replace(/^#{1,6}\s+/, '').trim());
      if (texts.some((t) => t.length > 100 || /[.;]$/.test(t))) break;
      names.push(...texts.slice(0, NAMES - names.length));
    }
    return { role: 'part', label, title: names.length ? [label, ...names].join(' — ') : label };
  },
  examples: [
    'Treasury Minutes\n\nNinth Report of Session 2024–25\nDepartment for Education\nImproving school buildings\n\n1. PAC conclusion: The department does not know the condition of many of its buildings.\n\n1. PAC recommendation: The department should complete its survey of the estate within the year.\n\n1.1 The government agrees with the Committee’s recommendation and will complete the survey.\n',
  ],
});
export default rule;
