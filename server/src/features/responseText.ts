// Reading a response's own words: its body text, or for a heading answered jointly, the text it shares.
import { paragraphWords, type Report } from '../model';

/** A response's words: those on its heading's or row's line after a label or citation, then its body's. */
export function responseBodyText(report: Report, responseIndex: number): string {
  const r = report.responses[responseIndex];
  const joint = r.bodyParagraphs.length === 0 && r.leadRange === undefined && r.jointWith !== undefined;
  return ownWords(report, joint ? r.jointWith! : responseIndex).text;
}

/**
 * A response's own words as one text: the words on its heading's or row's line, then each body paragraph's words,
 * parted by single spaces; and where each body paragraph's words start in it.
 */
export interface OwnWords {
  text: string;
  /** Where the words of the response's body paragraph k start in `text` (they run for that paragraph's words' length). */
  starts: readonly number[];
}

/**
 * Each version's responses' words, joined when first asked for. The stance of each recommendation and the
 * commitments of each response read the same words: joined once, they are joined for both (and once for a response
 * that answers several recommendations), and the second to read them reads text still in the processor's cache.
 */
const ownWordsOf = new WeakMap<Report, (OwnWords | undefined)[]>();

export function ownWords(report: Report, responseIndex: number): OwnWords {
  let known = ownWordsOf.get(report);
  if (!known) ownWordsOf.set(report, (known = []));
  return (known[responseIndex] ??= joinOwnWords(report, report.responses[responseIndex]));
}

function joinOwnWords(report: Report, r: Report['responses'][number]): OwnWords {
  return joinWords(report, r.bodyParagraphs, leadText(report, r));
}

/**
 * The words of paragraphs (after `lead`, when there is one), parted by single spaces, and where each one's start. A
 * paragraph with no words (a heading's line whose words are under it) adds no space.
 */
export function joinWords(report: Report, paragraphs: readonly number[], lead = ''): OwnWords {
  const starts: number[] = [];
  let text = lead;
  for (const i of paragraphs) {
    const words = paragraphWords(report.lines, report.paragraphs[i]);
    if (text && words) text += ' ';
    starts.push(text.length);
    text += words;
  }
  return { text, starts };
}

/**
 * Whether a response says anything: words of its own (under its heading or on its line), or a joint heading's it
 * shares. A heading with nothing under it but a to-do is no response yet, and its recommendation is unanswered.
 */
export function hasWords(report: Report, responseIndex: number): boolean {
  const r = report.responses[responseIndex];
  if (r.bodyParagraphs.length || r.leadRange) return true;
  const joint = r.jointWith !== undefined ? report.responses[r.jointWith] : undefined;
  return !!joint && (joint.bodyParagraphs.length > 0 || joint.leadRange !== undefined);
}

/** Whether a recommendation is answered: one of its responses says something. */
export function isAnswered(report: Report, rec: Report['recommendations'][number]): boolean {
  return rec.responses.some((i) => hasWords(report, i));
}

/**
 * The words of a response on its heading's or row's line (and the lines after, for a reply inside a paragraph), without
 * bold markers; a table row's cells after the first of the reply, and a cell's own line breaks ("<br>"), read as
 * sentences one after another ("Accept | We will …" is "Accept. We will …", "Accepted | in hand" "Accepted; in hand").
 */
function leadText(report: Report, r: Report['responses'][number]): string {
  const text = leadWords(report, r);
  if (!text.includes('|') && !text.includes('<br')) return text;
  let out = '';
  for (const cell of text.replace(/<br\s*\/?>/gi, ' ').split('|')) {
    const words = cell.replace(/\s+/g, ' ').trim();
    // (A cell that goes on in small letters goes on the sentence: "Accepted; in hand".)
    if (words) out = out ? `${out}${/[.!?:;]$/.test(out) ? ' ' : /^\p{Ll}/u.test(words) ? '; ' : '. '}${words}` : words;
  }
  return out;
}

function leadWords(report: Report, r: Report['responses'][number]): string {
  if (!r.leadRange) return '';
  const { start, end } = r.leadRange;
  if (end.line === start.line) return report.lines[start.line].slice(start.character, end.character).replace(/\*\*/g, '').trim();
  const parts = [report.lines[start.line].slice(start.character)];
  for (let line = start.line + 1; line < end.line; line++) parts.push(report.lines[line]);
  parts.push(report.lines[end.line].slice(0, end.character));
  return parts.map((part) => part.trim()).join(' ').replace(/\*\*/g, '').trim();
}

/** "Paragraph 20: Funding for …" for a heading; "Response" for plain text. */
export function responseLabel(report: Report, responseIndex: number): string {
  const r = report.responses[responseIndex];
  if (!r.headingRange) return 'Response';
  return report.lines[r.headingRange.start.line].replace(/\*\*/g, '').trim();
}
