// A label's number called one ("Recommendation No. 1:", "Recommendation number 6"), and a heading in italics
// ("*Recommendation 5*", "_Recommendation 1_"): read by the recommendation's own number.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { lines } from '../../support/fixture';

describe('layout: a label\'s number called one, and a heading in italics', () => {
  it('reads "Recommendation No. 1:" and "Recommendation number 6" by their numbers', () => {
    const r = parse(lines(
      'Government Response', '',
      'Recommendation No. 1: The Department should publish a workforce plan within a year.', '',
      'Response: Accepted. The plan will be published in the spring.', '',
      'Recommendation No.2: The Department should review the funding formula.', '',
      'Response: Not accepted.', '',
      'Recommendation number 6', '', 'The Department should consult the sector. (Paragraph 14)', '',
      'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length, x.text.split(' ').slice(0, 3).join(' ')]), [
      [1, 1, 'The Department should'],
      [2, 1, 'The Department should'],
      [6, 1, 'The Department should'],
    ]);
  });

  it('reads "*Recommendation 5*" and "_Recommendation 7_" as headings, and leaves "Recommendation notes" as words', () => {
    const r = parse(lines(
      'Government response', '',
      '*Recommendation 5*', '', 'The Department should report every year. (Paragraph 10)', '',
      'Government response', '', 'Agreed.', '',
      '_Recommendation 7_', '', 'The Department should consult on the changes. (Paragraph 14)', '',
      'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[5, [10], 1], [7, [14], 1]]);
    assert.equal(parse(lines('Recommendation notes: the Department keeps them.')).recommendations.length, 0);
  });
});
