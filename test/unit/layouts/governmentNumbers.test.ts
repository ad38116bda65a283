// The Government's own paragraph numbers in a response ("4.", "5." … through the document, or "1.1") are neither
// recommendations nor the response's words.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { copies, lines } from '../../support/fixture';
import { stances } from '../../../server/src/features/stance';

describe('layout: the Government\'s own paragraph numbers', () => {
  const paper = lines(
    'Introduction', '',
    '1.    The Government welcomes the Committee\'s report.', '',
    '2.    This paper sets out the Government\'s response to each recommendation.', '',
    'Recommendation 1 (paragraph 34)', 'The Government should set a national target for specialist housing.', '',
    'Government response', '',
    '3.    The Government does not agree that a separate national target is the', '      right approach.', '',
    '4.    We will, however, strengthen planning practice guidance.', '',
    'Recommendation 2 (paragraph 41)', 'The Ministry should create a new planning use class.', '',
    'Government response', '',
    '5.    The Government accepts this recommendation in principle.',
  );

  it('reads only the labelled recommendations, with the citations in their headings', () => {
    const r = parse(paper);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [34]], [2, [41]]]);
  });

  it('starts each response with its words, not its paragraph number, and leaves the numbers out throughout', () => {
    const r = parse(paper);
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), [
      'The Government does not agree that a separate national target is the right approach. We will, however, strengthen planning practice guidance.',
      'The Government accepts this recommendation in principle.',
    ]);
  });

  it('leaves the number out after a label on the same line ("Government response: 3. The Government …"), and reads the decision after it', () => {
    const r = parse(paper.replace(/Government response\n\n/g, 'Government response: '));
    assert.deepEqual(r.responses.map((x) => x.headingTitle), [
      'The Government does not agree that a separate national target is the', 'The Government accepts this recommendation in principle.',
    ]);
    assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['rejected', 'accepted']);
  });

  it('reads a numbered paragraph right under "Recommendation 1" as its words, the Government\'s number left out', () => {
    const r = parse(lines(
      '1. The Government welcomes the Committee\'s report.', '',
      'Recommendation 1', '', '2. The Cabinet Office should publish a workforce plan. (Paragraph 14)', '', '3. The Government agrees.', '',
      'Recommendation 2', '', '4. The Cabinet Office should reduce the use of consultants. (Paragraph 20)', '',
      '5. The Government does not accept this recommendation.', '', '6. Spending is published each year.', '',
      // Under a reply's heading after a front list, a numbered reply is the reply still.
      'Recommendation 3', '', '7. The Government agrees with the Committee.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [
      [1, [14], 'The Cabinet Office should publish a workforce plan. (Paragraph 14)'],
      [2, [20], 'The Cabinet Office should reduce the use of consultants. (Paragraph 20)'],
      [3, [], ''],
    ]);
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), [
      'The Government agrees.',
      'The Government does not accept this recommendation. Spending is published each year.',
      'The Government agrees with the Committee.',
    ]);
  });

  it('reads the decision that opens a reply after the Government\'s number ("6. Accepted. …") as its stance, in every copy', () => {
    const text = lines(
      'Appendix: Government response', '',
      'We recommend that the Government set out a strategy for marine science. (Paragraph 24)', '',
      '5. Accepted. The Marine Science Co-ordination Committee will publish one by 2009.', '',
      'The Natural Environment Research Council should review its research vessels. (Paragraph 37)', '',
      '6. Not accepted. NERC reviewed its fleet last year.',
    );
    // With no blank lines too: the numbered reply ends where the next recommendation's words begin.
    for (const [copy, t] of copies(text)) {
      assert.deepEqual(stances(parse(t)).map((s) => s.inferred.stance), ['accepted', 'rejected'], copy);
    }
  });

  it('ends a reply the Government numbered and that opens with its decision ("3. The Government agrees …") before the next recommendation\'s words, in every copy', () => {
    const text = lines(
      'Appendix: Government response', '',
      'We recommend that the Government set out a strategy for marine science. (Paragraph 24)', '',
      '3. The Government agrees that a strategy is needed. The Committee for marine science will publish one by 2009.', '',
      'The Natural Environment Research Council should review its research vessels. (Paragraph 37)', '',
      '4. The Government does not accept this recommendation. NERC reviewed its fleet last year.',
    );
    for (const [copy, t] of copies(text)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [24]], [2, [37]]], copy);
      assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['accepted', 'rejected'], copy);
    }
  });

  it('keeps a numbered recommendation that opens as a committee\'s words do ("1. We welcome …", "2. The Committee notes …") to its citation, hard-wrapped', () => {
    const text = lines(
      '1. We welcome the Department\'s progress on the programme so far.', 'The Department should now publish a plan for the next phase. (Paragraph 12)', '',
      'The Government agrees.', '',
      '2. The Committee notes that costs have risen sharply.', 'The Department should explain the rise to the Committee. (Paragraph 15)', '',
      'The Government accepts this recommendation.',
    );
    for (const [copy, t] of copies(text)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.slice(0, 14)]), [[1, [12], 'We welcome the'], [2, [15], 'The Committee ']], copy);
      assert.deepEqual(r.recommendations.map((x) => x.responses.length), [1, 1], copy);
    }
  });

  it('reads the Government\'s "2." after a reply\'s "1." as its paragraph, not as carrying on recommendations numbered "R1:" or "1:" (written otherwise)', () => {
    const doc = (form: string) => lines(
      'R1: The Government should publish a high streets strategy. (Paragraph 56)',
      '1. The Government agrees that high streets need a clear plan.',
      '2. The strategy will set out objectives for town centres.',
      'R2: Local authorities should be given powers to let empty shops. (Paragraph 71)',
      '3. High Street Rental Auctions give local authorities these powers.',
      'R3: The Government should introduce an online sales levy. (Paragraph 95)',
      '4. The Government does not intend to introduce an online sales levy.',
    ).replace(/^R(\d):/gm, form);
    for (const form of ['R$1:', 'R$1.', '$1:']) {
      const r = parse(doc(form));
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [56], 1], [2, [71], 1], [3, [95], 1]], form);
      assert.deepEqual(stances(r).map((x) => x.inferred.stance), ['accepted', 'unclear', 'rejected']);
    }
    // Written alike, the numbering carries on: "2." is the next recommendation.
    const alike = parse(lines('1. The Government should publish a strategy. (Paragraph 56)', '', 'Agreed.', '', '2. The Department should review the fund.', '', 'Government response', 'Not accepted.'));
    assert.deepEqual(alike.recommendations.map((x) => x.number), [1, 2]);
  });

  it('leaves out "1.1" numbers of numbered replies too', () => {
    const r = parse(lines('1. The Ministry should act. (Paragraph 3)', '', '1.1 The Ministry agrees.', '', '1.2 It will act within the year.'));
    assert.equal(responseBodyText(r, 0), 'The Ministry agrees. It will act within the year.');
  });

  it('reads a response that numbers every paragraph, its recommendations\' too: the replies are text, the cited ones recommendations', () => {
    const numbered = lines(
      'Government response', '',
      '1. The Government welcomes the Committee\'s report.', '',
      '2. **The Department should publish a national bus strategy within six months. (Paragraph 14)**', '',
      '3. The Government accepts this recommendation. The strategy will be published in the spring.', '',
      '4. **The Department should give local authorities powers to franchise services. (Paragraph 22)**', '',
      '5. We will consider the powers local authorities need.', '',
      '6. **Ministers should report to Parliament each year. (Paragraph 30)**', '',
      '7. We do not accept this recommendation.',
    );
    for (const text of [numbered, numbered.split('\n').filter((l) => l.trim()).join('\n')]) {
      const r = parse(text);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[2, [14]], [4, [22]], [6, [30]]]);
      assert.deepEqual(r.recommendations.map((_, i) => responseBodyText(r, r.recommendations[i].responses[0])), ['The Government accepts this recommendation. The strategy will be published in the spring.', 'We will consider the powers local authorities need.', 'We do not accept this recommendation.']);
    }
  });

  /** The recommendations 3.1, 3.2 and 4.1 of `text`, each with its citation and reply, in its first three copies. */
  const readsChapterRecommendations = (text: string) => {
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.label, x.paragraphs, responseBodyText(r, x.responses[0])]), [
        [3, '3.1', [12], 'The Government agrees.'],
        [3, '3.2', [14], 'The Government does not agree. A consultation was held in 2023.'],
        [4, '4.1', [20], 'Accepted.'],
      ], copy);
    }
  };

  it('reads a report\'s recommendations numbered in its chapters ("3.1 The Department should … (Paragraph 12)") as recommendations, in every copy', () => {
    const text = lines(
      'Chapter 3: Funding', '',
      '3.1 The Department should publish its funding plan. (Paragraph 12)', '',
      'The Government agrees.', '',
      '3.2 The Department should consult on the new formula. (Paragraph 14)', '',
      'The Government does not agree. A consultation was held in 2023.', '',
      '4.1 Ministers must set out how shortages will be addressed. (Paragraph 20)', '',
      'Accepted.',
    );
    readsChapterRecommendations(text);
  });

  it('reads them when a line break cut them, their citation on a later line, in every copy; a reply\'s "1.2" after its "1.1" stays the reply\'s', () => {
    const text = lines(
      'Chapter 3: Funding', '',
      '3.1 The Department should publish its funding plan for the', 'next five years. (Paragraph 12)', '',
      'The Government agrees.', '',
      '3.2 The Department should consult on the new formula', 'before it is introduced. (Paragraph 14)', '',
      'The Government does not agree. A consultation was held in 2023.', '',
      '4.1 Ministers must set out how shortages will be', 'addressed. (Paragraph 20)', '',
      'Accepted.',
    );
    readsChapterRecommendations(text);
    const replies = lines(
      'Government response', '',
      'The Department should publish a funding plan. (Paragraph 12)', '',
      '1.1 The Government agrees. The plan will be published in the spring.', '',
      '1.2 It is right that schools should be able to plan', 'ahead (paragraph 13).',
    );
    for (const [copy, t] of copies(replies).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]]], copy);
      assert.equal(responseBodyText(r, r.recommendations[0].responses[0]), 'The Government agrees. The plan will be published in the spring. It is right that schools should be able to plan ahead (paragraph 13).', copy);
    }
  });

  it('keeps a reply\'s "1.2" paragraph that recommends and cites the reply\'s, after a numbered reply or in the answerer\'s voice', () => {
    const text = lines(
      'Government response', '',
      'The Department should publish a funding plan. (Paragraph 12)', '',
      '1.1 The Government agrees. The plan will be published in the spring.', '',
      '1.2 It is right that schools should be able to plan ahead (paragraph 13).', '',
      'The Department should consult on the new formula. (Paragraph 14)', '',
      '2.1 We will make sure that schools forums should be consulted (paragraph 15).', '',
      '2.2 Local authorities should already consult schools forums (paragraph 16).',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]], [2, [14]]], copy);
      assert.equal(responseBodyText(r, r.recommendations[0].responses[0]), 'The Government agrees. The plan will be published in the spring. It is right that schools should be able to plan ahead (paragraph 13).', copy);
    }
  });

  it('keeps a heading in words numbered in chapters ("Recommendation 34.1") a recommendation after the reply\'s own "1.1", "1.2"', () => {
    const r = parse(lines(
      'Recommendation 33.1', 'The Home Office should create a database.', '', 'Response', '',
      '1.1 The Government accepts this recommendation.', '', '1.2 The Home Office will scope it in 2026.', '',
      'Recommendation 34.1', 'The Ministry should fund special measures.', '', 'Response', '', 'Not accepted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.label, x.shortTitle, x.responses.length]), [['33.1', 'The Home Office should create a database', 1], ['34.1', 'The Ministry should fund special measures', 1]]);
  });
});
