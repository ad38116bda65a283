// A reply that opens with its decision alone on a line ("Accepted.", "Not accepted"), straight after the
// recommendation with no heading and no blank line, as an inquiry's response prints it: the decision starts the reply.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { briefingRows } from '../../../server/src/features/briefing';
import { lines } from '../../support/fixture';

describe('layout: a reply opened by its decision alone on a line', () => {
  it('ends the recommendation before the decision, under a heading, a label or a number, with or without a citation', () => {
    const r = parse(lines(
      'Government response to the Independent Inquiry', '',
      'Recommendation 1', 'The Department should establish a national safety board.', 'Accepted.', 'The board will be set up by April.', '',
      'Recommendation 2: NHS England should publish staffing data for every trust.', 'Not accepted', 'The data is published already.', '',
      '3. The Government should create a statutory duty. (Paragraph 8)', 'Accepted in principle.', 'We will consult on it.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length]), [[1, 1], [2, 1], [3, 1]]);
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), [
      'Accepted. The board will be set up by April.',
      'Not accepted The data is published already.',
      'Accepted in principle. We will consult on it.',
    ]);
    assert.deepEqual(briefingRows(r, 'file:///r.txt').map((row) => row.inferredStance), ['accepted', 'rejected', 'accepted']);
  });

  it('reads a decision straight under "Recommendation 1", with no words between, as the reply of a response that gives none', () => {
    const r = parse(lines(
      'Government response', '',
      'Recommendation 1', 'Accepted. The Department will publish the plan in March.', '',
      'Recommendation 2', '', 'Not accepted: existing guidance is sufficient.', '',
      'Recommendation 3', 'Under consideration.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///r.txt').map((row) => [row.number, row.inferredStance, row.response]), [
      [1, 'accepted', 'Accepted. The Department will publish the plan in March.'],
      [2, 'rejected', 'Not accepted: existing guidance is sufficient.'],
      [3, 'under-consideration', 'Under consideration.'],
    ]);
    assert.ok(r.recommendations.every((x) => x.text === ''));
  });

  it('reads who answers and their decision straight under "Recommendation 1" as the reply of a response that gives no words', () => {
    const r = parse(lines(
      'Government response', '',
      'Recommendation 1', '', 'The Government accepts this recommendation. The Environment Agency will publish the data.', '',
      'Recommendation 2', '', 'We do not accept this recommendation. Water companies already monitor every overflow.', '',
      'Recommendations 3 and 4', '', 'The Government notes these recommendations and will consider them in the review.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///r.txt').map((row) => [row.number, row.inferredStance, row.response.slice(0, 30)]), [
      [1, 'accepted', 'The Government accepts this re'],
      [2, 'rejected', 'We do not accept this recommen'],
      [3, 'under-consideration', 'The Government notes these rec'],
      [4, 'under-consideration', 'The Government notes these rec'],
    ]);
    assert.ok(r.recommendations.every((x) => x.text === ''));
    // The Committee's words that agree with someone and recommend, or that a reply's heading follows, stay its words.
    const words = parse(lines(
      'Recommendation 1', '', 'We agree with the Minister that the Department should publish the data.', '', 'Government response', '', 'Accepted.', '',
      'Recommendation 2', '', 'We agree with witnesses that the targets are too low.', '', 'Government response', '', 'Not accepted.',
    ));
    assert.deepEqual(words.recommendations.map((x) => [x.number, x.text, x.responses.length]), [
      [1, 'We agree with the Minister that the Department should publish the data.', 1],
      [2, 'We agree with witnesses that the targets are too low.', 1],
    ]);
  });

  it('reads "Supported", "Not supported" and "Partially supported" as decisions', () => {
    const r = parse(lines(
      'Recommendation 1', 'The Department should establish a national safety board.', 'Supported.', 'The board will be set up by April.', '',
      'Recommendation 2', 'NHS England should publish staffing data for every trust.', 'Not supported', 'The data is published already.', '',
      'Recommendation 3', 'The Government should create a statutory duty.', 'Partially supported.', 'We will consult on part of it.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///r.txt').map((row) => [row.number, row.inferredStance]), [[1, 'accepted'], [2, 'rejected'], [3, 'accepted-in-part']]);
  });

  it('leaves a decision word that a wrap put at the start of a line, or that ends no sentence, inside the prose', () => {
    const r = parse(lines(
      '1. The Department should publish its plan. (Paragraph 3)', '',
      'The Government has considered the recommendation, which is now', 'accepted.', 'It will publish the plan in the spring, and the',
      'Noted', 'items will follow.',
    ));
    assert.equal(r.paragraphs.filter((p) => p.kind === 'text').length, 1);
  });
});
