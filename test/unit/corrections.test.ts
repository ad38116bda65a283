// The user's corrections of the reading: "@rec: 12", "@answers: 4, 5", "@not-a-recommendation" decide how the paragraph
// after them is read, everywhere (outline, findings, views, exports), and through edits.
import { strict as assert } from 'assert';
import { parse, type Report } from '../../server/src/model';
import { findings } from '../../server/src/features/diagnostics';
import { briefingRows } from '../../server/src/features/briefing';
import { outlineText } from '../../server/src/features/outlineText';
import { correctionActions } from '../../server/src/features/corrections';
import { completions } from '../../server/src/features/completion';
import { stances } from '../../server/src/features/stance';
import { lines } from '../support/fixture';

const read = (r: Report) => r.recommendations.map((x, i) => [x.label, x.paragraphs.join(), x.responses.length ? stances(r)[i].inferred.stance : 'none']);

// A response the reader gets wrong: a recommendation with no number and no citation, a reply it cannot place, and a
// numbered paragraph of the Government's that it takes for a recommendation.
const WRONG = lines(
  '1. The Department should publish the data. (Paragraph 3)', '',
  'The Government agrees and will publish it.', '',
  'The Department should also consult parents on the data it publishes.', '',
  'We do not accept this recommendation.', '',
  '2. The Department should fund the service. (Paragraph 5)', '',
  '2. As the Committee noted (Paragraph 5), funding rose by 4% in 2024.', '',
  'The Government notes the recommendation.',
);

describe('corrections of the reading', () => {
  it('reads the document wrongly without them (the cases they are for)', () => {
    // 1's response takes in an unnumbered recommendation and its reply; the Government's "2." citing paragraph 5 is a
    // second recommendation 2, answered with the first.
    assert.deepEqual(read(parse(WRONG)), [['1', '3', 'rejected'], ['2', '5', 'noted'], ['2', '5', 'noted']]);
  });

  it('"@rec: N" reads the paragraph after it as recommendation N; "@answers: N" reads it as N\'s response', () => {
    const r = parse(WRONG.replace('The Department should also', '@rec: 1a\nThe Department should also').replace('We do not accept', '@answers: 1a\nWe do not accept'));
    assert.deepEqual(read(r).slice(0, 2), [['1', '3', 'accepted'], ['1a', '', 'rejected']]);
    assert.equal(briefingRows(r, 'file:///r.txt')[0].response, 'The Government agrees and will publish it.');
    assert.match(outlineText(r), /1a\. The Department should also consult parents/);
  });

  it('"@not-a-recommendation" reads the paragraph after it as plain text: the Government\'s numbered paragraph is 2\'s response', () => {
    const r = parse(WRONG.replace('2. As the Committee', '@not-a-recommendation\n2. As the Committee'));
    assert.deepEqual(read(r), [['1', '3', 'rejected'], ['2', '5', 'noted']]);
    assert.deepEqual(findings(r).map((f) => f.code).filter((c) => c === 'duplicate-number'), []);
    assert.equal(briefingRows(r, 'file:///r.txt')[1].response, 'As the Committee noted (Paragraph 5), funding rose by 4% in 2024. The Government notes the recommendation.');
  });

  it('survives an edit above it, with the previous version given (the keystroke path) or not', () => {
    const corrected = WRONG.replace('2. As the Committee', '@not-a-recommendation\n2. As the Committee');
    const before = parse(corrected);
    for (const edited of [corrected.replace('publish the data.', 'publish all the data.'), `A new first line.\n\n${corrected}`]) {
      assert.deepEqual(read(parse(edited, { previous: before })), [['1', '3', 'rejected'], ['2', '5', 'noted']]);
      assert.deepEqual(parse(edited, { previous: before }).recommendations.map((x) => x.label), parse(edited).recommendations.map((x) => x.label));
    }
  });

  it('is offered as a quick fix on a paragraph, which writes the annotation above it', () => {
    const r = parse(WRONG);
    const apply = (line: number) => correctionActions(r, 'file:///r.txt', { start: { line, character: 0 }, end: { line, character: 0 } }).map((a) => [a.title, a.edit!.changes!['file:///r.txt'][0].newText]);
    assert.deepEqual(apply(4), [['Read this paragraph as recommendation 2', '@rec: 2\n'], ['Read this as the response to recommendation 1', '@answers: 1\n']]);
    assert.deepEqual(apply(10), [['This is not a recommendation: read it as plain text (not recommendation 2)', '@not-a-recommendation\n']]);
    const fixed = parse(WRONG.replace('2. As the Committee', '@not-a-recommendation\n2. As the Committee'));
    assert.deepEqual(correctionActions(fixed, 'file:///r.txt', { start: { line: 11, character: 0 }, end: { line: 11, character: 0 } }), [], 'no second correction of a corrected paragraph');
  });

  it('is completed after "@", and an "@answers:" naming no recommendation is a finding', () => {
    const kinds = completions('@', { line: 0, character: 1 }, []).map((c) => c.label);
    assert.ok(['@rec', '@answers', '@not-a-recommendation'].every((k) => kinds.includes(k)));
    const r = parse(WRONG.replace('We do not accept', '@answers: 9\nWe do not accept'));
    assert.match(findings(r).find((f) => f.code === 'unknown-target')!.message, /^Recommendation 9 is not in this report/);
  });
});
