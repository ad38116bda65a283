// Recommendations with no number and no citation, set apart in bold, italics or quotation marks, each followed by its
// reply in plain words: read where two or more stand so and no other layout found a recommendation.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { inferStance, responseWords } from '../../../server/src/features/stance';
import { lines } from '../../support/fixture';

const read = (text: string) => {
  const r = parse(text);
  return r.recommendations.map((x, i) => [x.number, x.shortTitle.replace('…', ''), inferStance(responseWords(r, i)).stance]);
};

describe('layout: recommendations set apart in bold, italics or quotation marks', () => {
  it('reads each, numbered by its place, with the plain paragraphs after it as its reply, under theme headings too', () => {
    assert.deepEqual(read(lines(
      '# Government response to the Education Committee', '', '## Recruitment', '',
      '**The Department should publish a recruitment strategy for shortage subjects.**', '', 'The Government agrees. We will publish it in March.', '',
      '_The Department should extend bursaries to all trainee teachers of physics._', '', 'The Government does not accept this recommendation.', '', 'Bursaries are already generous.', '',
      '## Retention', '',
      '“Ofsted should reduce the burden of inspection on small schools.”', '', 'We note the Committee’s view.',
    )), [
      [1, 'The Department should publish a recruitment strategy for', 'accepted'],
      [2, 'The Department should extend bursaries to all trainee', 'rejected'],
      // (A quotation keeps its opening mark in the title, as a cited one does.)
      [3, '“Ofsted should reduce the burden of inspection on', 'noted'],
    ]);
  });

  it('reads them with no blank lines about them: the bold ends the words where it closes, and a reply ends where the next bold opens', () => {
    const text = lines(
      'Response to the Business and Trade Committee',
      '**The Government should set a deadline of the end of 2026 for all compensation',
      'offers under the Horizon Shortfall Scheme.**',
      'The Government agrees. We have set a target to make all offers by December 2026.',
      '**The Department should fund independent legal advice for all claimants.**',
      'We do not accept this recommendation. Advice is already funded.',
    );
    assert.deepEqual(read(text), [
      [1, 'The Government should set a deadline of the', 'accepted'],
      [2, 'The Department should fund independent legal advice for', 'rejected'],
    ]);
  });

  it('keeps a citation a wrap put on the line under the closing bold with the words it cites', () => {
    const r = parse(lines(
      'Government Response to the Science and Technology Committee', '',
      '**The Government should double its investment in quantum technologies by 2030.**', '(Paragraph 15)', '',
      'Government response to recommendation 1', '', 'The Government has committed £2.5 billion to quantum technologies.', '',
      '**The Government should publish a quantum skills strategy.** (Paragraph 22)', '',
      'Government response to recommendation 2', '', 'We agree.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.range.start.line, x.range.end.line]), [[1, [15], 2, 3], [2, [22], 9, 9]]);
  });

  it('reads none where only one paragraph stands so, or where its words open as a reply does or do not recommend', () => {
    const reply = ['Government response', '', 'The Government has reviewed the scheme.', '', '**Schools should receive the funding by April, and we will make sure they do.**', '', 'The funding formula is unchanged.'];
    assert.deepEqual(read(lines(...reply)), []);
    assert.deepEqual(read(lines(
      '**We agree that the Department should publish a recruitment strategy.**', '', 'It will be published in March.', '',
      '**We accept that Ofsted should reduce the burden of inspection.**', '', 'Ofsted is reviewing its framework.', '',
      '**The scheme has been running for three years in twelve areas.**', '', 'It will be evaluated next year.',
    )), []);
  });

  it('reads one with no reply between two answered ones, and none in a run of points with no reply between them', () => {
    assert.deepEqual(read(lines(
      'Government response', '',
      '**The Department should publish a recruitment strategy for shortage subjects.**', '', 'The Government agrees.', '',
      '**The Department should extend bursaries to all trainee teachers of physics.**', '',
      '**Ofsted should reduce the burden of inspection on small schools.**', '', 'We note the Committee’s view.',
    )).map(([n, , stance]) => [n, stance]), [[1, 'accepted'], [2, 'no-response'], [3, 'noted']]);
    assert.deepEqual(read(lines(
      'Our priorities', '',
      '**Every school should have a mental health lead by 2025.**', '', '**Every council must publish its local offer online.**', '',
      '**Health visitors should see every family twice in the first year.**', '', 'These are the priorities of the strategy, which we will publish in the spring.',
    )), []);
  });

  it('leaves a reply\'s words in bold to the reply where another layout found the recommendations', () => {
    const r = parse(lines(
      '1. The Department should publish a recruitment strategy. (Paragraph 12)', '', '**The Department should and will publish it in March.**', '', 'It is being drafted.', '',
      '2. The Department should extend bursaries to physics. (Paragraph 15)', '', '**Bursaries should stay as they are for every subject.**', '', 'They are reviewed each year.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, r.responses[x.responses[0]].bodyParagraphs.length]), [[1, [12], 2], [2, [15], 2]]);
  });

  it('ends a numbered or labelled recommendation in bold where its bold ends, when a reply follows on its line or the next', () => {
    const read = (text: string) => {
      const r = parse(text);
      return r.recommendations.map((x, i) => [x.number, x.shortTitle.replace('…', ''), inferStance(responseWords(r, i)).stance]);
    };
    assert.deepEqual(read(lines(
      '# Government response to the Science and Technology Committee', '',
      '**Recommendation 1: The Government should publish an AI strategy by the end of the year.** The Government agrees and will publish it.', '',
      // A label alone in bold: the words after it are the recommendation's, not a reply.
      '**Recommendation 2:** The Government should review the programme. The Government should report on it.', '', 'The Government agrees.',
    )), [
      [1, 'The Government should publish an AI strategy by', 'accepted'],
      [2, 'The Government should review the programme. The Government', 'accepted'],
    ]);
    const numbered = lines(
      '# Government response to the Health Committee', '',
      '**1. The Department should fund a compute programme.**', 'We do not accept this recommendation.', '',
      '2. **UKRI should review the size of its grants.** Under consideration.', '',
      '3. **The Department should publish a workforce plan for social care.** The Government agrees.',
    );
    assert.deepEqual(read(numbered), [
      [1, 'The Department should fund a compute programme', 'rejected'],
      [2, 'UKRI should review the size of its grants', 'under-consideration'],
      [3, 'The Department should publish a workforce plan for', 'accepted'],
    ]);
    assert.equal(parse(numbered).recommendations[2].text, 'The Department should publish a workforce plan for social care.');
    // With no number, two or more so: each set apart in bold with its reply after it.
    assert.deepEqual(read(lines(
      '# Response', '', '**The Department should publish a recruitment strategy.** The Government agrees.', '',
      '**The Department should extend bursaries to all trainees.** We do not accept this recommendation.',
    )), [[1, 'The Department should publish a recruitment strategy', 'accepted'], [2, 'The Department should extend bursaries to all trainees', 'rejected']]);
    // One alone is a reply's stress.
    assert.deepEqual(read(lines('# Response', '', 'The Government has reviewed the scheme.', '', '**Schools should receive the funding by April.** The Government agrees.')), []);
  });
});
