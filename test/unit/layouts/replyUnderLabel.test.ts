// "Recommendation 1: The Government accepts this recommendation. …" in a response that gives no recommendation's
// words: the label names the recommendation, the words after it are its reply. And a label over several
// recommendations' one text ("Recommendations 4 and 5: The Department should …").
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { layoutSummary } from '../../../server/src/features/layouts';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.title, r.response.slice(0, 30), r.inferredStance]);

describe('layout: a reply after a label that only names its recommendation', () => {
  it('reads the words after "Recommendation 1:" as its reply where they open with a decision and recommend nothing', () => {
    const text = lines(
      'Government response to the Environmental Audit Committee', '',
      'Recommendation 1: The Government accepts this recommendation. The Environment Agency will publish the data.', '',
      'Recommendation 2: Not accepted. Water companies already monitor every overflow.', '',
      'Recommendation 3: We agree with the Committee. Ofwat will consult this year.',
    );
    assert.deepEqual(rows(text), [
      [1, '', 'The Government accepts this re', 'accepted'],
      [2, '', 'Not accepted. Water companies ', 'rejected'],
      [3, '', 'We agree with the Committee. O', 'accepted'],
    ]);
    assert.match(layoutSummary(parse(text)), /replies after a label that only names the recommendation/);
  });

  it('leaves words that recommend, or that open with no decision on the recommendation, the recommendation\'s own', () => {
    const r = parse(lines(
      'Recommendation 1: We agree with witnesses that the Department should publish the data. (Paragraph 4)', '', 'Accepted.', '',
      'Recommendation 2: We agree with the Minister that the targets are too low.', '', 'Noted.', '',
      'Conclusion 3: The Government accepts the Committee\'s view too readily.', '', 'Noted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.slice(0, 30), x.responses.length]), [
      [1, 'We agree with witnesses that t', 1],
      [2, 'We agree with the Minister tha', 1],
      [3, 'The Government accepts the Com', 1],
    ]);
  });

  it('reads "Recommendations 4 and 5: The Department should …" as two recommendations of one text, not a reply to them', () => {
    const r = parse(lines(
      'Recommendation 3: The Department should publish a plan. (Paragraph 12)', '', 'The Government agrees.', '',
      'Recommendations 4 and 5: The Department should set targets for safe routes and report on them. (Paragraphs 14 and 15)', '',
      'The Government will consider these recommendations in the spending review.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.paragraphs, x.inferredStance]), [
      [3, [12], 'accepted'],
      [4, [14, 15], 'under-consideration'],
      [5, [14, 15], 'under-consideration'],
    ]);
    // A reply so labelled, which opens with its decision, still answers them.
    const reply = parse(lines(
      '1. The Department should set targets. (Paragraph 14)', '', '2. The Department should fund them. (Paragraph 15)', '',
      'Recommendations 1 and 2: The Government accepts these recommendations and agrees that councils should report.',
    ));
    assert.deepEqual(reply.recommendations.map((x) => [x.number, x.responses.length]), [[1, 1], [2, 1]]);
  });
});
