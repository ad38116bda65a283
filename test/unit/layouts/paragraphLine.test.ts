// "Paragraph 34" alone over a recommendation's words, a reply after them (a Scottish Government form), against the same
// line over a reply after a numbered recommendation: the line is read by what stands around it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { lines } from '../../support/fixture';

describe('layout: a recommendation under “Paragraph 34” on a line of its own', () => {
  it('reads each as a recommendation citing that paragraph, numbered by its place, answered by the reply after it', () => {
    const r = parse(lines(
      'Scottish Government response to the Committee’s report on ferries', '',
      'Paragraph 34', 'The Committee recommends that the Scottish Government publishes a long-term plan', 'for replacing its vessels.', '',
      'Scottish Government response', 'The Scottish Government accepts this recommendation.', '',
      '**Paragraphs 41 and 42**', 'The Committee asks the Scottish Government to set out how communities will be consulted.', '',
      'Transport Scotland will consult island communities before each change to the timetable.', '',
      // Unanswered: the next recommendation follows at once.
      'Paragraph 47', 'The Committee recommends that fares are frozen.', '',
      'Para 52', 'The Committee recommends an independent review of procurement.', '',
      'Response', 'The Scottish Government does not agree that a further review is necessary.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [34], 1], [2, [41, 42], 1], [3, [47], 0], [4, [52], 1]]);
    assert.deepEqual(r.recommendations.map((x) => x.text), [
      'The Committee recommends that the Scottish Government publishes a long-term plan for replacing its vessels.',
      'The Committee asks the Scottish Government to set out how communities will be consulted.',
      'The Committee recommends that fares are frozen.',
      'The Committee recommends an independent review of procurement.',
    ]);
    assert.equal(responseBodyText(r, r.recommendations[3].responses[0]), 'The Scottish Government does not agree that a further review is necessary.');
    // The citation is the line's own words.
    assert.deepEqual(r.recommendations[0].citations.map((c) => r.lines[c.range.start.line].slice(c.range.start.character, c.range.end.character)), ['Paragraph 34']);
  });

  it('leaves the line over a reply as it was: straight after a recommendation, over a decision, or naming a paragraph a recommendation cites', () => {
    const r = parse(lines(
      '1. The Department should fund the scheme. (Paragraph 3)', '',
      'Paragraph 3', 'We accept this recommendation and will fund it.', '',
      '2. The Department should review the scheme. (Paragraph 5)', '',
      'Paragraph 5', 'The Department will review the scheme next year.', '',
      '3. The Department should publish the data. (Paragraph 7)', '',
      '4. The Department should consult on the data. (Paragraph 8)', '',
      'Paragraph 7', 'We accept this recommendation.', '',
      // After another reply, but its paragraph is cited by the recommendation it answers.
      'Paragraph 8', 'The Department will consult on the data in the spring.', '',
      'Paragraph 9', 'The Government accepts this recommendation.', '',
      'Response', 'The Government will write to the Committee.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [3]], [2, [5]], [3, [7]], [4, [8]]]);
    assert.ok(r.recommendations.every((x) => x.responses.length > 0));
  });

  it('reads the words a blank line sets apart from "Paragraph 34" above them, and the same line over a reply as before', () => {
    const text = lines(
      'Scottish Government response to the Net Zero Committee', '',
      'Paragraph 34', '',
      'The Committee recommends that the Scottish Government publishes a long-term plan for heat in buildings.', '',
      'Response', '',
      'The Scottish Government accepts this recommendation and will publish the plan next year.', '',
      '**Paragraph 41**', '',
      'The Committee asks the Scottish Government to set out how tenants will be protected.', '',
      'Response', '',
      'The Scottish Government will consult on tenant protections in the autumn.',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), [
      [1, [34], 1, 'The Committee recommends that the Scottish Government publishes a long-term plan for heat in buildings.'],
      [2, [41], 1, 'The Committee asks the Scottish Government to set out how tenants will be protected.'],
    ]);
    assert.deepEqual(r.recommendations.map((x) => [x.range.start.line, x.range.end.line]), [[2, 4], [10, 12]]);
    // An edit of the words keeps the reading.
    const edited = text.replace('heat in buildings', 'heat in homes');
    const after = parse(edited, { previous: r });
    assert.deepEqual(after.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), parse(edited).recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]));
    assert.equal(after.recommendations[0].text, 'The Committee recommends that the Scottish Government publishes a long-term plan for heat in homes.');
    // Over a decision, or after a recommendation citing it, the line alone heads a reply.
    const replies = parse(lines(
      '1. The Department should fund the scheme. (Paragraph 3)', '',
      'Paragraph 3', '', 'The Department will fund the scheme from April.', '',
      '2. The Department should review the scheme. (Paragraph 5)', '',
      'Paragraph 5', '', 'Accepted.',
    ));
    assert.deepEqual(replies.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [3], 1], [2, [5], 1]]);
  });

  it('ends the words under it where the reply starts with no heading and no blank line, in the answerer’s voice', () => {
    const r = parse(lines(
      'Scottish Government response to the Health, Social Care and Sport Committee', '',
      'Paragraph 45', 'The Committee recommends that the Scottish Government publishes a workforce plan for social care.', 'The Scottish Government agrees and will publish the plan in the autumn.', '',
      'Paragraph 52', 'The Committee asks the Scottish Government to set out how it will reduce delayed discharge.', 'We will report to the Committee every six months on delayed discharge.', '',
      'Paragraph 60', 'The Committee calls on the Scottish Government to fund unpaid carers’ breaks.', 'The Scottish Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.range.end.line]), [[1, [45], 3], [2, [52], 7], [3, [60], 11]]);
    assert.deepEqual(r.recommendations.map((x) => responseBodyText(r, x.responses[0]).slice(0, 28)), ['The Scottish Government agre', 'We will report to the Commit', 'The Scottish Government does']);
  });
});
