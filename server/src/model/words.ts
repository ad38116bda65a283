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

/** A character a word may hold (WORD's second class), and one it may start with (its first). */
const inWord = (c: number) => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff) || c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45; /* - */
const startsWord = (c: number) => (c >= 97 && c <= 122) || (c >= 0xe0 && c <= 0xff);

/**
 * How many of `words` (distinct content words, in small letters) stand in `text` as words, read as `contentWords`
 * reads them. The text's words are walked where they stand, and only one whose first letter and length are those of
 * one of `words` is cut out to be compared: a text read once is read twice as fast as by collecting its words (the
 * bundled report's one misquoted heading, against the six recommendations it is matched with: 17 → 9 µs alone, and
 * about 25 µs less in a whole parse, where less is made for the garbage collector).
 */
export function sharedWords(words: ReadonlySet<string>, text: string): number {
  // A word is told by its first letter and its length (63 for any longer) before it is cut out.
  const keys = new Set<number>();
  for (const w of words) keys.add(w.charCodeAt(0) * 64 + Math.min(w.length, 63));
  const lower = text.toLowerCase();
  const found = new Set<string>();
  for (let i = 0, n = lower.length; i < n; ) {
    // A run of word characters (none when the character at `i` is not one), and its word: from its first letter to
    // the run's end. The character after the run is not a word's.
    let end = i;
    while (end < n && inWord(lower.charCodeAt(end))) end++;
    let start = i;
    while (start < end && !startsWord(lower.charCodeAt(start))) start++;
    if (end - start >= 3 && keys.has(lower.charCodeAt(start) * 64 + Math.min(end - start, 63))) {
      const w = lower.slice(start, end);
      if (words.has(w)) found.add(w);
    }
    i = end + 1;
  }
  return found.size;
}

/**
 * The index of the candidate (a text, or its content words) that contains the largest share of `quote`'s content words,
 * when that share is at least `least` (60 % unless said); undefined when no candidate is close enough or the quote has
 * no words.
 */
export function bestMatchByWords(quote: string, candidates: readonly (string | ReadonlySet<string>)[], least = MIN_SHARE): number | undefined {
  const words = new Set(contentWords(quote));
  if (words.size === 0) return undefined;
  let best: number | undefined;
  let bestShare = 0;
  candidates.forEach((candidate, i) => {
    let shared = 0;
    if (typeof candidate === 'string') shared = sharedWords(words, candidate);
    else for (const w of words) if (candidate.has(w)) shared++;
    const share = shared / words.size;
    if (share > bestShare) {
      bestShare = share;
      best = i;
    }
  });
  return bestShare >= least ? best : undefined;
}
