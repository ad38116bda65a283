// "Response to recommendation 1" over each reply, in a response that gives no recommendation's words: each heading
// stands for the recommendation it names, answered by the words under it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { layoutSummary } from '../../../server/src/features/layouts';
import { copies, lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.title, r.response.slice(0, 24), r.inferredStance]);

describe('layout: replies under headings that name the recommendation, with no recommendation’s words', () => {
  const paper = lines(
    'Government response to the Environmental Audit Committee’s report on water quality', '',
    'Response to recommendation 1', '',
    'The Government agrees that water companies must reduce sewage discharges. We will set legally binding targets.', '',
    'Response to recommendations 2 and 3', '',
    'The Government does not accept these recommendations. Ofwat already has the powers it needs.', '',
    'Government response to recommendation 4', '',
    'The Government accepts this recommendation.',
  );
  const expected = [
    [1, '', 'The Government agrees th', 'accepted'],
    [2, '', 'The Government does not ', 'rejected'],
    [3, '', 'The Government does not ', 'rejected'],
    [4, '', 'The Government accepts t', 'accepted'],
  ];

  it('reads each named recommendation, with no words, answered by the words under its heading', () => {
    assert.deepEqual(rows(paper), expected);
    assert.match(layoutSummary(parse(paper)), /replies under headings that name the recommendations they answer/);
  });

  for (const [name, text] of copies(paper).slice(1)) {
    it(`reads it so ${name}`, () => {
      assert.deepEqual(rows(text), expected);
    });
  }

  it('leaves such a heading a reply’s where another layout gives the recommendations', () => {
    const r = parse(lines(
      'Recommendation 1', '', 'The Department should publish a plan. (Paragraph 12)', '',
      'Government response to recommendation 1', '', 'The Government agrees.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]]]);
    assert.equal(r.responses.length, 1);
    assert.equal(r.responses[0].kind, 'heading');
  });
});
