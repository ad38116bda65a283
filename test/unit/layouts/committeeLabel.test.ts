// "Committee recommendation 1 (paragraph 56)" over the recommendation's words, and "Committee recommendation 3: …" in
// one paragraph (Home Office and Environmental Audit Committee responses): the Committee named before the label.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { lines } from '../../support/fixture';

describe('layout: the Committee named before a recommendation\'s label', () => {
  it('reads "Committee recommendation 1" as a heading and "Committee recommendation 3:" as a label, by their numbers', () => {
    const r = parse(lines(
      'Government Response to the Home Affairs Committee', '',
      'Committee recommendation 1 (paragraph 56)', 'The Home Office should publish data on visa processing times each month.', '',
      'Government response to recommendation 1', 'The Government accepts this recommendation.', '',
      'Committee recommendation 3: The Home Office should set a target for asylum decisions. (Paragraph 61)', '',
      'Government response to recommendation 3', 'The Government does not accept this recommendation.', '',
      "**Committee's recommendation 4**", '', 'The Home Office should report on detention every year. (Paragraph 70)', '',
      'Government response', 'We agree.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.range.start.line, x.responses.length, x.text.split(' ').slice(0, 3).join(' ')]), [
      [1, [56], 2, 1, 'The Home Office'],
      [3, [61], 8, 1, 'The Home Office'],
      [4, [70], 13, 1, 'The Home Office'],
    ]);
    assert.ok(!r.layouts.includes('page-furniture'));
  });
});
