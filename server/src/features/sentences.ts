// Shortening a response's or a paragraph's words for a hover, a briefing or a view: by whole sentences, cut only
// between words, and for a briefing led by the sentence that decides.
import { cutAtWord } from '../model/cut';

export { cutAtWord };

/** The end of a sentence: its full stop, question or exclamation mark, before a space and a capital (quotes allowed). */
const SENTENCE_END = /[.!?](?=["”’')]*\s+["“‘(]?\p{Lu})/gu;

/** Where each sentence of `clean` (single-spaced) ends, just after its mark; the last ends at the text's end. */
function sentenceEnds(clean: string, most = Infinity): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(clean); m && ends.length < most; m = SENTENCE_END.exec(clean)) {
    // The closing quotes and brackets belong to the sentence.
    let end = m.index + 1;
    while (end < clean.length && /["”’')]/.test(clean[end])) end++;
    ends.push(end);
  }
  if (ends.length < most) ends.push(clean.length);
  return ends;
}


/** The first `sentences` sentences of `text`, cut to about `maxChars` characters at a word boundary. */
export function firstSentences(text: string, sentences = 2, maxChars = 360): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const ends = sentenceEnds(clean, sentences);
  const end = ends[Math.min(sentences, ends.length) - 1];
  const out = clean.slice(0, end);
  if (out.length > maxChars) return cutAtWord(out, maxChars);
  return end < clean.length ? `${out} …` : out;
}

/**
 * A response in brief, for a briefing: the sentence holding `phrase` (the words that decided its stance) first, and
 * the response's opening after it for context, when the deciding sentence is not the opening one. A response that
 * opens "We agree that SENCOs play an important role" and rejects the recommendation three sentences later leads with
 * the rejection. At most `maxChars` characters, cut between words.
 */
export function inBrief(text: string, phrase: string | undefined, maxChars = 300): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  const at = phrase ? clean.indexOf(phrase.replace(/\s+/g, ' ').trim()) : -1;
  const ends = sentenceEnds(clean);
  if (at < 0 || at < ends[0]) return firstSentences(clean, 2, maxChars);
  const which = ends.findIndex((e) => e > at);
  const start = ends[which - 1];
  const deciding = cutAtWord(clean.slice(start, ends[which]).trim(), maxChars);
  const room = maxChars - deciding.length - 1;
  if (room < 40) return deciding;
  // The opening for context, up to the deciding sentence; "…" where more stands between them or after.
  const opening = clean.slice(0, ends[Math.min(1, which - 1)]);
  const context = cutAtWord(opening, room);
  const more = !context.endsWith('…') && (opening.length < start || ends[which] < clean.length);
  return `${deciding} ${context}${more ? ' …' : ''}`;
}
