// A letter that quotes each recommendation after "The Committee recommended:", with no number and no citation, and
// answers it in the paragraph after; the same words opening a reply in a document of numbered recommendations.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { lines } from '../../support/fixture';

describe('layout: recommendations quoted after "The Committee recommended:"', () => {
  it('reads each as a recommendation numbered by its place, its words after the colon, answered by the paragraph after', () => {
    const r = parse(lines(
      'Letter from the Minister for Schools to the Chair of the Education Committee', '',
      'Dear Robin,', '',
      'Thank you for your Committee’s report. I set out the Government’s response to each recommendation below.', '',
      'The Committee recommended: “The Department should publish guidance on mobile phones in schools by September.”', '',
      'We accept this recommendation. Guidance was published in February.', '',
      'The Committee recommends that the Department collects data on exclusions for the use of phones.', '',
      'We do not accept this recommendation. Schools already record exclusions by reason.', '',
      '**Committee recommendation:** The Department should review the guidance every year.', '',
      'Yours sincerely,', '',
      'Jane Smith MP', 'Minister for Schools',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [
      [1, '“The Department should publish guidance on mobile phones in schools by September.”'],
      [2, 'The Committee recommends that the Department collects data on exclusions for the use of phones.'],
      [3, 'The Department should review the guidance every year.'],
    ]);
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((row) => row.inferredStance), ['accepted', 'rejected', 'no-response']);
    // The letter's title is its heading, not the first paragraph of prose that names the report.
    assert.equal(r.sections[0].title, 'Letter from the Minister for Schools to the Chair of the Education Committee');
  });

  it('reads a letter that answers each recommendation in its own paragraph, after a word and a comma or not', () => {
    const r = parse(lines(
      'Dear Chair,', '',
      'Thank you for your Committee’s report on children’s hospices.', '',
      'The Committee recommended that the Government should review the funding of children’s hospices. We agree, and the review will report in the summer.', '',
      'The Committee also recommended that the Department publish data on waiting times. The Committee noted the gaps in it. We do not accept this recommendation, as the data is not collected centrally.', '',
      'Finally, the Committee recommended that integrated care boards should each name a lead', 'for palliative care.', 'We accept this recommendation.', '',
      'Yours sincerely,', '', 'Andrew Gwynne MP', 'Minister for Public Health',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.responses.length]), [
      [1, 'The Committee recommended that the Government should review the funding of children’s hospices.', 1],
      [2, 'The Committee also recommended that the Department publish data on waiting times. The Committee noted the gaps in it.', 1],
      [3, 'Finally, the Committee recommended that integrated care boards should each name a lead for palliative care.', 1],
    ]);
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((row) => row.inferredStance), ['accepted', 'rejected', 'accepted']);
    assert.ok(r.layouts.includes('reply-in-paragraph'));
    // Hard-wrapped, the reply's first words cut by a line break: "We" / "accept this recommendation."
    const wrapped = parse(lines('Dear Chair,', '', 'Finally, the Committee recommended that integrated care', 'boards should each name a lead for palliative care. We', 'accept this recommendation.'));
    assert.deepEqual(wrapped.recommendations.map((x) => [x.text, x.responses.length]), [['Finally, the Committee recommended that integrated care boards should each name a lead for palliative care.', 1]]);
    assert.deepEqual(briefingRows(wrapped, 'file:///l.txt').map((row) => row.inferredStance), ['accepted']);
  });

  it('reads a Committee that asks, calls on, urges or believes, each point in a paragraph of its own, its reply after it', () => {
    const r = parse(lines(
      'Scottish Government response to the Health, Social Care and Sport Committee', '',
      'The Committee asks the Scottish Government to set out how it will reduce delayed discharge.', '',
      'The Scottish Government has established a national taskforce, which will report in March.', '',
      'The Committee calls on the Scottish Government to publish data on care home vacancies monthly.', '',
      'The Scottish Government agrees and will begin monthly publication in the new year.', '',
      'The Committee believes that the National Care Service should include children\'s services.', '',
      'The Scottish Government does not agree.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.split(' ').slice(0, 3).join(' '), x.responses.length]), [
      [1, 'The Committee asks', 1],
      [2, 'The Committee calls', 1],
      [3, 'The Committee believes', 1],
    ]);
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((row) => row.inferredStance), ['noted', 'accepted', 'rejected']);
  });

  it('reads a letter to the Chair that says "you recommended", "your Committee recommended" or "your report recommended"', () => {
    const letter = lines(
      'Dear Chair,', '', 'Thank you for your Committee\'s report. I set out the Government\'s response below.', '',
      'You recommended that the Government should uprate benefits in line with inflation every April.', '',
      'We agree, and benefits were uprated by 6.7% in April 2024.', '',
      'Your Committee also recommended that the Government should review the benefit cap.', '',
      'The Government does not intend to review the benefit cap.', '',
      'Finally, your report recommended that the Department publish data on food bank use.', '',
      'The Government has no plans to publish these data.', '',
      'Yours sincerely,',
    );
    const read = (text: string) => briefingRows(parse(text), 'file:///l.txt').map((r) => [r.number, r.title.slice(0, 16), r.inferredStance, r.response.slice(0, 14)]);
    const expected = [
      [1, 'You recommended ', 'accepted', 'We agree, and '],
      [2, 'Your Committee a', 'rejected', 'The Government'],
      [3, 'Finally, your re', 'rejected', 'The Government'],
    ];
    assert.deepEqual(read(letter), expected);
    // With no blank lines: the salutation, each point and each reply part where a sentence ends.
    assert.deepEqual(read(letter.split('\n').filter((l) => l.trim()).join('\n')), expected);
    // A point straight after the salutation.
    assert.deepEqual(read(lines('Dear Convener,', 'The Committee recommended that the Scottish Government publish a plan.', 'We agree.')), [[1, 'The Committee re', 'accepted', 'We agree.']]);
  });

  it('reads a letter that counts the recommendations: "Your first recommendation was that …", "The Committee\'s next recommendation is: …"', () => {
    const letter = lines(
      'Dear Chair,', '', 'Thank you for your Committee\'s report on rural buses.', '',
      'Your first recommendation was that the Department should publish a rural bus strategy within twelve months.', '',
      'We agree. We will publish a strategy by the end of next year.', '',
      'Your second recommendation was that local authorities should be given multi-year funding settlements.', '',
      'The Government does not accept this recommendation. Funding is allocated through the Spending Review.', '',
      'The Committee\'s final recommendation is: the concessionary fares scheme should be reviewed.', '',
      'We will consider this as part of the wider review.', '',
      'Yours sincerely,',
    );
    const read = (text: string) => briefingRows(parse(text), 'file:///l.txt').map((r) => [r.number, r.title.slice(0, 16), r.inferredStance, r.response.slice(0, 14)]);
    const expected = [
      [1, 'Your first recom', 'accepted', 'We agree. We w'],
      [2, 'Your second reco', 'rejected', 'The Government'],
      [3, 'the concessionar', 'under-consideration', 'We will consid'],
    ];
    assert.deepEqual(read(letter), expected);
    assert.deepEqual(read(letter.split('\n').filter((l) => l.trim()).join('\n')), expected);
  });

  it('leaves the words as a reply where another layout found the recommendations', () => {
    const r = parse(lines(
      '1. The Department should publish the data every quarter. (Paragraph 4)', '',
      'The Committee recommends that the data be published more often. We agree, and will publish it every quarter.', '',
      '2. The Department should consult schools. (Paragraph 9)', '',
      'We will consult schools in the spring.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length]), [[1, 1], [2, 1]]);
  });

  it('reads "At paragraph 45, the Committee recommends …" and "In paragraph 60, the Committee calls for …", the paragraph named as its citation', () => {
    const r = parse(lines(
      'Dear Convener,', '', 'I set out the Scottish Government\'s response below.', '',
      'At paragraph 45, the Committee recommends that Transport Scotland should publish a vessel plan.', '', 'The Scottish Government agrees.', '',
      'At paragraph 52 of its report the Committee asks the Scottish Government to review fares.', '', 'The Scottish Government does not agree.', '',
      'In paragraph 60, the Committee calls for community representation on the board.', '', 'We accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [52], 1], [3, [60], 1]]);
    assert.deepEqual(r.recommendations[2].citations[0].range, { start: { line: 12, character: 3 }, end: { line: 12, character: 15 } });
  });

  it('reads, after what the Committee recommends or asks in the present, a sentence in the answerer\'s voice as the reply, its decision given or not; not one that recommends', () => {
    const r = parse(lines(
      'Dear Convener,', '',
      'At paragraph 62, the Committee asks the Scottish Government to consider exempting student accommodation. The Scottish Government has considered this carefully and does not intend to provide such an exemption.', '',
      'The Committee recommends that the Department publish data on waiting times. We will publish the data from April.', '',
      'The Committee recommends that the Department fund more places. The Department should also report on them each year.', '',
      'Yours sincerely,', '', 'Jane Doe',
    ));
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'The Scottish Government has considered this carefully and does not intend to provide such an exemption.', 'rejected'],
      [2, 'We will publish the data from April.', 'unclear'],
      [3, '', 'no-response'],
    ]);
  });

  it('reads the paragraph after the words that introduce it alone ("The Committee recommended:") as the recommendation; over a numbered one, they introduce it', () => {
    const quoted = parse(lines(
      'Dear Chair,', '',
      'The Committee recommended:', '', '"The Department should publish guidance on mobile phones in schools by September."', '',
      'We accept this recommendation. Guidance was published in February.', '',
      'The Committee also recommended:', '', '"The Department should collect data on exclusions."', '',
      'We do not accept this recommendation.',
    ));
    assert.deepEqual(briefingRows(quoted, 'file:///l.txt').map((x) => [x.number, x.title.slice(0, 20), x.response.slice(0, 20)]), [
      [1, '"The Department shou', 'We accept this recom'],
      [2, '"The Department shou', 'We do not accept thi'],
    ]);
    const numbered = parse(lines(
      'The Committee recommended:', '',
      'R1', 'The Cabinet Office should publish a strategy for preventing fraud.', '', 'Our response:', 'The government agrees with the Committee\'s recommendation.', '',
      'R2', 'HM Treasury should require departments to report losses.', '', 'Our response:', 'The government disagrees with the Committee\'s recommendation.',
    ));
    assert.deepEqual(numbered.recommendations.map((x) => [x.number, x.text.slice(0, 16)]), [[1, 'The Cabinet Offi'], [2, 'HM Treasury shou']]);
  });

  it('reads the Committee\'s opening words where a wrap cut them ("At paragraph 45, the Committee" / "recommends that …"), and follows an edit of the second line', () => {
    const text = lines(
      'Dear Convener,', '',
      'At paragraph 45, the Committee', 'recommends that the Scottish Government publish an assessment of rent controls. The Scottish', 'Government agrees and will publish it.', '',
      'At paragraph 62, the Committee', 'asks the Scottish Government to exempt student housing. The Scottish Government does not agree.',
    );
    const r = parse(text);
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((x) => [x.number, x.paragraphs.join(), x.inferredStance]), [[1, '45', 'accepted'], [2, '62', 'rejected']]);
    // Typed so that the second line no longer says what the Committee did, and back: the same models as read afresh.
    const edited = text.replace('asks the Scottish', 'tells the Scottish');
    const typed = parse(edited, { previous: r });
    assert.equal(typed.recommendations.length, 1);
    assert.equal(parse(text, { previous: typed }).recommendations.length, 2);
  });

  it('reads a letter telling what the Committee recommended, in the past, its next sentence in the paragraph the reply, whatever it says; not where the Committee\'s words go on', () => {
    const r = parse(lines(
      'Dear Chair,', '',
      'You recommended that the Department set out a funding settlement for museums. The Government agrees.', '',
      'You also recommended that Arts Council England publish data on visitor numbers. Arts Council England will publish these data from April.', '',
      'The Committee asked the Department to publish a plan. This should include targets for each region.', '',
      'The plan will be published in June.', '',
      'Your report recommended that the Department review the fund. It also said that the review should be independent.', '',
      'Your final recommendation was that the Department review concessionary fares.', 'This is under review and we will write to the Committee.', '',
      'Yours sincerely,', '', 'Jane Smith MP',
    ));
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((x) => [x.number, x.response]), [
      [1, 'The Government agrees.'],
      [2, 'Arts Council England will publish these data from April.'],
      [3, 'The plan will be published in June.'],
      [4, ''],
      [5, 'This is under review and we will write to the Committee.'],
    ]);
  });

  it('reads a letter that tells each recommendation and answers it in one sentence ("On your first recommendation, that …, I can confirm …"), the answer after the comma', () => {
    const r = parse(lines(
      'Dear Dame Meg,', '',
      'Thank you for the Committee\'s report. I am writing to respond to its recommendations.', '',
      'On your first recommendation, that the Department publish a realistic timetable for the programme, I can confirm that a revised timetable was published in January.', '',
      'Turning to the Committee\'s second recommendation, that the Department set out the full cost of each hospital,', 'I regret that we cannot do so while contracts are being negotiated.', '',
      'On your third recommendation, that the Department report to the Committee every six months, I am happy to agree to this.', '',
      'Yours sincerely,', '', 'Wes Streeting',
    ));
    assert.deepEqual(briefingRows(r, 'file:///l.txt').map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'I can confirm that a revised timetable was published in January.', 'unclear'],
      [2, 'I regret that we cannot do so while contracts are being negotiated.', 'rejected'],
      [3, 'I am happy to agree to this.', 'accepted'],
    ]);
    assert.deepEqual(r.recommendations.map((x) => x.text), [
      'the Department publish a realistic timetable for the programme',
      'the Department set out the full cost of each hospital',
      'the Department report to the Committee every six months',
    ]);
  });
});
