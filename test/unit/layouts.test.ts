// Each layout of the family, in two variants or more: what the model reads from it, end to end through the rules.
import { strict as assert } from 'assert';
import { parse, paragraphText, type Report } from '../../server/src/model';
import { stances } from '../../server/src/features/stance';
import { findings } from '../../server/src/features/diagnostics';
import { documentSymbols } from '../../server/src/features/outline';
import { outlineText } from '../../server/src/features/outlineText';
import { briefingRows, formatBriefing } from '../../server/src/features/briefing';
import { createReportService } from '../../server/src/service';
import { documentDefinitions } from '../../server/src/features/documentDefinitions';
import { readSeed } from '../../scripts/corpus';
import { copies, lines } from '../support/fixture';

/** Each recommendation as "label [paragraphs] → stance", with "none" for no response. */
function read(report: Report): string[] {
  const s = stances(report);
  return report.recommendations.map((r, i) => `${r.label}${/^\d+$/.test(r.label) && r.number !== Number(r.label) ? `=${r.number}` : ''} [${r.paragraphs.join(',')}] → ${r.responses.length ? s[i].inferred.stance : 'none'}`);
}
const codes = (report: Report) => findings(report).map((f) => f.code).filter((c) => c !== 'undefined-acronym');
const responseText = (report: Report, i: number) => report.responses[i].bodyParagraphs.map((p) => paragraphText(report.lines, report.paragraphs[p])).join(' ');

describe('layout: headed command paper ("Recommendation 7" / "Government response")', () => {
  it('reads headings, text with or without its number and citation, groups, and a recommendation with no response', () => {
    const r = parse(lines(
      'Government Response to the Transport Committee', '', 'CP 512', '',
      'Recommendation 1', '', 'The Department should publish a cycling strategy. (Paragraph 12)', '', 'Government response', '',
      'The Government accepts this recommendation and will publish it in the spring.', '',
      'Recommendation 2:', '', '2. The Department should fund safe routes.', '', 'Government Response', '', 'Not accepted. Funding is in place.', '',
      'Recommendation 3', '', 'The Department should review its guidance.', '',
      'Recommendations 4 and 5', '', 'The Department should set targets and report on them.', '',
      'Government response to recommendations 4 and 5', '', 'We will consider these recommendations.',
    ));
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [] → rejected', '3 [] → none', '4 [] → under-consideration', '5 [] → under-consideration']);
    assert.deepEqual(r.recommendations.slice(3).map((x) => [x.label, x.numberRange.start.character, x.numberRange.end.character]), [['4', 0, 17], ['5', 22, 23]]);
    assert.equal(r.recommendations[1].shortTitle, 'The Department should fund safe routes', 'without the number repeated under the heading');
    assert.deepEqual(r.responses.map((x) => x.kind), ['heading', 'heading', 'heading']);
    assert.equal(r.responses[1].stanceLabel?.text, 'Not accepted');
    assert.deepEqual(codes(r), ['no-response', 'no-paragraph', 'no-paragraph', 'no-paragraph', 'no-paragraph']);
  });

  it('reads the layout with no blank lines, Markdown headings, and "Response" alone', () => {
    const r = parse(lines(
      '## Recommendation 1', 'The Home Office should publish the data.', '## Response', 'The Home Office agrees.',
      '## Recommendation 2', 'The Home Office should review the fees.', '## Response', 'The Home Office does not accept this recommendation.',
    ));
    assert.deepEqual(read(r), ['1 [] → accepted', '2 [] → rejected']);
    assert.deepEqual(codes(r), [], 'no citations at all: no "no-paragraph" findings');
  });
});

describe('layout: inline labelled ("Recommendation 4: …")', () => {
  it('reads the label and words in one paragraph, bold or not, the citation inside or outside the bold', () => {
    const r = parse(lines(
      'Recommendation 1: The Department should publish waiting times every quarter (paragraph 61).', '', 'The Government agrees.', '',
      '**Recommendation 2.** We urge the Department to consult. (Paragraph 12)', '', 'Accepted in principle. We will consult.', '',
      '**Recommendation 3: The Department should fund it (Paragraph 14).**', '', 'The Department disagrees.',
    ));
    assert.deepEqual(read(r), ['1 [61] → accepted', '2 [12] → accepted', '3 [14] → rejected']);
    assert.equal(r.recommendations[0].text.startsWith('The Department should'), true);
    assert.deepEqual(r.references, [], 'a label is not a reference to itself');
  });

  it('reads conclusions and recommendations numbered in one sequence', () => {
    const r = parse(lines('Conclusion 1: The Ministry does not know the scale.', '', 'The Ministry notes the conclusion.', '', 'Recommendation 2: The Ministry should count it.', '', 'The Ministry accepts this.'));
    assert.deepEqual(read(r), ['1 [] → noted', '2 [] → accepted']);
    assert.deepEqual(codes(r), []);
  });
});

describe('layout: parenthesised numbers ("(12) We recommend …")', () => {
  it('reads them answered under "The Government\'s Response" and "Government reply"', () => {
    const r = parse(lines(
      '(1) We recommend that the Ministry publishes an annual report.', '', "The Government's Response", '', 'The Ministry agrees with this recommendation.', '',
      '(2) We recommend that the Ministry reviews temporary cells.', '', 'Government reply', '', 'The Government does not accept this recommendation.', '',
      '(3) We recommend a new inspection regime.',
    ));
    assert.deepEqual(read(r), ['1 [] → accepted', '2 [] → rejected', '3 [] → none']);
  });

  it('reads them with citations and plain responses, and leaves lettered lists alone', () => {
    const r = parse(lines('(12) We recommend a review. (Paragraph 30)', '', 'We agree.', '', '(a) one point', '(b) another', '', '(13) We recommend funding. (Paragraph 31)', '', 'We reject this.'));
    assert.deepEqual(read(r), ['12 [30] → accepted', '13 [31] → rejected']);
  });

  it('reads letters in brackets before the Committee\'s words or ending with a citation, numbered by place (an older report)', () => {
    const r = parse(lines(
      'Government Response', '',
      '(a) We recommend that the Department publishes annual figures for children waiting for assessment (paragraph 23).', '', 'The Government accepts this recommendation.', '',
      '(b) We are concerned that parents are not told of their rights, and recommend that guidance be issued (paragraph 40).', '', 'The Government does not accept this recommendation.', '',
      'The Government will:', '(a) publish the guidance;', '(b) consult parents.',
    ));
    assert.deepEqual(read(r), ['1 [23] → accepted', '2 [40] → rejected']);
  });

  it('reads Roman numerals in brackets the same way, each numbered by its value ("(ii) We recommend …")', () => {
    const r = parse(lines(
      'GOVERNMENT REPLY', '',
      '(i) We recommend that the Department publish its evaluation of the pilot scheme. (Paragraph 23)', '', 'The Government accepts this recommendation.', '',
      '(ii) We recommend that the scheme be extended only after the evaluation. (Paragraph 27)', '', 'The Government agrees.', '',
      '(iii) The Department should consult on the funding formula. (Paragraph 31)', '', 'The Government does not accept this recommendation.', '',
      '(iv) We recommend that the Department report to us annually. (Paragraph 35)', '', 'The Government will consider this.', '',
      'The Government will:', '(ii) publish the guidance;', '(iii) consult parents.',
    ));
    assert.deepEqual(read(r), ['1 [23] → accepted', 'ii [27] → accepted', 'iii [31] → rejected', 'iv [35] → under-consideration']);
    assert.deepEqual(r.recommendations.map((x) => x.number), [1, 2, 3, 4]);
  });
});

describe('layout: labelled replies ("DHSC response: Agree")', () => {
  it('reads a label line, a label with the answer after it, and a list a converter renumbered "1." throughout', () => {
    const r = parse(lines(
      '# Government response', '',
      '1. "The Department should set out a workforce plan." (Paragraph 14)', '', 'DHSC response: Agree', '', 'The Department will publish the plan.', '',
      '1. "The Department should review pay." (Paragraph 22)', '', 'DHSC response: Disagree. Pay is set by the pay review body.', '',
      '1. "NHS England should report on agency costs." (Paragraph 30)', '', 'Response: Under consideration',
    ));
    assert.deepEqual(read(r), ['1 [14] → accepted', '1=2 [22] → rejected', '1=3 [30] → under-consideration']);
    assert.deepEqual(r.responses.map((x) => x.from), ['DHSC', 'DHSC', undefined]);
    assert.equal(r.responses[1].headingTitle, 'Disagree. Pay is set by the pay review body.');
    assert.deepEqual(codes(r), [], 'not duplicates of recommendation 1');
  });

  it('reads "Government response: Accepted" labels after quoted recommendations with no citation', () => {
    const r = parse(lines('1. "The Treasury should publish the model."', '', 'Government response: Accepted', '', '2. "The Treasury should consult."', '', 'Government response: Not accepted. It was consulted on in 2023.'));
    assert.deepEqual(read(r), ['1 [] → accepted', '2 [] → rejected']);
  });

  it('reads a decision a wrap cut after the label ("Government response: Not" / "agreed. …") whole, not "agreed" from the line below', () => {
    const r = parse(lines('1. The Government should rule out advertising on the BBC. (Paragraph 27)', 'Government response: Not', 'agreed. All options remain under review.', '', '2. The BBC should publish its costs. (Paragraph 30)', 'Government response: Partially', 'accepted: the BBC will publish some costs.'));
    assert.deepEqual(read(r), ['1 [27] → rejected', '2 [30] → accepted-in-part']);
  });

  it('reads a label in small letters with its colon before words that open a sentence ("government response: Agreed."), not words a wrap carried on', () => {
    const r = parse(lines('1. The Treasury should publish the model. (Paragraph 12)', 'government response: Agreed. The model will be published.', '', '2. The Treasury should consult. (Paragraph 14)', 'government response: The Treasury does not accept this recommendation.'));
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [14] → rejected']);
    const wrapped = parse(lines('1. The Treasury should publish the model. (Paragraph 12)', '', 'We agree, as we said in the Government\'s', 'response: the model will be published.'));
    assert.deepEqual(read(wrapped), ['1 [12] → accepted']);
    assert.equal(wrapped.responses.length, 1);
  });

  it('reads a heading in small letters that names the recommendations it answers ("government response to recommendations 1 and 2")', () => {
    const r = parse(lines(
      '1. The Department should publish a plan. (Paragraph 3)', '', '2. The Department should review funding. (Paragraph 5)', '',
      'government response to recommendations 1 and 2', '', 'The Government agrees with both recommendations.', '',
      '3. The Department should consult. (Paragraph 8)', '', 'government response to recommendation 3', '', 'Not accepted.',
    ));
    assert.deepEqual(read(r), ['1 [3] → accepted', '2 [5] → accepted', '3 [8] → rejected']);
    assert.deepEqual(r.responses.map((x) => [x.kind, x.answers]), [['heading', [0, 1]], ['heading', [2]]]);
  });

  it('reads a bold label its bold closes before a dash ("**Government response** – We agree …"), and a label citing with "§", "see", "of the Report", the paper or a footnote ("Recommendation 1 (§23): …")', () => {
    const bold = parse(lines(
      'Recommendation 1 – The Department should remove the application fee.', '**Government response** – We agree and the fee was removed.', '',
      'Recommendation 2 – The Department should publish data every quarter.', '**Government response** – We do not agree.',
    ));
    assert.deepEqual(briefingRows(bold, 'file:///t.txt').map((x) => [x.response, x.inferredStance]), [['We agree and the fee was removed.', 'accepted'], ['We do not agree.', 'rejected']]);
    const section = parse(lines(
      'Dear Chair,', '',
      'Recommendation 1 (§23): The Government should abolish no-fault evictions. Response: The Bill will abolish them.', '',
      'Recommendation 2 (¶31): The Government should set up a register of landlords. Response: We agree.',
    ));
    assert.deepEqual(section.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [[1, [23], 'The Government should abolish no-fault evictions.'], [2, [31], 'The Government should set up a register of landlords.']]);
    // So with "see" before the paragraph, or "of the Report" after it.
    for (const [one, two] of [['(see paragraph 23)', '(see para 31)'], ['(Paragraph 23 of the Report)', '(Paragraph 31 of the report)'], ['(HC 123, para 23)', '(HC 123 para 31)'], ['(paragraph 23)7', '(paragraph 31)8']]) {
      const cited = parse(lines('Dear Chair,', '', `Recommendation 1 ${one}: The Government should abolish no-fault evictions. Response: Agreed.`, '', `Recommendation 2 ${two}: The Government should set up a register. Response: We agree.`));
      assert.deepEqual(cited.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [[1, [23], 'The Government should abolish no-fault evictions.'], [2, [31], 'The Government should set up a register.']], one);
    }
  });

  it('reads "Answer:" and "Government comment:" labels, and leaves the committee\'s comment on the reply ("Committee comment:") and "Answer." alone as words', () => {
    const r = briefingRows(parse(lines(
      '1. The Department should publish a plan. (Paragraph 12)', '', 'Answer: Agreed. The plan will be published in May.', '',
      '2. The Department should review funding. (Paragraph 15)', '', 'Government comment: The Government does not accept this recommendation.', '',
      'Committee comment: We regret this.', '',
      '3. The Department should consult. (Paragraph 18)', '', 'Answer.', '',
      '4. The Department should report. (Paragraph 21) Department comment: Noted.',
    )), 'file:///t.txt');
    assert.deepEqual(r.map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'Agreed. The plan will be published in May.', 'accepted'],
      [2, 'The Government does not accept this recommendation. Committee comment: We regret this.', 'rejected'],
      [3, 'Answer.', 'unclear'],
      [4, 'Noted.', 'noted'],
    ]);
  });

  it('reads who answers in brackets beside the label ("Response (DfE):") and a label that adds an update ("Government response and update:")', () => {
    const r = parse(lines(
      '1. The Department should publish a plan. (Paragraph 12)', '', 'Response (DfE): The Department will publish a plan in May.', '',
      '2. Ofsted should inspect it. (Paragraph 15)', '', 'Response (Ofsted): Not accepted. Inspections already cover it.', '',
      '3. The Department should review funding. (Paragraph 18)', '', 'Government response and progress update: The review began in 2024.', '',
      '4. The Department should consult. (Paragraph 21)', '', 'Government response and update: Agreed. Schools were consulted in 2024.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'The Department will publish a plan in May.', 'unclear'],
      [2, 'Not accepted. Inspections already cover it.', 'rejected'],
      [3, 'The review began in 2024.', 'unclear'],
      [4, 'Agreed. Schools were consulted in 2024.', 'accepted'],
    ]);
    assert.deepEqual(r.responses.map((x) => x.from), ['DfE', 'Ofsted', 'Government', 'Government']);
  });

  it('reads a label dated in brackets ("Government response (June 2024)"), and an answerer\'s view or update ("Government view", "DfE update:"), not anyone\'s', () => {
    const r = parse(lines(
      'Recommendation 1', 'The Department should publish a plan for rural buses.', '',
      'Government response (June 2024)', 'The Government accepts this recommendation.', '',
      'Government update (as at March 2025)', 'The plan was published in January 2025.', '',
      'Recommendation 2', 'The Department should review fares for young people.', '',
      'Government view', 'The Government does not accept this recommendation.', '',
      'Recommendation 3', 'The Department should consult on fares.', '',
      'DfE update: Not accepted. Fares are set by operators.', '',
      'Recommendation 4', 'The Department should report each year.', '',
      'Progress update', 'The Committee will return to this.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.responses.length]), [
      [1, 'The Department should publish a plan for rural buses.', 2],
      [2, 'The Department should review fares for young people.', 1],
      [3, 'The Department should consult on fares.', 1],
      // Anyone's update: the recommendation's words, not a reply.
      [4, 'The Department should report each year. Progress update The Committee will return to this.', 0],
    ]);
    assert.deepEqual(r.responses.map((x) => x.from), ['Government', 'Government', 'Government', 'DfE']);
    assert.deepEqual(stances(r).map((x) => x.inferred.stance), ['accepted', 'rejected', 'rejected', 'no-response']);
  });

  it('reads a tracker\'s "Action taken:" as a reply\'s label, and a status that closes two entries alike as each one\'s decision, not a table\'s repeated headings', () => {
    const r = parse(lines(
      '1. The Department should publish data on arrears every quarter. (Paragraph 14)', 'Action taken: The Department has published arrears data since June 2024.', 'Status: Complete', '',
      '2. The Department should remove the application fee. (Paragraph 19)', 'Action taken: The fee was removed in February 2024.', 'Status: Complete', '',
      '3. The Department should review enforcement powers. (Paragraph 27)', 'Actions taken', 'A review has begun and will report next year.', '',
      '4. The Department should fund specialist support. (Paragraph 33)', 'Action taken by the Department has been limited.',
    ));
    assert.deepEqual(r.furniture, []);
    assert.deepEqual(r.responses.map((x) => x.kind), ['heading', 'heading', 'heading', 'plain']);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => x.response), [
      'The Department has published arrears data since June 2024. Status: Complete',
      'The fee was removed in February 2024. Status: Complete',
      'A review has begun and will report next year.',
      // Prose that opens with the words is no label.
      'Action taken by the Department has been limited.',
    ]);
    assert.deepEqual(stances(r).map((x) => x.inferred.stance), ['accepted', 'accepted', 'unclear', 'unclear']);
  });

  it('reads a decision in brackets beside a label with words after it ("Response (Partially accepted): …"), which is not among the words', () => {
    const r = briefingRows(parse(lines(
      '1. The Department should publish a plan. (Paragraph 12)', '', 'Response (Partially accepted): The Department will publish a plan for schools only.', '',
      '2. The Department should review funding. (Paragraph 15)', '', 'Government response (Not accepted) – Funding was reviewed in 2023.', '',
      '3. The Department should consult. (Paragraph 18)', '', 'Response (Accepted): Not all schools will be consulted.',
    )), 'file:///t.txt');
    assert.deepEqual(r.map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'The Department will publish a plan for schools only.', 'accepted-in-part'],
      [2, 'Funding was reviewed in 2023.', 'rejected'],
      // A decision opening the words comes first; else the bracket's.
      [3, 'Not all schools will be consulted.', 'accepted'],
    ]);
  });

  it('starts a reply at its label after a form\'s fields ("Status: Complete" over "Government response: …"), whose status decides where the words do not', () => {
    const text = lines(
      'Recommendation 33.10(a): that the owner of every high-rise building be required to give the fire service information about its walls.', '',
      'Status: Complete', '', 'Government response: The Government accepted this recommendation.', '',
      'Recommendation 33.10(b): that the owner give the fire service plans of the building.', '',
      'Status: Not accepted', 'Lead department: MHCLG', '', 'Government response: Plans are held by building control.', '',
      'Recommendation 33.12: that the London Fire Brigade review its training.', '',
      'The London Fire Brigade has accepted this recommendation.', '', 'Status: Complete',
    );
    const r = briefingRows(parse(text), 'file:///t.txt');
    assert.deepEqual(r.map((x) => [x.response, x.inferredStance]), [
      ['The Government accepted this recommendation.', 'accepted'],
      ['Plans are held by building control.', 'rejected'],
      // With no label after them, fields are the reply's words as before.
      ['The London Fire Brigade has accepted this recommendation. Status: Complete', 'accepted'],
    ]);
    // A reply in sentences before the label is the reply's start, as before.
    const sentence = briefingRows(parse(text.replace('Status: Complete\n\nGovernment', 'The status is complete. It was done in 2022.\n\nGovernment')), 'file:///t.txt');
    assert.match(sentence[0].response, /^The status is complete\. It was done in 2022\./);
  });

  it('ends a recommendation\'s words under its heading at a tracker\'s status field ("Status: Accepted", "Status: Work in progress" over its commentary), which is its reply, with no blank lines too', () => {
    const text = lines(
      'Department for Education: response to the Public Accounts Committee', '',
      'Recommendation 1', 'The Department should set out by March 2026 how it will fund the new places.', 'Status: Accepted', 'Target date: March 2026', 'Commentary: The funding plan was published in January.', '',
      'Recommendation 2', 'The Department should write to the Committee on the quality of new places.', 'Status: Not accepted', 'Commentary: Inspections already give this assurance.', '',
      'Recommendation 3', 'The Department should report on the take-up of the scheme every six months.', 'Status: Work in progress', 'Commentary: The first report will be published in September.', '',
      'Recommendation 4', 'The Department should review the scheme in 2027.', '', 'Status: Not started',
    );
    for (const copy of [text, text.replace(/\n(Status)/g, '\n\n$1')]) {
      const r = parse(copy);
      assert.deepEqual(r.recommendations.slice(0, 3).map((x) => x.text), [
        'The Department should set out by March 2026 how it will fund the new places.', 'The Department should write to the Committee on the quality of new places.',
        'The Department should report on the take-up of the scheme every six months.',
      ]);
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.response.split(' ').slice(0, 4).join(' '), x.inferredStance]), [
        ['Status: Accepted Target date:', 'accepted'], ['Status: Not accepted Commentary:', 'rejected'], ['Status: Work in progress', 'unclear'],
        // A status alone that decides nothing is no reply.
        ['', 'no-response'],
      ]);
    }
    // Numbered with no citation too ("1. The Department should …" over "Status: Accepted"): answered in turn so.
    const numbered = parse(text.slice(0, text.indexOf('\nRecommendation 4')).replace(/^Recommendation (\d)\n/gm, '$1. '));
    assert.deepEqual(briefingRows(numbered, 'file:///t.txt').map((x) => [x.number, x.response.split(' ').slice(0, 4).join(' '), x.inferredStance]), [
      [1, 'Status: Accepted Target date:', 'accepted'], [2, 'Status: Not accepted Commentary:', 'rejected'], [3, 'Status: Work in progress', 'unclear'],
    ]);
  });

  it('starts the reply at a tracker\'s date field straight before its status ("Target date: Spring 2026" / "Status: Implemented"), with no blank lines too', () => {
    const text = lines(
      'Committee of Public Accounts: progress on recommendations', '',
      'Recommendation 1', 'The Ministry should set out a plan for reducing the maintenance backlog.', 'Target date: Spring 2026', 'Status: Implemented', 'The plan was published in March 2026.', '',
      'Recommendation 2', 'The Ministry should explain why the new prisons programme is late.', 'Target date: N/A', 'Status: Not accepted', 'The reasons are in its evidence to the Committee.',
    );
    for (const copy of [text, text.replace(/\n(Target|Status)/g, '\n\n$1')]) {
      const r = parse(copy);
      assert.deepEqual(r.recommendations.map((x) => x.text), ['The Ministry should set out a plan for reducing the maintenance backlog.', 'The Ministry should explain why the new prisons programme is late.']);
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.response.split(' ').slice(0, 5).join(' '), x.inferredStance]), [
        ['Target date: Spring 2026 Status:', 'accepted'], ['Target date: N/A Status: Not', 'rejected'],
      ]);
    }
  });

  it('starts the reply at a labelled field straight over a status ("Update: The programme was reset …" / "Status: Implemented"), not the Committee\'s label', () => {
    const text = lines(
      'PAC recommendation 1: The Home Office should reset the programme with a realistic timetable.',
      'Update: The programme was reset in 2023 and a new business case was approved.', 'Status: Implemented', '',
      'PAC recommendation 2: The Home Office should publish the lessons it has learned.',
      'Progress to date: Work on the lessons learned report has been delayed.', 'Status: Work in progress',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => x.text), ['The Home Office should reset the programme with a realistic timetable.', 'The Home Office should publish the lessons it has learned.']);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.response.split(' ').slice(0, 3).join(' '), x.inferredStance]), [['Update: The programme', 'accepted'], ['Progress to date:', 'unclear']]);
    // Its words wrapped over two lines or more before the status, the same.
    const wrapped = parse(text.replace(' a new business case', '\na new business case').replace(' report has been', '\nreport has\nbeen'));
    assert.deepEqual(briefingRows(wrapped, 'file:///t.txt').map((x) => [x.response.split(' ').slice(0, 3).join(' '), x.inferredStance]), [['Update: The programme', 'accepted'], ['Progress to date:', 'unclear']]);
    // Under a heading, the same.
    const headed = parse(text.replace(/PAC recommendation (\d): /g, 'Recommendation $1\n'));
    assert.deepEqual(headed.recommendations.map((x) => [x.text, x.responses.length]), [['The Home Office should reset the programme with a realistic timetable.', 1], ['The Home Office should publish the lessons it has learned.', 1]]);
    const headedWrapped = parse(text.replace(/PAC recommendation (\d): /g, 'Recommendation $1\n').replace(' a new business case', '\na new business case'));
    assert.deepEqual(headedWrapped.recommendations.map((x) => [x.text, x.responses.length]), [['The Home Office should reset the programme with a realistic timetable.', 1], ['The Home Office should publish the lessons it has learned.', 1]]);
  });

  it('starts the reply at a progress report\'s "Original target implementation date:" over "Current status:", under a labelled recommendation with no blank line', () => {
    const r = parse(lines(
      'Recommendation 3: The department should set out how it will improve its oversight of related party transactions.',
      'Original target implementation date: Autumn 2023', 'Current status: Work in progress', 'Progress update: The department has consulted on changes.', '',
      'Recommendation 4: The department should publish its assessment of trust finances each year.',
      'Expected completion date: Spring 2024', 'Current status: Implemented', 'Progress update: The assessment was published in March 2024.',
    ));
    assert.deepEqual(r.recommendations.map((x) => x.text), [
      'The department should set out how it will improve its oversight of related party transactions.',
      'The department should publish its assessment of trust finances each year.',
    ]);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.response.split(' ').slice(0, 3).join(' '), x.inferredStance]), [
      ['Original target implementation', 'unclear'], ['Expected completion date:', 'accepted'],
    ]);
  });

  it('reads "Response 2.1" under "Recommendation 2.1" as the heading of its reply, and "See the response to recommendation 4." as a reply, not a heading', () => {
    const r = parse(lines(
      'Chapter 2: Funding', '',
      'Recommendation 2.1', 'The Government should set out its plans for the licence fee. (Paragraph 2.14)', '',
      'Response 2.1', 'The Government will publish a consultation on the licence fee.', '',
      'Recommendation 2.2', 'The Government should ring-fence funding for children’s content. (Paragraph 2.22)', '',
      'Response 2.2', 'Agreed. The fund will be continued.', '',
      'Recommendation 2.3', 'The Government should publish data on regional production. (Paragraph 2.30)', '',
      'Response', '', 'See the response to recommendation 2.1.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.response, x.inferredStance]), [
      ['The Government will publish a consultation on the licence fee.', 'unclear'],
      ['Agreed. The fund will be continued.', 'accepted'],
      ['See the response to recommendation 2.1.', 'unclear'],
    ]);
    assert.deepEqual(r.responses.map((x) => [x.kind, x.answers]), [['heading', [0]], ['heading', [1]], ['heading', [2]]]);
  });

  it('reads a label that names the recommendation it answers in brackets ("Government Response (Recommendation 7): The Government agrees")', () => {
    const r = parse(lines(
      '7. The Department should publish a plan. (Paragraph 12)', '', '8. The Department should review funding. (Paragraph 15)', '',
      'Government Response (Recommendation 8): The Government does not accept this recommendation.', '',
      'Government Response (Recommendation 7): The Government agrees with this recommendation.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.response, x.inferredStance]), [
      [7, 'The Government agrees with this recommendation.', 'accepted'],
      [8, 'The Government does not accept this recommendation.', 'rejected'],
    ]);
  });

  it('reads a label that a full stop or a dash glued to the words ends ("Response. The Government agrees", "Recommendation 3—The …")', () => {
    const r = briefingRows(parse(lines(
      'Recommendation 1. The Ministry should publish a plan to reduce the backlog. (Paragraph 21)', '', 'Response. The Government agrees.', '',
      'Recommendation 2—HMCTS should report each quarter on sitting days. (Paragraph 27)', '', 'Response—Accepted. HMCTS will publish the data.', '',
      'Recommendation 3:The Ministry should review remote hearings. (Paragraph 33)', '',
      'Government Response — The Government is considering this recommendation and will set out its conclusions when the review of remote hearings reports next year.',
    )), 'file:///t.txt');
    assert.deepEqual(r.map((x) => [x.number, x.title.split(' ').slice(0, 2).join(' '), x.response.split(' ').slice(0, 3).join(' '), x.inferredStance]), [
      [1, 'The Ministry', 'The Government agrees.', 'accepted'],
      [2, 'HMCTS should', 'Accepted. HMCTS will', 'accepted'],
      [3, 'The Ministry', 'The Government is', 'under-consideration'],
    ]);
  });
});

describe('numbering carried on', () => {
  it('by a number an en or em dash glues to its words, as a web page\'s copy gives it ("5—The Department …")', () => {
    const r = parse(lines(
      '5—The Department should publish a plan for rural schools. (Paragraph 12)', '', 'The Government agrees.', '',
      '6 —The Department should review funding for small schools. (Paragraph 15)', '', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.split(' ').slice(0, 2).join(' ')]), [[5, 'The Department'], [6, 'The Department']]);
  });

  it('by a number and a slash ("7/ The Department …"), not a date', () => {
    const r = parse(lines(
      '7/ The Department should publish attendance data weekly. (Paragraph 12)', '', 'The Government agrees.', '',
      '8/ Schools should have a named attendance lead. (Paragraph 18)', '', 'The Government agrees.', '', '12/05/2023 The Department wrote to schools.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.split(' ').slice(0, 2).join(' ')]), [[7, 'The Department'], [8, 'Schools should']]);
  });

  it('only by a number written the same way: a list "(1)", "(2)" in a response is not recommendation 2', () => {
    const r = parse(lines(
      '1. The Department should act. (Paragraph 3)', '', 'The Government agrees. It will:', '', '(1) publish a plan;', '', '(2) fund it.', '',
      '2. The Department should report. (Paragraph 4)', '', 'Agreed.', '', '3. The Department should consult.', '', 'Noted.',
    ));
    assert.deepEqual(read(r), ['1 [3] → accepted', '2 [4] → accepted', '3 [] → noted']);
    assert.equal(responseText(r, 0), 'The Government agrees. It will: (1) publish a plan; (2) fund it.');
  });

  it('by a number alone on its line ("7."), the words under it, a blank line between or none; not a year or a sentence\'s end a wrap left there', () => {
    for (const gap of ['', '\n']) {
      const r = parse(lines(
        'Government response', '',
        `7.${gap}`, 'The Department should publish a plan for rural schools.', '', 'The Government agrees with this recommendation.', '',
        `**8.**${gap}`, 'The Department should fund school transport.', '', 'Not accepted.',
      ));
      assert.deepEqual(read(r), ['7 [] → accepted', '8 [] → rejected'], gap);
      assert.equal(r.recommendations[0].text, 'The Department should publish a plan for rural schools.');
    }
    const wrapped = parse(lines(
      '1. The Department should act. (Paragraph 3)', '', 'The Government agrees, as we said in our response to recommendations 4 and', '5.', '',
      '2. The Department should report. (Paragraph 4)', '', 'Agreed. The report will be published in the spring of', '2026.',
    ));
    assert.deepEqual(read(wrapped), ['1 [3] → accepted', '2 [4] → accepted']);
    assert.equal(responseText(wrapped, 1), 'Agreed. The report will be published in the spring of 2026.');
    // "R7" or "No. 7", alone or before the words with no stop, cited or not.
    const called = parse(lines(
      'Government response', '', 'R7', '', 'The Department should publish a plan.', '', 'Agreed.', '',
      'No. 8 The Department should fund it.', '', 'Not accepted.', '', 'R9 The Department should report.', '', 'Noted.',
    ));
    assert.deepEqual(read(called), ['7 [] → accepted', '8 [] → rejected', '9 [] → noted']);
    // "R.7" and "No 8." the same.
    const stopped = parse(lines(
      'Government response', '', 'R.7 The Department should publish a plan.', '', 'Agreed.', '',
      'No 8. The Department should fund it.', '', 'Not accepted.', '', 'R.9', '', 'The Department should report.', '', 'Noted.',
    ));
    assert.deepEqual(read(stopped), ['7 [] → accepted', '8 [] → rejected', '9 [] → noted']);
    assert.deepEqual(stopped.recommendations.map((x) => x.text.split(' ')[0]), ['The', 'The', 'The']);
  });
});

describe('layout: numbered replies ("4.1 …")', () => {
  it('reads the numbered paragraphs as the response, never as recommendations', () => {
    const r = parse(lines(
      '4. The Department should review the formula. (Paragraph 40)', '', '4.1 The Government agrees with the Committee.', '', '4.2 The Department will publish a review.', '',
      '5. The Department should publish its evaluation. (Paragraph 44)', '', '5.1 The Department does not accept this recommendation.',
    ));
    assert.deepEqual(read(r), ['4 [40] → accepted', '5 [44] → rejected']);
    assert.deepEqual(r.responses[0].bodyParagraphs.length, 2);
  });

  it('reads a chapter\'s recommendation that cites nothing ("2.1 The Department should …") as one where a reply\'s label follows it', () => {
    const r = parse(lines(
      'Government response', '',
      '2.1 The Department should publish a plan for rural buses.', '', 'Response: Agreed. A plan will follow.', '',
      '2.2 The Department should review fares for young people.', '', 'Government response', '', '2.3 The Government does not agree.', '', '2.4 Fares should stay as they are.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.label, x.text]), [['2.1', 'The Department should publish a plan for rural buses.'], ['2.2', 'The Department should review fares for young people.']]);
    assert.deepEqual(stances(r).map((x) => x.inferred.stance), ['accepted', 'rejected']);
  });

  it('reads "4.1." and replies with no blank lines between them', () => {
    const r = parse(lines('1. The Ministry should act. (Paragraph 3)', '1.1. The Ministry agrees.', '1.2. It will act.', '2. The Ministry should fund it. (Paragraph 4)', '2.1. The Ministry notes the recommendation.'));
    assert.deepEqual(read(r), ['1 [3] → accepted', '2 [4] → noted']);
  });

  it('joins a numbered reply that a page break cut mid-sentence', () => {
    const r = parse(lines(
      '4. The Department should review the formula. (Paragraph 40)', '', '4.1 The Government agrees with the Committee and will review the',
      '', 'formula before the next spending review.', '', '4.2 The Department will publish the review.',
    ));
    assert.deepEqual(r.responses[0].bodyParagraphs.length, 2);
    assert.equal(responseText(r, 0), '4.1 The Government agrees with the Committee and will review the formula before the next spending review. 4.2 The Department will publish the review.');
  });
});

describe('layout: Treasury Minutes', () => {
  const minute = lines(
    'Treasury Minutes', 'Government responses to the Committee of Public Accounts', '',
    'Ninth Report of Session 2024–25', 'Department for Education', 'Improving school buildings', '',
    'Introduction from the Committee', 'The Committee examined the estate.', '',
    '1. PAC conclusion: The department does not know the condition of many buildings.', '',
    '1. PAC recommendation: The department should complete its survey.', '',
    '1.1 The government agrees with the Committee’s recommendation.', '', 'Target implementation date: March 2026', '',
    '2. PAC conclusion: Funding has not kept pace.', '', '2a. PAC recommendation: The department should set out a plan.', '',
    '2.1 The government disagrees with the Committee’s recommendation.', '', '2b. PAC recommendation: The department should publish it.', '',
    '2.2 The government agrees with the Committee’s recommendation.', '',
    'Tenth Report of Session 2024–25', 'HM Revenue & Customs', 'Tackling the tax gap', '',
    '1. PAC conclusion: The estimates are uncertain.', '', '1. PAC recommendation: HMRC should publish its method.', '',
    '1.1 The government agrees with the Committee’s recommendation.', '', 'Target implementation date: Summer 2025',
  );

  it('reads "PAC conclusion 1:" and "PAC recommendation 1:", the number after the words, as "1. PAC conclusion:" is read', () => {
    const r = parse(lines(
      'Treasury Minutes: Government response to the Committee of Public Accounts', '',
      'PAC conclusion 1: The Department’s plans for the programme lack detail.', '',
      'PAC recommendation 1: The Department should publish a delivery plan within six months.', '',
      '1.1 The government agrees with the Committee’s recommendation.', '', 'Target implementation date: Autumn 2026', '',
      'PAC conclusion 2: Costs are not well controlled.', '',
      'PAC recommendation 2: The Department should report its costs to the Committee every year.', '',
      '2.1 The government disagrees with the Committee’s recommendation.',
    ));
    assert.deepEqual(read(r), ['1 [] → accepted', '2 [] → rejected']);
    assert.deepEqual(r.recommendations.map((x) => x.conclusionRange?.start.line), [2, 10]);
  });

  it('reads an older Minute\'s "PAC conclusion (iii):", each answered in turn, as what the Government answers, in every copy', () => {
    const text = lines(
      'Treasury Minutes on the Twelfth Report from the Committee of Public Accounts 2008-09', '',
      'PAC conclusion (i): The Agency does not know whether its maintenance contracts give value for money.', '',
      '1. The Government agrees with this conclusion. The Agency will review its contracts by March 2010.', '',
      'PAC conclusion (ii): The Agency should set targets for the cost of routine maintenance.', '',
      '2. The Government accepts this recommendation. Targets will be published in the business plan.', '',
      'PAC conclusion (iii): The Department should publish the results of its review of the Agency.', '',
      '3. The Government does not accept this recommendation. The review was internal.',
    );
    for (const [copy, t] of copies(text)) {
      const r = parse(t);
      assert.deepEqual(read(r), ['i [] → accepted', 'ii [] → accepted', 'iii [] → rejected'], copy);
      assert.deepEqual(r.recommendations.map((x) => x.number), [1, 2, 3], copy);
    }
  });

  it('gives each report its own part, numbering and target dates; conclusions go with their recommendations', () => {
    const r = parse(minute);
    assert.deepEqual(read(r), ['1 [] → accepted', '2a [] → rejected', '2b [] → accepted', '1 [] → accepted']);
    assert.deepEqual(r.parts.map((p) => p.title), [
      'Ninth Report of Session 2024–25 — Department for Education — Improving school buildings',
      'Tenth Report of Session 2024–25 — HM Revenue & Customs — Tackling the tax gap',
    ]);
    assert.deepEqual(r.recommendations.map((x) => x.part), [0, 0, 0, 1]);
    assert.deepEqual(r.responses.map((x) => x.targetDate?.text), ['March 2026', undefined, undefined, 'Summer 2025']);
    assert.equal(r.recommendations[0].conclusionRange?.start.line, 10);
    assert.equal(r.recommendations[0].range.start.line, 10, 'the recommendation holds its conclusion');
    assert.deepEqual(codes(r), [], 'recommendation 1 of one part is not a duplicate of recommendation 1 of another; 2a and 2b follow 1');
  });

  it('shows the parts in the outline, with target dates in the detail and in the outline text', () => {
    const r = parse(minute);
    const recs = documentSymbols(r).find((s) => s.name === 'Recommendations and responses' || s.detail?.includes('recommendations'))!;
    assert.deepEqual(recs.children!.map((c) => c.name), [r.parts[0].title, r.parts[1].title]);
    assert.deepEqual(recs.children![0].children!.map((c) => c.name.slice(0, 3)), ['1. ', '2a.', '2b.']);
    assert.match(recs.children![0].children![0].children![0].detail!, /target date March 2026/);
    assert.match(outlineText(r), /1\. HMRC should publish its method .*target date Summer 2025/);
    const md = formatBriefing(r, 'file:///m.txt', 'm.txt', 'md').split('\n');
    assert.equal(md[2], '| Rec | Report | Paragraph | Title | Inferred stance | Your stance | Target date | Response (in brief) | Notes | Tags | To-dos | Commitments |');
    assert.match(md[4], /^\| \[1\]\(file:\/\/\/m\.txt#L11\) \| Ninth Report of Session 2024–25 — Department for Education — Improving school buildings \| .* \| accepted \|  \| March 2026 \|/);
    assert.match(md[5], /^\| \[2a\]/);
    const json = JSON.parse(formatBriefing(r, 'file:///m.txt', 'm.txt', 'json'));
    assert.deepEqual(json.recommendations.map((x: { label?: string; targetDate?: string }) => [x.label, x.targetDate]), [[undefined, 'March 2026'], ['2a', undefined], ['2b', undefined], [undefined, 'Summer 2025']]);
  });

  it('reads a part with "1a"/"1b" items and a paper with a single part', () => {
    const r = parse(lines('Third Report of Session 2023–24', 'Ministry of Defence', '', '1a. PAC recommendation: The MoD should plan.', '', '1a.1 The government agrees.', '', '1b. PAC recommendation: The MoD should report.', '', '1b.1 The government agrees.'));
    assert.deepEqual(r.recommendations.map((x) => x.label), ['1a', '1b']);
    assert.equal(r.parts.length, 1);
  });

  it('gives a reply numbered "1.1" after "1a" and "1b" to both, and one after each to its own', () => {
    const both = parse(lines(
      'Treasury Minutes', '', 'Twelfth Report of Session 2025-26', 'HM Revenue & Customs', '',
      '1. PAC conclusion: HMRC has not met its targets.', '',
      '1a. PAC recommendation: HMRC should set out how it will meet its targets.', '',
      '1b. PAC recommendation: HMRC should report its performance every six months.', '',
      '1.1 The government agrees with both recommendations.', '',
      '2. PAC conclusion: Digital services fall short.', '', '2. PAC recommendation: HMRC should test its services.', '',
      '2.1 The government disagrees with the Committee’s recommendation.',
    ));
    assert.deepEqual(read(both), ['1a [] → accepted', '1b [] → accepted', '2 [] → rejected']);
    assert.deepEqual(both.recommendations.map((x) => x.responses), [[0], [0], [1]]);
    // Answered each in turn, each keeps its own; one after the reply to another is unanswered.
    const each = parse(lines(
      'Treasury Minutes', '', 'Twelfth Report of Session 2025-26', 'HM Revenue & Customs', '',
      '1a. PAC recommendation: HMRC should set out how it will meet its targets.', '', '1.1 The government agrees with the Committee’s recommendation.', '',
      '1b. PAC recommendation: HMRC should report its performance every six months.', '', '1.2 The government disagrees with the Committee’s recommendation.', '',
      '1c. PAC recommendation: HMRC should review its telephone lines.',
    ));
    assert.deepEqual(read(each), ['1a [] → accepted', '1b [] → rejected', '1c [] → none']);
  });

  it('reads a progress report\'s entries: the target date\'s field before the numbered reply is not its words, but its date', () => {
    const r = parse(lines(
      'Treasury Minutes Progress Report', '', 'Report 12 – Customer service performance', '',
      'Recommendation 1a: HMRC should set out how it will meet its targets for answering calls.', '',
      'Target implementation date: April 2026', '', '1.1 The government agreed with this recommendation.', '',
      'Recommendation status: Implemented', '', '1.2 HMRC published its plan in April 2026.', '',
      'Recommendation 2: HMRC should test its digital services with taxpayers.', '',
      'Original target implementation date: Autumn 2026', '', '2.1 The government disagreed with this recommendation.', '',
      'Recommendation status: Closed',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.response.split('.')[0], x.inferredStance, x.targetDate]), [
      [1, 'The government agreed with this recommendation', 'accepted', 'April 2026'],
      [2, 'The government disagreed with this recommendation', 'rejected', 'Autumn 2026'],
    ]);
  });
});

describe('layout: progress table flattened to text', () => {
  it('reads one row a line with its status, "Para"/"Paras" citations, and the repeated column headings as furniture', () => {
    const header = 'No. Recommendation Government reply';
    const r = parse(lines(
      'Annex: the Government\'s replies', '', header,
      '1.That the Department publish a timetable (Para 12) Accepted', '2.That the Department review hospice funding (Paras 14, 16, 20) Under consideration',
      '3.That the Department set up an inspection regime (Para 30-32) Rejected', header, '4.That the Department consult on the code (Paras 33 and 34) Accepted', header,
    ));
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [14,16,20] → under-consideration', '3 [30,31,32] → rejected', '4 [33,34] → accepted']);
    assert.deepEqual(r.furniture, [2, 6, 8]);
    assert.deepEqual(r.responses.map((x) => x.kind), ['inline', 'inline', 'inline', 'inline']);
  });

  it('takes column headings a wrap spread over several lines as furniture, each time they repeat', () => {
    const header = ['  Recommendations and undertakings', 'Government Response Committee', 'Response/Follow-up Further', 'GovernmentAction Notes'];
    const r = parse(lines(
      'Annex G: progress', '', ...header,
      '1.That the MoD publish a timetable (Para 12) Accepted', '2.That the MoD review the programme (Para 14) Under consideration',
      ...header, '3.That the MoD set up an inspection regime (Para 30) Rejected', 'Our response', 'is given below.',
    ));
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [14] → under-consideration', '3 [30] → rejected']);
    assert.deepEqual(r.furniture, [2, 3, 4, 5, 8, 9, 10, 11]);
  });

  it('takes column headings a wrap cut at different words each time as furniture, and leaves a row\'s last line above them', () => {
    const r = parse(lines(
      'Annex G: progress', '', 'Recommendations and undertakings Government Response', 'Committee Response/Follow-up Further Notes',
      '1.That the MoD publish a timetable (Para 12) Accepted', '2.That the MoD review the programme (Para 14)', 'Under consideration',
      'Recommendations and undertakings', 'Government Response Committee Response/Follow-up', 'Further Notes', '3.That the MoD set up an inspection regime (Para 30)', 'Under consideration',
      'Recommendations and undertakings Government Response Committee', 'Response/Follow-up Further Notes', '4.That the MoD consult (Para 31) Accepted',
    ));
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [14] → under-consideration', '3 [30] → under-consideration', '4 [31] → accepted']);
    assert.deepEqual(r.furniture, [2, 3, 7, 8, 9, 12, 13]);
  });

  it('takes column headings as furniture where a browser\'s printed footer stands between them and the row after them', () => {
    const header = 'Recommendations and undertakings Government Response Notes';
    const r = parse(lines(
      'Annex G: progress', '', header, '1.That the MoD publish a timetable (Para 12) Accepted', '2.That the MoD review the programme (Para 14) Noted',
      header, 'https://publications.parliament.uk/pa/cm2021/report.htm    1/9', '3.That the MoD set up an inspection regime (Para 30) Rejected',
    ));
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [14] → noted', '3 [30] → rejected']);
    assert.deepEqual(r.furniture, [2, 5, 6]);
  });

  it('reads rows with a space after the number and a full stop before the status', () => {
    const r = parse(lines('5. That the Trust publish its plans (Para 41). Noted', '6. That the Trust review staffing (Para 42). Not accepted'));
    assert.deepEqual(read(r), ['5 [41] → noted', '6 [42] → rejected']);
  });
});

describe('layout: text copied from a PDF', () => {
  const copied = lines(
    '1. The Department should publish a strategy that sets out how it will double cycling by',
    '2030. (Paragraph 12)',
    'We agree with the Committee. The Department for',
    'Environment, Food and Rural Affairs (Defra) will work on the strat-',
    'egy, which is a low-',
    'income priority.',
    '2 Active travel: Government Response to the Committee’s Report',
    '2. The Department should fund local authorities properly. (Paragraph 14)',
    'We do not accept this recommendation. Local authorities already receive funding through',
    'Active travel: Government Response to the Committee’s Report 3',
    'the settlement.',
    '3. The Department should review the guidance. (Paragraph',
    '20)',
    '4 Active travel: Government Response to the Committee’s Report',
    'The Government will consider this recommendation.',
  );

  it('leaves page headers out, joins paragraphs across them, and ends a recommendation at its citation', () => {
    const r = parse(copied);
    assert.deepEqual(read(r), ['1 [12] → accepted', '2 [14] → rejected', '3 [20] → under-consideration']);
    assert.deepEqual(r.furniture, [6, 9, 13]);
    assert.equal(responseText(r, 1), 'We do not accept this recommendation. Local authorities already receive funding through the settlement.');
    assert.ok(r.responses.every((x) => !r.furniture.includes(x.range.end.line) && !r.furniture.includes(x.range.start.line)));
    assert.ok(r.layouts.includes('page-furniture'));
  });

  it('reads a heading whose citation a narrow column\'s line break cut ("Recommendation 1 (paragraph" / "34)"), its words under it', () => {
    const text = lines(
      'Government response', '',
      'Recommendation 1 (paragraph', '34)', 'The Government should set a', 'national target for homes.', '',
      'Government response', 'The Government does not agree.', '',
      'Recommendation 2 (paras 41', 'and 42)', 'Councils should plan for', 'older people.', '',
      'Government response', 'The Government agrees.',
    );
    for (const copy of [text, text.replace(/\n/g, '\r\n')]) {
      const r = parse(copy);
      assert.deepEqual(read(r), ['1 [34] → rejected', '2 [41,42] → accepted']);
      assert.deepEqual(r.recommendations.map((x) => [x.text, x.shortTitle]), [
        ['The Government should set a national target for homes.', 'The Government should set a national target for…'],
        ['Councils should plan for older people.', 'Councils should plan for older people'],
      ]);
    }
  });

  it('joins a word a line break hyphenated in a recommendation\'s words and title, as in a reply\'s, and keeps a compound\'s hyphen', () => {
    const r = parse(lines(
      '1. The Department should report annually to Par-', 'liament on the low-', 'income families it helps. (Paragraph 12)', '',
      'The Government agrees.',
    ));
    assert.equal(r.recommendations[0].text, 'The Department should report annually to Parliament on the low-income families it helps. (Paragraph 12)');
    assert.equal(r.recommendations[0].shortTitle, 'The Department should report annually to Parliament on…');
  });

  it('leaves out a running title that a rule would read ("Government Response") where it stands inside the sentence a page break cut', () => {
    const r = parse(lines(
      'Government Response', '',
      'Recommendation 1', 'The Department should publish the results of the clinical', '', 'Page 1 of 9', 'Government Response', '', 'audit in the very near future. (Paragraph 23)', '',
      'Government response', 'The Government agrees.', '',
      'Recommendation 2', 'The Department should fund it. (Paragraph 24)', '', 'Government response', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [
      [1, 'The Department should publish the results of the clinical audit in the very near future. (Paragraph 23)'],
      [2, 'The Department should fund it. (Paragraph 24)'],
    ]);
    assert.deepEqual(r.furniture, [5, 6]);
    // A user's annotation line there stays.
    const noted = parse(lines('Recommendation 1', 'The Department should publish the results of the clinical', '', 'Page 1 of 9', '@note: check this', '', 'audit soon. (Paragraph 23)'));
    assert.deepEqual(noted.furniture, [3]);
    // Before the number, the cut sentence's own first line, which a rule reads, stays.
    const own = parse(lines('Government response to the report', '', '1. The Department should publish a strategy that sets out how it will meet its', 'Page 3 of 12', 'targets in every subject. (Paragraph 15)', '', 'We agree.'));
    assert.deepEqual([own.furniture, own.recommendations.map((x) => x.paragraphs)], [[3], [[15]]]);
  });

  it('leaves out a running title on a line of its own beside the page numbers, but not the title page\'s title or a heading', () => {
    const title = 'Government Response to the Committee: Homes for later life';
    const page = (n: number) => ['', `${' '.repeat(60)}${n}`, '', title, ''];
    const r = parse(lines(
      title, '', 'Recommendation 1 (paragraph 34)', 'The Government should set a target for homes for older people.', '',
      'Government response', 'The Government does not agree that a separate target is needed, because',
      ...page(1), 'the overall target includes them.', '', 'Recommendation 2 (paragraph 41)', 'Councils should plan for older people.', '',
      'Government response', 'The Government agrees.', ...page(2), 'Recommendation 3 (paragraph 47)', 'Homes should be accessible.', '',
      'Government response', ...page(3), 'The Government agrees.',
    ));
    assert.deepEqual(read(r), ['1 [34] → rejected', '2 [41] → accepted', '3 [47] → accepted']);
    assert.equal(responseText(r, 0), 'The Government does not agree that a separate target is needed, because the overall target includes them.');
    assert.ok(!r.furniture.includes(0), 'the title page keeps its title');
    assert.deepEqual(r.furniture.map((l) => r.lines[l].trim()), ['1', title, '2', title, '3', title]);
    // Wrapped over two lines ("… Homes for" / "later life") where a theme heading follows it, with no blank lines and
    // with a blank line after every line: both its lines are left out, and the heading is the theme's.
    const wrapped = (n: number) => [`${' '.repeat(60)}${n}`, 'Government Response to the Committee: Homes for', 'later life'];
    const text = lines(
      title, 'Recommendation 1 (paragraph 34)', 'The Government should set a target for homes for older people.',
      'Government response', 'The Government does not agree that a separate target is needed.', ...wrapped(1), 'Consumer protection',
      'Recommendation 2 (paragraph 41)', 'Councils should plan for older people.', 'Government response', 'The Government agrees.', ...wrapped(2),
      'Recommendation 3 (paragraph 47)', 'Homes should be accessible.', 'Government response', 'The Government agrees.', ...wrapped(3), 'End matter',
    );
    for (const copy of [text, text.replace(/\n/g, '\n\n')]) {
      const w = parse(copy);
      assert.deepEqual(read(w), ['1 [34] → rejected', '2 [41] → accepted', '3 [47] → accepted']);
      assert.equal(responseText(w, 0), 'The Government does not agree that a separate target is needed.');
      assert.deepEqual(w.furniture.map((l) => w.lines[l].trim()).filter((l) => l === 'later life').length, 3);
    }
    // A heading that stands by a page number once, of three, is no running title.
    const once = parse(lines('1. The Department should act. (Paragraph 3)', '', 'Government response', '', '7', '', 'Agreed.', '', '8', '', '2. The Department should report. (Paragraph 4)', '', '9', '', 'Government response', '', 'Agreed.'));
    assert.deepEqual(once.furniture.map((l) => once.lines[l].trim()), ['7', '8', '9']);
  });

  it('leaves out a single page break that cuts a sentence: its page number and the running title beside it, above or below', () => {
    const head = ['1. The Department should publish data. (Paragraph 3)', '', 'The Government agrees that the data should be published, and will'];
    for (const page of [['Page 1 of 9', 'Government Response to the Committee'], ['Government Response to the Committee', 'Page 1 of 9'], ['12']]) {
      const r = parse(lines(...head, '', ...page, '', 'publish it every quarter from April.', '', '2. The Department should report. (Paragraph 4)', '', 'Agreed.'));
      assert.equal(responseText(r, 0), 'The Government agrees that the data should be published, and will publish it every quarter from April.', page.join(' / '));
      assert.deepEqual(r.furniture.map((l) => r.lines[l]), page);
    }
    // A wrapped line of the text just above the number is the text's, not a running title.
    const wrapped = parse(lines('1. The Department should publish data. (Paragraph 3)', '', 'The Government agrees that the data', 'Should Be Published And Will', '', 'Page 1 of 9', '', 'publish it every quarter.'));
    assert.equal(responseText(wrapped, 0), 'The Government agrees that the data Should Be Published And Will publish it every quarter.');
    // Between whole sentences, a heading beside a number stays (it may be the document's); a number that says it is
    // one ("Page 1 of 9") goes all the same, and so does a bare one, the document's only one, a blank line each side.
    const whole = parse(lines(...head.slice(0, 2), 'The Government agrees.', '', 'Page 1 of 9', 'Annex A', '', 'The annex sets out the data.'));
    assert.deepEqual(whole.furniture.map((l) => whole.lines[l]), ['Page 1 of 9']);
    const bare = parse(lines(...head.slice(0, 2), 'The Government agrees.', '', '12', '', 'The annex sets out the data.'));
    assert.deepEqual(bare.furniture.map((l) => bare.lines[l]), ['12']);
    const row = parse(lines('1. The Department should publish data. (Para 23)', '', 'Page 1 of 9', '', 'Data will be published as soon as possible.', '', '2. The Department should report. (Para 24)', '', 'Agreed.'));
    assert.equal(responseText(row, 0), 'Data will be published as soon as possible.');
    // Between whole sentences too, the line straight under "Page 1 of 9", a blank line after it, is the next page's
    // running title, where it names no part of the document ("Annex A", above, stays).
    const titled = parse(lines('1. The Department should publish data. (Para 23)', '', 'Page 1 of 9', 'Government Response to the Committee', '', 'Data will be published as soon as possible.', '', '2. The Department should report. (Para 24)', '', 'Agreed.'));
    assert.equal(responseText(titled, 0), 'Data will be published as soon as possible.');
    assert.deepEqual(titled.furniture.map((l) => titled.lines[l]), ['Page 1 of 9', 'Government Response to the Committee']);
  });

  it('reads text with a blank line after every line: a recommendation\'s last words and citation, a bracket that ends no sentence, column headings', () => {
    const spaced = (...ls: string[]) => lines(...ls.flatMap((l) => [l, '']));
    const r = parse(spaced(
      'Recommendation 1: The MoJ should fund the Prisoners\' Education Trust (PET)', 'to provide grants to prisoners. (Paragraph 56)',
      'Response: We accept this recommendation.',
      'Recommendation 2: We recommend that the Department publish its plan by', 'September 2026. (Paragraph 34)',
      'Response: The Government agrees.',
    ));
    assert.deepEqual(read(r), ['1 [56] → accepted', '2 [34] → accepted']);
    assert.equal(r.recommendations[1].text, 'We recommend that the Department publish its plan by September 2026. (Paragraph 34)');
    // A citation the wrap cut, its close after the blank line.
    const cut = parse(spaced('1. The Department should publish guidance on attendance. (Paragraph', '10)', 'The Government agrees.', '2. The Department should fund mentors. (Paragraph 14)', 'Not accepted.'));
    assert.deepEqual(read(cut), ['1 [10] → accepted', '2 [14] → rejected']);
    const header = 'Recommendations and undertakings Government Response Notes';
    const table = parse(spaced('Annex G', header, '1.That the MoD publish a timetable (Para 12) Accepted', '2.That the MoD review it (Para 14) Noted', header, '3.That the MoD act (Para 30) Rejected'));
    assert.deepEqual(table.furniture.map((l) => table.lines[l]), [header, header]);
  });

  it('reads hard-wrapped text with a blank line after every line as if the single blank lines were not there', () => {
    const wrapped = [
      'Sixth Report: The Appointment of the New Chief Scientific Adviser (HC',
      '318) Published: 9 May 2000',
      '1.That the MoD should set out a clear timetable for the Typhoon and the',
      'Astute programmes. (Para 12) The in-service date will be announced when the',
      'Main Gate decision is taken.',
      '2.That smart procurement principles be applied to all new projects of the',
      'Defence Procurement Agency. (Para 19) Accepted',
      '3.That the MoD report annually on cost overruns in the equipment',
      'programme and in its support contracts. (Para 24) Not accepted. The',
      'information is already available in the Major Projects Report.',
    ];
    const filler = Array.from({ length: 12 }, (_, k) => `the text of the note goes on over line ${k + 1} and then`);
    const text = lines(...['Notes on the table', ...filler, 'here.', ...wrapped].flatMap((l) => [l, '']));
    const r = parse(text);
    assert.deepEqual(read(r), ['1 [12] → unclear', '2 [19] → accepted', '3 [24] → rejected']);
    assert.equal(briefingRows(r, 'file:///t.txt')[2].response, 'Not accepted. The information is already available in the Major Projects Report.');
    // A short one whose paragraphs are short (most of its lines end a paragraph, two blank lines after them) too.
    const paragraphs = [
      ['Government Response'],
      ['The Government welcomes the report. Its response to each of the', 'recommendations is set out below.'],
      ['(a) We recommend that Defra publishes a plan for reducing food waste', 'in the supply chain. (Paragraph 12)'],
      ['The Government agrees. A plan will be published in the spring.'],
      ['(b) Defra should work with retailers to end multi-buy offers on', 'perishable food. (Paragraph 19)'],
      ['The Government does not accept this recommendation. Retailers have', 'already reduced such offers.'],
      ['(c) We recommend that the funding of the programme be kept as it is', 'for the next three years. (Paragraph 25)'],
      ['The Government notes the recommendation.'],
    ];
    const short = parse(paragraphs.map((p) => p.map((l) => `${l}\n\n`).join('')).join('\n'));
    assert.deepEqual(read(short), ['1 [12] → accepted', '2 [19] → rejected', '3 [25] → noted']);
    assert.deepEqual(read(short), read(parse(paragraphs.map((p) => p.join('\n')).join('\n\n'))));
    // Paragraphs of one line each, a blank line between, are paragraphs still.
    const plain = parse(lines(...Array.from({ length: 30 }, (_, k) => [`${k + 1}. The Department should act on item ${k + 1}. (Paragraph ${k + 10})`, '', 'Agreed.', '']).flat()));
    assert.equal(plain.recommendations.length, 30);
    assert.ok(plain.recommendations.every((x) => x.responses.length === 1));
    // An edit that leaves the spacing as it was reads as the fresh text does.
    const edited = text.replace('Accepted', 'Accepted in part');
    assert.deepEqual(read(parse(edited, { previous: r })), read(parse(edited)));
  });

  it('joins hyphenated words, keeps compounds, and finds definitions across the line break', () => {
    const r = parse(copied);
    assert.match(responseText(r, 0), /work on the strategy, which is a low-income priority\./);
    assert.match(responseText(r, 0), /The Department for Environment, Food and Rural Affairs \(Defra\)/);
  });

  it('reads a definition and a date that a running header cuts in two', () => {
    const header = (n: number) => `${n}    Courts: Government Response to the Justice Committee`;
    const r = parse(lines(
      'The Committee published its report on 3 March 2025. The Government response was received on 14', header(2), 'July 2025.', '',
      '1. The Ministry of Justice should publish the data on the Crown Court', header(3), 'backlog (CCB) every month. (Paragraph 4)', '', 'We agree.', '', header(4),
    ));
    assert.deepEqual(r.furniture, [1, 5, 10]);
    assert.deepEqual([...documentDefinitions(r).values()].map((d) => [d.short, d.long, d.line]), [['CCB', 'Crown Court backlog', 6]]);
    const late = findings(r).find((f) => f.code === 'late-response')!;
    assert.match(late.message, /\(3 March 2025 to 14 July 2025\)/);
    assert.deepEqual(late.range, { start: { line: 0, character: r.lines[0].lastIndexOf('14') }, end: { line: 2, character: 'July 2025'.length } });
  });

  it('reads a copy with page numbers on lines of their own and blank lines between pages', () => {
    const r = parse(lines(
      '1. The Ministry should act on the backlog. (Paragraph 3)', '', 'We agree and will publish a plan for the', '', '7', '', 'courts by the spring.', '',
      '2. The Ministry should publish data. (Paragraph 4)', '', 'We reject this.', '', '8', '', '3. The Ministry should fund it. (Paragraph 5)', '', 'Noted.', '', '9',
    ));
    assert.deepEqual(read(r), ['1 [3] → accepted', '2 [4] → rejected', '3 [5] → noted']);
    assert.equal(responseText(r, 0), 'We agree and will publish a plan for the courts by the spring.');
  });
});

describe('layout: Markdown from a gov.uk page', () => {
  it('reads "#" sections, bold recommendations and quoted recommendations', () => {
    const r = parse(lines(
      '# Government response to the Health Committee', '', '## Introduction', '', 'The Committee published its report on 3 March 2025, and the Government responded to it within the two months.', '',
      '## Recommendations', '', '> 1. The Department should publish the plan. (Paragraph 8)', '', 'We agree.', '',
      '**2. The Department should fund it.** (Paragraph 9)', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(read(r), ['1 [8] → accepted', '2 [9] → rejected']);
    assert.deepEqual(r.sections.map((s) => [s.title, s.children.map((c) => c.title)]), [
      ['Government response to the Health Committee', ['Introduction', 'Recommendations']],
    ]);
    // The page's kind above its top heading, and its date line after it (a gov.uk page's), change nothing of that.
    const page = parse(lines(
      'Policy paper', '', '# Government response to the Health Committee', 'From: Department of Health and Social Care Published 3 March 2025', '',
      '## Introduction', '', 'The Committee published its report on 3 March 2025, and the Government responded to it within the two months.', '',
      '## Recommendations', '', '> 1. The Department should publish the plan. (Paragraph 8)', '', 'We agree.',
    ));
    assert.deepEqual(page.sections.map((s) => [s.title, s.children.map((c) => c.title)]), [
      ['Government response to the Health Committee', ['Introduction', 'Recommendations']],
    ]);
  });
});

describe('the layouts the model recognised', () => {
  it('are listed on the model and shown in the outline\'s detail and at the head of the outline text', () => {
    const r = parse(lines('Recommendation 1', '', 'The Department should act.', '', 'Government response', '', 'We agree.'));
    assert.deepEqual(r.layouts, ['recommendation-heading', 'response-heading']);
    const root = documentSymbols(r).find((s) => s.detail?.includes('read as'))!;
    assert.match(root.detail!, /read as: “Recommendation 7” headings; “Government response” headings/);
    assert.match(outlineText(r).split('\n')[0], /^Read as: “Recommendation 7” headings/);
  });

  it('shows in the hover on the title line, for the seed as for any layout, and not on other lines', () => {
    const service = createReportService();
    const doc = { uri: 'file:///seed.txt', languageId: 'committee-report', version: 1, getText: readSeed };
    const title = service.getReport(doc)!.sections[0].selectionRange.start;
    const hover = service.hover(doc, { line: title.line, character: 2 });
    assert.match((hover!.contents as { value: string }).value, /^\*\*Committee Report\*\* read this document as: numbered recommendations .*\n\n38 recommendations, 36 responses\.$/s);
    assert.equal(service.hover(doc, { line: title.line + 1, character: 0 }), null);
    const none = { uri: 'file:///none.cttee', languageId: 'committee-report', version: 1, getText: () => 'Just a note about the response.' };
    assert.match((service.hover(none, { line: 0, character: 3 })!.contents as { value: string }).value, /recognised no recommendations here\. Looked for:/);
  });

  it('a document where none is recognised gets one finding saying which shapes were looked for', () => {
    const r = parse(lines('A note about the Government response.', '', 'It arrived late.'));
    const f = findings(r).filter((x) => x.code === 'no-recommendations');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /Looked for: .*“Recommendation 7” headings.*numbered recommendations/);
    assert.match(outlineText(r).split('\n')[0], /^No recommendations recognised\. Looked for:/);
  });
});

describe('bad input', () => {
  it('reads a binary file as not text: one finding, nothing else', () => {
    const bytes = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const r = parse(bytes);
    assert.equal(r.binary, true);
    assert.deepEqual(findings(r).map((f) => f.code), ['not-text']);
    assert.equal(parse('A text with a NUL\0 byte').binary, true);
    assert.equal(parse('Plain text — with dashes, £ and “quotes”.').binary, undefined);
    // No NUL: told by the share of control characters and of bytes that were not UTF-8 (U+FFFD) in the first 2 KB.
    const noNul = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(1 + ((i * 7919) % 255))).join('');
    assert.equal(parse(noNul).binary, true);
    assert.equal(parse('Not UTF-8: \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD').binary, true);
    assert.equal(parse(`Page one.\f${'A line of a report.\n'.repeat(100)}\x07 One stray bell.`).binary, undefined);
  });

  it('keeps a message that lists recommendations short however many there are', () => {
    const spread = Array.from({ length: 300 }, (_, i) => `${(i + 1) * 2}. Point. (Paragraph 7)\n\nWe agree.`).join('\n\n');
    const f = findings(parse(spread)).filter((x) => x.code === 'duplicate-paragraph');
    assert.ok(f.length > 0);
    assert.ok(f[0].message.length < 300, f[0].message);
    assert.match(f[0].message, /^Recommendations 2, 4, 6, 8, 10, 12, 14, 16 and 292 more all cite Paragraph 7\./);
    assert.ok(f[0].related!.length <= 8);
    const same = Array.from({ length: 300 }, () => '38. Point. (Paragraph 7)\n\nWe agree.').join('\n\n');
    const g = findings(parse(same)).filter((x) => x.code === 'duplicate-paragraph');
    assert.match(g[0].message, /^300 recommendations \(numbered 38\) all cite Paragraph 7/);
    assert.ok(g.every((x) => x.message.length < 300));
  });
});

describe('layouts: end matter', () => {
  it('text under a "Footnotes" heading after the last recommendation answers nothing', () => {
    const report = parse('1. The Department should act. (Paragraph 3)\n\nWe agree.\n\n2. It should report. (Paragraph 5)\n\nFootnotes\n\n[1] HC 123, published 3 May.\n');
    assert.deepEqual(report.recommendations.map((r) => r.responses.length), [1, 0]);
  });

  it('the note under a "Notes" heading is in no response, and a recommendation after it is read as ever', () => {
    const report = parse('1. The Department should act. (Paragraph 3)\n\nWe agree.\n\nNotes\n\nA note.\n\n2. It should report. (Paragraph 5)\n\nWe also agree.\n');
    assert.deepEqual(report.recommendations.map((r) => r.responses.length), [1, 1]);
    assert.deepEqual(report.responses.map((r) => r.bodyParagraphs.map((i) => paragraphText(report.lines, report.paragraphs[i]))), [['We agree.'], ['We also agree.']]);
  });

  it('an annex, glossary or list of abbreviations after the last response is in no response; an annex that gives the response is read', () => {
    const words = (text: string) => {
      const report = parse(text);
      return report.responses.map((r) => r.bodyParagraphs.map((i) => paragraphText(report.lines, report.paragraphs[i])).join(' | '));
    };
    const end = (heading: string) => words(`1. The Department should act. (Paragraph 3)\n\nWe agree.\n\n2. It should report. (Paragraph 5)\n\nWe also agree.\n\n${heading}\n\nLocal Government Association\nDfT: Department for Transport\n`);
    // Also the line of underscores above the footnotes of a Word file or web page saved as text.
    for (const heading of ['Annex A: Organisations consulted', 'Annex 1 – List of witnesses', 'Appendix B: Terms of reference', 'Glossary', 'List of abbreviations', '**Abbreviations and acronyms**', '_'.repeat(32)]) {
      assert.deepEqual(end(heading), ['We agree.', 'We also agree.'], heading);
    }
    // The response in an annex or appendix is the response.
    const annexed = parse('Report of the Committee\n\nAppendix: Government Response\n\n1. The Department should act. (Paragraph 3)\n\nWe agree.\n\nAnnex A: The Government\'s response to recommendation 2\n\n2. It should report. (Paragraph 5)\n\nWe also agree.\n');
    assert.deepEqual(annexed.recommendations.map((r) => r.responses.length), [1, 1]);
  });

  it('a few underscores in a response, or a line that only starts with them, are not end matter', () => {
    for (const line of ['Name: ______', '________ (to be completed by the applicant)']) {
      const report = parse(`1. The Department should act. (Paragraph 3)\n\nWe agree.\n\n${line}\n\nWe will act.\n`);
      assert.equal(report.responses[0].bodyParagraphs.length, 3, line);
    }
  });

  it('a line of prose longer than a heading is not end matter, whatever its first words', () => {
    const prose = `List of Reports from the Committee ${'and more words '.repeat(7)}were set out in the annex`;
    assert.ok(prose.length > 120);
    const report = parse(`1. The Department should act. (Paragraph 3)\n\n${prose}\n\nWe agree.\n`);
    assert.deepEqual(report.recommendations.map((r) => r.responses.length), [1]);
    assert.equal(report.responses[0].bodyParagraphs.length, 2);
  });
});

describe('a response\'s own words', () => {
  const briefing = (text: string) => briefingRows(parse(text), 'file:///r.txt').map((r) => [r.number, r.response, r.inferredStance]);

  it('start with a label\'s words on its line ("Response: The Government accepts …"), then its body', () => {
    const r = lines('Recommendation 1: The Ministry should act. (Paragraph 3)', '', 'Response: The Government accepts this recommendation. It will act', 'within the year.', '', 'More follows.');
    assert.deepEqual(briefing(r), [[1, 'The Government accepts this recommendation. It will act within the year. …', 'accepted']]);
  });

  it('are a table row\'s status after its citation, and decide as the verdict table says ("Accept", "Reject")', () => {
    const r = lines('1.That the Department publish a timetable (Para 12) Accept', '2.That the Department review hospice funding (Para 14) Reject', '3.That it consult (Para 15) Accept in principle');
    assert.deepEqual(briefing(r), [[1, 'Accept', 'accepted'], [2, 'Reject', 'rejected'], [3, 'Accept in principle', 'accepted']]);
  });
});

describe('layout: a number with a dash, and "Rec" headings', () => {
  it('reads "1 – The Government should …" as recommendation 1, chapters restarting, and "4 – The Government agrees" under a heading as the reply\'s own number', () => {
    const r = parse(lines(
      'Chapter 1: Venues', '', '1 – The Government should commission an annual survey of venues. (Paragraph 15)', '', 'Government response', '', 'The Government accepts this recommendation.', '',
      '2 - DCMS should define a grassroots music venue. (Paragraph 19)', '', 'Government response', '', 'The Government agrees.', '',
      'Chapter 2: Levy', '', '1 – The Government should legislate for a levy. (Paragraph 34)', '', 'Government response', '', '4 – The Government does not agree that a levy is needed.',
    ));
    assert.deepEqual(read(r), ['1 [15] → accepted', '2 [19] → accepted', '1 [34] → rejected']);
    assert.equal(r.recommendations[0].shortTitle, 'The Government should commission an annual survey of…');
    assert.equal(briefingRows(r, 'file:///t.txt')[2].response, 'The Government does not agree that a levy is needed.');
  });

  it('reads "Rec 4 (paragraph 52)" as a recommendation heading', () => {
    const r = parse(lines('Rec 4 (paragraph 52)', 'Councils should plan for older people.', '', 'Government response', 'The Government agrees.'));
    assert.deepEqual(read(r), ['4 [52] → accepted']);
  });
});
