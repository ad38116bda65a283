// A response in brief: led by the sentence that decides, cut only between words.
import { strict as assert } from 'assert';
import fc from 'fast-check';
import { cutAtWord, firstSentences, inBrief } from '../../server/src/features/sentences';
import { briefingRows } from '../../server/src/features/briefing';
import { inferStance } from '../../server/src/features/stance';
import { parse } from '../../server/src/model';
import { readSeed } from '../../scripts/corpus';

describe('a response in brief', () => {
  it('leads with the sentence that decides, then the opening for context', () => {
    const text = 'We agree that SENCOs play an important role in schools. Many already train. As such, we reject the recommendation. Guidance will follow.';
    const { phrase } = inferStance(text);
    assert.equal(inBrief(text, phrase), 'As such, we reject the recommendation. We agree that SENCOs play an important role in schools. Many already train. …');
  });

  it('keeps the opening sentences when they decide', () => {
    assert.equal(inBrief('We accept this recommendation. It will be done by May. More later.', 'We accept this recommendation'), 'We accept this recommendation. It will be done by May. …');
    assert.equal(inBrief('Nothing here decides. Really.', undefined), 'Nothing here decides. Really.');
  });

  it('leads recommendation 18 of the seed with its rejection, not its opening agreement', () => {
    const rows = briefingRows(parse(readSeed()), 'file:///seed.txt');
    const r18 = rows.find((r) => r.number === 18)!;
    assert.equal(r18.inferredStance, 'rejected');
    assert.match(r18.brief, /^As such, we reject the recommendation that the Department should issue guidance/);
    assert.match(r18.brief, /We agree that SENCOs play an important role/);
    // The response as written stays as well, for the data exports.
    assert.match(r18.response, /^We agree that SENCOs play an important role/);
    for (const r of rows) assert.ok(r.brief.length <= 300, `recommendation ${r.number}'s response in brief is at most 300 characters`);
  });

  it('never cuts inside a word, in a brief, an opening or a deciding phrase', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), fc.integer({ min: 20, max: 200 }), (words, max) => {
        const text = words.join(' ');
        for (const out of [cutAtWord(text, max), firstSentences(text, 2, max), inBrief(`${text}. We reject it. ${text}.`, 'We reject it', max)]) {
          assert.ok(out.length <= max + 2, `${out.length} > ${max}`);
          // What stands before an ellipsis is a whole word of the text.
          for (const m of out.matchAll(/(\w+)…/g)) assert.ok(words.includes(m[1]) || m[1] === 'it', `"${m[1]}" is a whole word`);
        }
      }),
      { numRuns: 2000 },
    );
    const long = `we will implement ${'the recommendation of the Committee on the funding of schools and others '.repeat(4)}`;
    const { phrase } = inferStance(long);
    assert.ok(phrase!.length <= 160 && phrase!.endsWith('…'));
    assert.ok(long.includes(phrase!.slice(0, -1)) && / /.test(long[phrase!.length - 1]), 'cut where a word ended');
  });
});
