// A letter that answers the recommendations by number without giving their words: "On recommendation 1, we agree …".
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///l.txt').map((r) => [r.number, r.inferredStance, r.response]);

describe('layout: replies that name the recommendations they answer', () => {
  it('reads each named recommendation, with no words, answered by the paragraph that names it', () => {
    const letter = lines(
      'Dear Chair,', '', 'Thank you for your Committee’s report on bus services.', '',
      'On recommendation 1, we agree that funding should be confirmed for three years.', '',
      'In response to the Committee’s recommendation 2 (on franchising): we do not accept that a new regime is needed.', '',
      'Turning to recommendations 3 and 4, we will consider the proposals as part of the bus strategy.', '',
      'Yours sincerely,', '', 'Simon Lightwood MP',
    );
    const expected = [
      [1, 'accepted', 'we agree that funding should be confirmed for three years.'],
      [2, 'rejected', 'we do not accept that a new regime is needed.'],
      [3, 'under-consideration', 'we will consider the proposals as part of the bus strategy.'],
      [4, 'under-consideration', 'we will consider the proposals as part of the bus strategy.'],
    ];
    assert.deepEqual(rows(letter), expected);
    // With no blank lines, each such opening after a sentence's end starts a paragraph of its own.
    assert.deepEqual(rows(letter.split('\n').filter((l) => l.trim()).join('\n')), expected);
    assert.ok(parse(lines('On recommendation 1, we agree.', '', 'On recommendation 2, we disagree.')).recommendations.every((r) => r.text === ''));
  });

  it('leaves such words to the reply where the recommendations are given', () => {
    const r = parse(lines(
      '1. The Department should confirm funding for three years. (Paragraph 12)', '',
      'On recommendation 1, we agree, and will confirm it in the spring.', '',
      '2. The Department should review franchising. (Paragraph 15)', '', 'We disagree.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [12], 1], [2, [15], 1]]);
  });
});
