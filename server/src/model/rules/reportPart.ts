// "Ninth Report of Session 2024–25" alone on a line: a Treasury Minute's part answering one Committee report.
import { matched, CAPITALS, DIGITS, execAt, type BlockRule } from './types';

const PART = /(?:\*\*)?((?:[A-Z][a-z]+(?:-[a-z]+)?|\d{1,3}(?:st|nd|rd|th))[ \t]+Report[ \t]+of[ \t]+Session[ \t]+\d{4}(?:[ \t]*[–—-][ \t]*\d{2,4})?)[ \t]*(?:\*\*)?[ \t]*$/y;

const MAX_LENGTH = 80;

export const reportPart: BlockRule = {
  name: 'report-part',
  describes: 'parts answering several reports (“Ninth Report of Session 2024–25”)',
  firstChars: CAPITALS + DIGITS + '*',
  singleLine: true,
  match(line, at) {
    // The heading is short: a long line is prose, and is not searched.
    if (line.length - at > MAX_LENGTH || line.indexOf('Report of Session', at) < 0) return undefined;
    const m = execAt(PART, line, at);
    return m ? matched('report-part', this, line.length, { label: m[1] }) : undefined;
  },
};
