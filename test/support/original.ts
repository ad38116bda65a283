// A Committee's own report made for a response in the tests: a title page (title, session, HC number), numbered
// paragraphs 1 … n in chapters, the conclusions and recommendations, and formal minutes.
export interface OriginalOptions {
  title: string;
  hc: string;
  paragraphs: number;
}

/** The first sentence of paragraph n as the made report writes it. */
export const paragraphSentence = (n: number) => `The evidence in paragraph ${n} was heard on day ${(n % 9) + 1} of the inquiry.`;

export function makeOriginal({ title, hc, paragraphs }: OriginalOptions): string {
  const out = ['House of Commons', 'Education Committee', '', title, '', 'First Report of Session 2019', '', `HC ${hc}`, 'Published on 23 October 2019', ''];
  for (let n = 1; n <= paragraphs; n++) {
    if (n % 20 === 1) out.push(`${Math.ceil(n / 20)} Chapter ${Math.ceil(n / 20)}`, '');
    out.push(`${n}. ${paragraphSentence(n)} Witnesses said more about it.`, '');
  }
  out.push('Conclusions and recommendations', '', '1. The Department should act on it. (Paragraph 1)', '', 'Formal minutes', '', 'Wednesday 16 October 2019', '');
  return out.join('\n');
}
