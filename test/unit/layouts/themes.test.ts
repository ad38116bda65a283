// Responses by theme that name the recommendations they answer; a summary of decisions at the front; "|" cells.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.response, r.inferredStance]);

describe('layout: responses by theme that name their recommendations', () => {
  it('gives each named recommendation its theme\'s response, and leaves one never named unanswered', () => {
    assert.deepEqual(rows(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      '3. The Department should review eligibility. (Paragraph 16)', '', '4. The Department should consult parents. (Paragraph 18)', '',
      'Funding for transport (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.', '',
      'Recommendations 3 and 4: We will consider the rules as part of the review.',
    )), [
      [1, 'The Government accepts these recommendations.', 'accepted'],
      [2, 'The Government accepts these recommendations.', 'accepted'],
      [3, 'We will consider the rules as part of the review.', 'under-consideration'],
      [4, 'We will consider the rules as part of the review.', 'under-consideration'],
    ]);
    const r = parse(lines('1. The Department should act. (Paragraph 3)', '', '2. It should report. (Paragraph 4)', '', 'Reporting (Recommendation 2)', '', 'We agree.'));
    assert.deepEqual(r.recommendations.map((x) => x.responses.length), [0, 1]);
  });

  it('reads a theme heading before the recommendations it names as a heading over them, not a response', () => {
    const r = parse(lines('Funding (Recommendations 1 and 2)', '', '1. The Department should fund it. (Paragraph 3)', '', 'Agreed.', '', '2. It should report. (Paragraph 4)', '', 'Noted.'));
    assert.deepEqual(rows(lines('Intro.', '', 'Funding (Recommendations 1 and 2)', '', '1. The Department should fund it. (Paragraph 3)', '', 'Agreed.', '', '2. It should report. (Paragraph 4)', '', 'Noted.')), [[1, 'Agreed.', 'accepted'], [2, 'Noted.', 'noted']]);
    assert.equal(r.recommendations.length, 2);
  });
});

describe('a summary of decisions, and cells separated by "|"', () => {
  it('does not read a status row ("Recommendation 1: Accepted") as a second recommendation 1', () => {
    const r = parse(lines(
      'Summary', '', 'Recommendation 1: Accepted', 'Recommendation 2: Not accepted', '',
      'Recommendation 1: The Department should act. (Paragraph 3)', '', 'The Government accepts this recommendation.', '',
      'Recommendation 2: The Department should report. (Paragraph 4)', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [3]], [2, [4]]]);
  });

  it('reads a reply cell after "|", and an empty one as no reply', () => {
    assert.deepEqual(rows(lines('1.That the Department act (Para 5) | Accepted | in hand', '2.That it report (Para 6) |  | ')), [[1, 'Accepted | in hand', 'accepted'], [2, '', 'no-response']]);
  });
});
