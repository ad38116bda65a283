// Word-overlap matching: which recommendation a response heading quotes when its paragraph number is wrong.

/** Common words that say nothing about which recommendation a heading quotes. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  'the and for that this with from are was were has have had not but all any can its our their they them which who will would should could into also than then there these those been being such what when where while your you'.split(
    ' ',
  ),
);

/** The longest stop word: a longer word is a content word without looking it up. */
const LONGEST_STOPWORD = Math.max(...[...STOPWORDS].map((w) => w.length));
/** A word of three letters or more; shorter ones are never content words, so the pattern does not collect them. */
const WORD = /[a-zà-ÿ][a-zà-ÿ'’-]{2,}/g;

/** Lower-case content words of three letters or more. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(WORD) ?? []) {
    if (w.length > LONGEST_STOPWORD || !STOPWORDS.has(w)) out.push(w);
  }
  return out;
}

const MIN_SHARE = 0.6;

/**
 * The index of the candidate (a text, or its content words) that contains the largest share of `quote`'s content words,
 * when that share is at least 60 %; undefined when no candidate is close enough or the quote has no words.
 */
export function bestMatchByWords(quote: string, candidates: readonly (string | ReadonlySet<string>)[]): number | undefined {
  const words = [...new Set(contentWords(quote))];
  if (words.length === 0) return undefined;
  let best: number | undefined;
  let bestShare = 0;
  candidates.forEach((candidate, i) => {
    const have = typeof candidate === 'string' ? new Set(contentWords(candidate)) : candidate;
    const share = words.filter((w) => have.has(w)).length / words.length;
    if (share > bestShare) {
      bestShare = share;
      best = i;
    }
  });
  return bestShare >= MIN_SHARE ? best : undefined;
}
