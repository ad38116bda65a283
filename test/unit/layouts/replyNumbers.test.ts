// A reply under a response heading that numbers its own paragraphs from 1 ("1. The Government agrees …", "2. The plan
// will be …"): its "2." carries on its own list, not the recommendations' numbering.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { findings } from '../../../server/src/features/diagnostics';
import { lines } from '../../support/fixture';

describe('layout: a reply that numbers its own paragraphs from 1', () => {
  it('keeps the reply\'s "2." in the reply, not a recommendation 2 beside the real one', () => {
    const r = parse(lines(
      'Government response to the Committee', '',
      '1. The Department should publish a plan for the estate. (Paragraph 3)', '',
      'Government response', '', '1. The Government agrees with this recommendation.', '', '2. The plan will be published in the spring.', '',
      '2. The Department should fund repairs to the worst buildings. (Paragraph 5)', '',
      'Government response', '', '1. The Government does not accept this recommendation.', '', '2. Funding is a matter for the spending review.', '',
      '3. The Department should report every year.', '',
      'Government response', '', '1. The Government accepts this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.length]), [[1, 2, 1], [2, 10, 1], [3, 18, 1]]);
    assert.deepEqual(findings(r).map((f) => f.code).filter((c) => c !== 'undefined-acronym' && c !== 'no-paragraph'), []);
  });

  it('still reads numbers that carry on the recommendations\' where no heading opens the reply', () => {
    const r = parse(lines(
      '1. The Department should publish a plan for the estate. (Paragraph 3)', '',
      'We agree, and will publish it in the spring.', '',
      '2. The Department should fund repairs to the worst buildings.', '',
      'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => x.number), [1, 2]);
  });

  it('reads "Response 1" and "Response to Recommendation 2" as headings that answer the recommendation they number', () => {
    const r = parse(lines(
      'Government response to the Health Committee', '',
      'Recommendation 1', 'The Department should publish a workforce plan for nursing. (Paragraph 14)', '',
      'Response 1', 'The Department agrees and will publish the plan in the summer.', '',
      'Recommendation 2', 'The Department should review pay for all staff groups. (Paragraph 22)', '',
      'Response to Recommendation 2', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.responses.map((x) => [x.kind, x.answers.map((a) => r.recommendations[a].number)]), [['heading', [1]], ['heading', [2]]]);
  });
});

