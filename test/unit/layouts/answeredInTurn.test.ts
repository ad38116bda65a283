// Numbered recommendations that cite nothing, each answered in turn by the paragraph after it with no heading: a
// public inquiry's "1. That the Government pay compensation …", or "1. The Government should …", then "The Government
// accepts …".
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { copies, lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.title.slice(0, 20), r.response.slice(0, 24), r.inferredStance]);

describe('layout: numbered recommendations with no citation, each answered in turn', () => {
  const inquiry = lines(
    'Response to the Infected Blood Inquiry', '',
    '1. That the Government pay compensation to all those infected and affected without delay.', '',
    'The Government accepts this recommendation. An interim payment scheme opened in 2024.', '',
    '2. That a permanent memorial be established.', '',
    'We will work with the community on the design of a memorial.', '',
    '3. The Government should apologise on behalf of the state.', '',
    'The Government accepts this recommendation.',
  );
  const expected = [
    [1, 'That the Government ', 'The Government accepts t', 'accepted'],
    [2, 'That a permanent mem', 'We will work with the co', 'unclear'],
    [3, 'The Government shoul', 'The Government accepts t', 'accepted'],
  ];

  it('reads each, answered by the paragraph after it', () => {
    assert.deepEqual(rows(inquiry), expected);
  });

  for (const [name, text] of copies(inquiry).slice(1)) {
    it(`reads it so ${name}`, () => {
      assert.deepEqual(rows(text), expected);
    });
  }

  it('reads the Committee asking or calling for something as recommending, numbered as the report\'s paragraphs, bold or not', () => {
    const text = lines(
      '**45.** The Committee recommends that the Scottish Government publishes a delivery plan for active travel.', '',
      'The Scottish Government accepts this recommendation and will publish a delivery plan in 2026.', '',
      '**52.** The Committee asks the Scottish Government to set out how it will measure progress.', '',
      'We will publish a monitoring framework alongside the delivery plan.', '',
      '**60.** The Committee calls for dedicated funding for cycle parking at stations.', '',
      'The Scottish Government does not consider that a separate fund is necessary.',
    );
    const expected = [
      [45, 'The Committee recomm', 'The Scottish Government ', 'accepted'],
      [52, 'The Committee asks t', 'We will publish a monito', 'unclear'],
      [60, 'The Committee calls ', 'The Scottish Government ', 'rejected'],
    ];
    assert.deepEqual(rows(text), expected);
    assert.deepEqual(rows(text.replace(/\*\*/g, '')), expected);
  });

  it('leaves a Government’s own numbered paragraphs text, and one such pair alone', () => {
    assert.deepEqual(rows(lines(
      'Government response', '',
      '1. The Government welcomes the Committee’s report.', '',
      '2. The Department should, in the Committee’s view, do more.', '',
      'We will consider the report carefully.',
    )), []);
  });
});
