// Who answers, named in a heading ("Response from NHS England"), and the words that decide as "the Government" does.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { stances } from '../../../server/src/features/stance';
import { responseBodyText } from '../../../server/src/features/responseText';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.response, r.inferredStance]);

describe('who answers', () => {
  it('reads "Response from …" as a heading, with or without the answer after it, and the body\'s own words as deciding', () => {
    assert.deepEqual(rows(lines(
      '1. NHS England should publish waiting times. (Paragraph 14)', '', 'Response from NHS England', '', 'NHS England accepts this recommendation.', '',
      '2. The Welsh Government should fund it. (Paragraph 22)', '', 'Response from the Welsh Government: Reject. It is funded already.', '',
      '3. Ofsted should inspect it. (Paragraph 30)', '', 'Ofsted supports this recommendation and will inspect from September.',
    )), [
      [1, 'NHS England accepts this recommendation.', 'accepted'],
      [2, 'Reject. It is funded already.', 'rejected'],
      [3, 'Ofsted supports this recommendation and will inspect from September.', 'accepted'],
    ]);
  });

  it('reads "Response of the Government" and "Response by the Department" as headings too', () => {
    assert.deepEqual(rows(lines(
      '1. The Department should publish a plan. (Paragraph 14)', '', 'Response of the Government', '', 'The Government agrees.', '',
      '2. The Department should report. (Paragraph 22)', '', 'Response by the Department for Education: Reject. It reports already.',
    )), [
      [1, 'The Government agrees.', 'accepted'],
      [2, 'Reject. It reports already.', 'rejected'],
    ]);
  });

  it('reads a label that names who answers after the citation on the words\' line ("… (Paragraph 30) Response from the Environment Agency: …", "Ofwat response:") as the reply\'s label', () => {
    assert.deepEqual(rows(lines(
      '1. Defra should publish a land use framework. (Paragraph 14) Defra response: Agreed. It will be published in the autumn.', '',
      '2. The Environment Agency should inspect more sites. (Paragraph 30) Response from the Environment Agency: The Environment Agency supports this recommendation.', '',
      '3. Ofwat should review bonuses. (Paragraph 34) The Department’s response: We do not agree.',
    )), [
      [1, 'Agreed. It will be published in the autumn.', 'accepted'],
      [2, 'The Environment Agency supports this recommendation.', 'accepted'],
      [3, 'We do not agree.', 'rejected'],
    ]);
  });

  it('leaves prose that starts "Response from" as prose', () => {
    const r = parse(lines('1. The Trust should act. (Paragraph 3)', '', 'Response from the Trust was slow, and the Department agrees.'));
    assert.equal(r.responses[0].kind, 'plain');
    const by = parse(lines('1. The Trust should act. (Paragraph 3)', '', 'Response by Local Authorities has been mixed.'));
    assert.equal(by.responses[0].kind, 'plain');
  });
});

describe('stance words', () => {
  it('reads a status line among the reply\'s words ("Status: Not accepted", "**Decision:** Agreed") as a label, before the wording', () => {
    assert.deepEqual(rows(lines(
      'Recommendation 1 (Paragraph 14)', 'The Government should set a statutory target for peatland restoration.', 'Response',
      'The Government has set out its ambition in the England Peat Action Plan.', 'Status: Not accepted', '',
      'Recommendation 2 (Paragraph 22)', 'Defra should publish data on the condition of protected sites.', 'Response',
      'The first data will follow in the spring.', '', '**Decision:** Agreed', '',
      'Recommendation 3 (Paragraph 30)', 'The Government should review the planning guidance.', 'Response',
      'The Government accepts this recommendation.', 'Status: Under consideration',
    )).map((r) => [r[0], r[2]]), [[1, 'rejected'], [2, 'accepted'], [3, 'under-consideration']]);
  });

  it('reads a status line straight after a recommendation\'s words, with no heading or blank line, as its reply (a form written out)', () => {
    assert.deepEqual(rows(lines(
      'Government response', '', 'Recommendation 1: The Department should publish a plan every year.', 'Status: Agreed', '',
      'Recommendation 2: The Department should fund transport for pupils.', 'Decision: Not accepted. Funds are set.',
    )).map((r) => [r[0], r[2]]), [[1, 'accepted'], [2, 'rejected']]);
  });

  it('reads "supports", "does not consider … necessary", "will keep under review" and "welcomes the recommendation and will"', () => {
    assert.deepEqual(rows(lines(
      '1. The Department should act. (Paragraph 3)', '', 'The Government supports this recommendation.', '',
      '2. The Department should legislate. (Paragraph 4)', '', 'The Government does not consider legislation necessary.', '',
      '3. The Department should review it. (Paragraph 5)', '', 'The Department will keep the matter under review.', '',
      '4. The Department should publish it. (Paragraph 6)', '', 'We welcome this recommendation and will publish the data in May.',
    )).map((r) => r[2]), ['accepted', 'rejected', 'under-consideration', 'accepted']);
  });

  it('reads support in part as a partial acceptance ("supports this recommendation in part", "partly supports")', () => {
    assert.deepEqual(rows(lines(
      '1. The Department should act. (Paragraph 3)', '', 'The Government supports this recommendation in part. Some of it is in hand.', '',
      '2. The Department should legislate. (Paragraph 4)', '', 'We partly support the recommendation.',
    )).map((r) => r[2]), ['accepted-in-part', 'accepted-in-part']);
  });
});

describe('"Recommendations 3 and 4" over items "3." and "4."', () => {
  it('reads two recommendations, not a phantom third, answered by the response to both', () => {
    const r = parse(lines(
      'Recommendations 3 and 4', '', '3. The Department should set targets. (Paragraph 12)', '', '4. The Department should report on them. (Paragraph 13)', '',
      'Government response to recommendations 3 and 4', '', 'We will consider these recommendations.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length]), [[3, 1], [4, 1]]);
    // Each item is its own recommendation's words.
    assert.deepEqual(r.recommendations.map((x) => [x.shortTitle, x.paragraphs]), [['The Department should set targets', [12]], ['The Department should report on them', [13]]]);
    assert.equal(r.recommendations[0].responses[0], r.recommendations[1].responses[0]);
  });

  it('reads items that cite nothing, with or without blank lines between them, each as its number\'s recommendation', () => {
    for (const gap of [[''], []]) {
      const r = parse(lines(
        'Recommendation 1', 'The Home Office should create a database.', '', 'Response', 'Accepted.', '',
        'Recommendations 2 to 4', '2. Police forces should train all officers.', ...gap, '3. The College of Policing should publish guidance.', ...gap, '4. Forces should report annually.', '',
        'Response', 'The Government accepts these recommendations in principle.', '',
        'Recommendation 5', 'The Ministry of Justice should fund special measures.', '', 'Response', 'Not accepted.',
      ));
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle]), [
        [1, 'The Home Office should create a database'], [2, 'Police forces should train all officers'], [3, 'The College of Policing should publish guidance'], [4, 'Forces should report annually'], [5, 'The Ministry of Justice should fund special measures'],
      ]);
      assert.deepEqual(r.recommendations.map((x) => x.responses.length), [1, 1, 1, 1, 1]);
      assert.equal(r.recommendations[1].responses[0], r.recommendations[3].responses[0]);
    }
  });

  it('gives each number to a paragraph of its own when as many paragraphs without numbers follow, each with its citation', () => {
    const r = parse(lines(
      'Recommendations 2 and 3', '', 'We recommend that the Government publish guidance on the use of AI. (Paragraph 60)', '',
      'We further recommend that this guidance is reviewed every year. (Paragraph 61)', '',
      'Government response', '', 'The Government accepts both recommendations.', '',
      'Recommendation 4', '', 'The Government should fund a national programme of AI skills. (Paragraph 72)', '',
      'Government response', '', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[2, [60], 1], [3, [61], 1], [4, [72], 1]]);
    assert.equal(r.recommendations[0].responses[0], r.recommendations[1].responses[0]);
    // One paragraph of words under two numbers is both recommendations, as before.
    const one = parse(lines('Recommendations 2 and 3', '', 'The Department should set targets and report on them. (Paragraph 12)', '', 'Government response', '', 'Agreed.'));
    assert.deepEqual(one.recommendations.map((x) => [x.number, x.paragraphs]), [[2, [12]], [3, [12]]]);
  });
});

describe('a reply nested under its recommendation as a list item', () => {
  it('reads "- Response: Accepted …" under each numbered recommendation as its labelled reply', () => {
    const r = parse(lines(
      'Government response', '',
      '1. The Department should publish a plan for rural schools. (Paragraph 4)', '   - Response: Accepted. The plan will be published in the spring.',
      '2. The Department should fund school transport in full. (Paragraph 9)', '   - Response: Not accepted. Funding is provided through the settlement.',
      '3. The Department should review small school closures. (Paragraph 15)', '   * **Government response:** Under consideration.',
    ));
    assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['accepted', 'rejected', 'under-consideration']);
    assert.deepEqual(r.recommendations.map((_, i) => responseBodyText(r, r.recommendations[i].responses[0])), ['Accepted. The plan will be published in the spring.', 'Not accepted. Funding is provided through the settlement.', 'Under consideration.']);
  });

  it('reads "- **Recommendation 1:** …" behind a bullet as the labelled recommendation, its label out of its words, the reply nested under it', () => {
    const r = parse(lines(
      '# Government response', '',
      '- **Recommendation 1:** The Department should publish a plan. (Paragraph 12)', '  - **Response:** Accepted. The plan will be published in June.',
      '- Recommendation 2: The Department should fund rural routes.', '  - Response: Not accepted. Funding is set at each spending review.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [[1, [12], 'The Department should publish a plan. (Paragraph 12)'], [2, [], 'The Department should fund rural routes.']]);
    assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['accepted', 'rejected']);
    // Other words behind a bullet stay the item's: a reply's list that names a recommendation is no recommendation.
    assert.equal(parse(lines('1. The Department should act. (Paragraph 3)', '', 'We agree, and have:', '- met the deadline set in recommendation 1;', '- published a plan.')).recommendations.length, 1);
  });

  it('reads recommendations quoted again under another body\'s heading as that body\'s replies to them, not as second recommendations', () => {
    const doc = (quote: string, first = 'Ofcom should publish a report on media literacy.') => lines(
      'Government response', '',
      '1. The Government should legislate on salaries. (Paragraph 34)', '', 'The Government agrees.', '',
      '2. Ofcom should review the rules on product placement. (Paragraph 51)', '', 'This is a matter for Ofcom.', '',
      `3. ${first} (Paragraph 60)`, '', 'This is a matter for Ofcom.', '',
      '4. The Government should consult on the licence fee. (Paragraph 72)', '', 'The Government will consult in 2009.', '',
      'Ofcom response', '',
      '2. Ofcom should review the rules on product placement. (Paragraph 51)', '', 'Ofcom agrees and will consult in the summer.', '',
      `3. ${quote} (Paragraph 60)`, '', 'Ofcom already publishes such a report every year.',
    );
    const text = doc('Ofcom should publish a report on media literacy.');
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.map((i) => responseBodyText(r, i))]), [
      [1, ['The Government agrees.']],
      [2, ['This is a matter for Ofcom.', 'Ofcom agrees and will consult in the summer.']],
      [3, ['This is a matter for Ofcom.', 'Ofcom already publishes such a report every year.']],
      [4, ['The Government will consult in 2009.']],
    ]);
    assert.deepEqual(r.responses.filter((x) => x.from).map((x) => [x.from, x.headingRange?.start.line]), [['Ofcom', 18], ['Ofcom', 24]]);
    // Other words under the number are a recommendation of their own (its number then twice), also when typed in.
    const other = doc('Ofcom should publish a report on media literacx.');
    assert.deepEqual(parse(other).recommendations.map((x) => x.number), [1, 2, 3, 4, 3]);
    assert.deepEqual(parse(other, { previous: r }), parse(other));
    assert.deepEqual(parse(text, { previous: parse(other) }), r);
    // The same typed into the only one quoted under the heading: a letter makes it the same, or no longer.
    // (Long lines: an edit of a short one, which may be page furniture, is always read afresh.)
    const long = 'Ofcom should publish a report on media literacy, as the Committee set out at some length in its report and in the evidence that it heard from witnesses.';
    const solo = (quote: string) => doc(quote, long).replace(/Ofcom response\n\n2\..*\n\n.*\n\n/, 'Ofcom response\n\n');
    const [same, unlike] = [solo(long), solo(long.replace('media', 'medja'))];
    assert.deepEqual([parse(same), parse(unlike)].map((x) => x.recommendations.length), [4, 5]);
    assert.deepEqual(parse(same, { previous: parse(unlike) }), parse(same));
    assert.deepEqual(parse(unlike, { previous: parse(same) }), parse(unlike));
    // A recommendation said only under the heading: the heading answers none before it, and heads the quotations after.
    const own = parse(lines(
      '1. The Government should legislate on salaries. (Paragraph 34)', '', 'The Government agrees.', '',
      '2. Ofcom should review the rules on product placement. (Paragraph 51)', '', 'This is a matter for Ofcom.', '',
      'Ofcom response', '',
      '5. Ofcom should publish a report on media literacy. (Paragraph 60)', '', 'Ofcom already publishes one.', '',
      '2. Ofcom should review the rules on product placement. (Paragraph 51)', '', 'Ofcom agrees.',
    ));
    assert.deepEqual(own.recommendations.map((x) => [x.number, x.responses.map((i) => responseBodyText(own, i))]), [
      [1, ['The Government agrees.']],
      [2, ['This is a matter for Ofcom.', 'Ofcom agrees.']],
      [5, ['Ofcom already publishes one.']],
    ]);
    // The same words one after the other, with no heading that names who answers between them, stay as they stand.
    const twice = parse(lines('1. The Department should fund repairs. (Paragraph 10)', '', 'Response: Accepted.', '', '1. The Department should fund repairs. (Paragraph 10)', '', 'Response: Not accepted.'));
    assert.equal(twice.recommendations.length, 2);
  });
});
