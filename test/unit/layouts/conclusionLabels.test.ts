// "Conclusion 1: …" over "Recommendation 1a: …" (a Public Accounts Committee's form, written with labels rather than
// as a Treasury Minute's "1. PAC conclusion:"): the conclusion goes with the recommendation of its number after it,
// which is what the Government answers. "Conclusion 3." numbered on with the recommendations is still one of them.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { stances } from '../../../server/src/features/stance';
import { lines } from '../../support/fixture';

describe('layout: a labelled conclusion over the recommendation of its number', () => {
  const text = lines(
    'Government Response to the Public Accounts Committee', '',
    'Conclusion 1: The Department has not set out how it will measure success.', '',
    'Recommendation 1a: The Department should publish success measures by March 2026.', '',
    'The government agrees with the Committee’s recommendation.', '',
    '**Conclusion 2:** Costs have risen sharply.', '',
    '**Recommendation 2:** The Department should explain the rise in costs in its annual report.', '',
    'The government disagrees with the Committee’s recommendation.',
  );

  it('reads each conclusion as the opening of its recommendation, not as a recommendation without a response', () => {
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.label, x.responses.length]), [['1a', 1], ['2', 1]]);
    assert.deepEqual(r.recommendations.map((x) => x.conclusionRange?.start.line), [2, 8]);
    assert.deepEqual(r.paragraphs.filter((p) => p.kind === 'conclusion').map((p) => p.lines[0]), [2, 8]);
  });

  it('keeps "Conclusion 3" as a recommendation where the numbering runs on through conclusions and recommendations', () => {
    const r = parse(lines(
      'Conclusions and recommendations', '',
      'Conclusion 1. The Department has been slow to act. (Paragraph 10)', '',
      'The Government accepts this conclusion.', '',
      'Recommendation 2. The Department should publish a plan. (Paragraph 12)', '',
      'The Government agrees and will publish the plan.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length, x.conclusionRange]), [[1, 1, undefined], [2, 1, undefined]]);
  });

  it('reads the pair afresh when an edit renumbers the recommendation under the conclusion', () => {
    const before = parse(text);
    const edited = text.replace('Recommendation 1a:', 'Recommendation 3a:');
    const after = parse(edited, { previous: before });
    // No longer a pair: "Conclusion 1" is a recommendation of its own, unanswered.
    assert.deepEqual(after.recommendations.map((x) => [x.label, x.responses.length]), [['1', 0], ['3a', 1], ['2', 1]]);
    assert.deepEqual(after.recommendations.map((x) => x.label), parse(edited).recommendations.map((x) => x.label));
  });
});

describe('layout: a labelled recommendation with its citation beside its number', () => {
  it('reads "Recommendation 1 (paragraph 45): …" (a Lords form) as recommendation 1 citing paragraph 45', () => {
    const r = parse(lines(
      'Government response to the House of Lords Select Committee on the Constitution', '',
      'Recommendation 1 (paragraph 45): The Government should publish guidance on the use of delegated powers.', '',
      'The Government accepts this recommendation.', '',
      '**Recommendation 2 (paragraphs 60 and 61):** Sunset clauses should be the default for emergency powers.', '',
      'The Government does not accept this recommendation.', '',
      'Recommendation 3 [Para 70] – Departments should explain each power.', '',
      'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.shortTitle]), [
      [1, [45], 1, 'The Government should publish guidance on the use…'],
      [2, [60, 61], 1, 'Sunset clauses should be the default for emergency…'],
      [3, [70], 1, 'Departments should explain each power'],
    ]);
  });
});

describe('layout: the reply in the recommendation’s own paragraph, after "Response:"', () => {
  it('reads the words after the label as the reply, and the recommendation as ending before it', () => {
    const text = lines(
      'Government response to the Transport Committee', '',
      'Recommendation 1 — The Department should publish a road safety strategy by the end of 2025. Response: Accepted. The strategy',
      'will be published in December.', '',
      '2. The Department should lower the drink-drive limit in England. (Paragraph 14) **Government response:** Not accepted.', '',
      'Recommendation 3 — The Department should fund more traffic police. Response: The Government will consider this in the review.', '',
      'Recommendation 4 — The Department should set out what the response: rate of councils was.',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.responses.length]), [
      [1, 'The Department should publish a road safety strategy by the end of 2025.', 1],
      [2, 'The Department should lower the drink-drive limit in England. (Paragraph 14)', 1],
      [3, 'The Department should fund more traffic police.', 1],
      // "the response:" inside a sentence is the recommendation's own words.
      [4, 'The Department should set out what the response: rate of councils was.', 0],
    ]);
    assert.deepEqual(r.recommendations.slice(0, 3).map((x) => responseBodyText(r, x.responses[0])), [
      'Accepted. The strategy will be published in December.',
      'Not accepted.',
      'The Government will consider this in the review.',
    ]);
    assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['accepted', 'rejected', 'under-consideration', 'no-response']);
  });

  it('reads a conclusion\'s words under its heading when no reply follows them, and "Government response to conclusion 3 and recommendation 4"', () => {
    const r = parse(lines(
      'Government response to the Justice Committee', '',
      'Conclusion 1', 'The probation service is under severe pressure. (Paragraph 20)', 'Government response', 'The Government recognises the pressure.', '',
      'Conclusion 2', 'Caseloads remain too high. (Paragraph 31)', '',
      'Recommendation 3', 'HMPPS should set a maximum caseload. (Paragraph 33)',
      'Government response to conclusion 2 and recommendation 3', 'We do not accept that a maximum caseload is the right approach.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.responses.length]), [
      [1, 'The probation service is under severe pressure. (Paragraph 20)', 1],
      [2, 'Caseloads remain too high. (Paragraph 31)', 1],
      [3, 'HMPPS should set a maximum caseload. (Paragraph 33)', 1],
    ]);
    assert.equal(r.recommendations[1].responses[0], r.recommendations[2].responses[0]);
  });

  it('reads "C1." and "R2." numbered on together as conclusions and recommendations of one numbering', () => {
    const r = parse(lines(
      'Government Response to the Foreign Affairs Committee', '',
      'C1. The tilt to the Indo-Pacific has not been matched by resources. (Paragraph 12)', '',
      'The Government disagrees with this conclusion.', '',
      'R2. The FCDO should publish a regional strategy by the end of the year. (Paragraph 19)', '',
      'Agreed. A strategy will be published in the autumn.', '',
      'C3. The defence presence in the region is symbolic. (Paragraph 33)', '',
      'The Government notes the Committee’s view.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.slice(0, 7)]), [[1, [12], 'The til'], [2, [19], 'The FCD'], [3, [33], 'The def']]);
    assert.deepEqual(stances(r).map((x) => x.inferred.stance), ['rejected', 'accepted', 'noted']);
  });
});
