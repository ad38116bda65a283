// Layout: recommendations opened by "[Paragraph 29]", with no number of their own.
import { strict as assert } from 'assert';
import { isReport, parse } from '../../../server/src/model';
import { stances } from '../../../server/src/features/stance';
import { findings } from '../../../server/src/features/diagnostics';
import { lines } from '../../support/fixture';

describe('layout: "[Paragraph 29]" openings', () => {
  const text = lines(
    'Government response to the Committee', '',
    '[Paragraph 29] The Department should publish its review of the funding formula.', '', 'The Government agrees and will publish the review in the spring.', '',
    '**[Paragraph 34]** The Department should consult schools on the timetable.', '', 'We do not accept this recommendation.', '',
    '[Paras 40 and 41] The Department should report to the Committee within a year.',
  );

  it('reads each as a recommendation numbered by its place, citing its paragraph, answered by what follows', () => {
    const r = parse(text);
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, x.responses.length ? s[i].inferred.stance : 'none']), [
      [1, [29], 'accepted'], [2, [34], 'rejected'], [3, [40, 41], 'none'],
    ]);
    assert.equal(r.recommendations[0].text, 'The Department should publish its review of the funding formula.');
    assert.ok(r.layouts.includes('bracketed-paragraph') && r.layouts.includes('numbered-by-order'));
  });

  it('takes the bracket for the recommendation\'s label, not a reference, and the document for a report', () => {
    const r = parse(text);
    assert.deepEqual(r.references, []);
    assert.ok(isReport(r));
    assert.deepEqual(findings(r).map((f) => f.code).filter((c) => c !== 'undefined-acronym'), ['no-response']);
  });
});
