// Recommendations in parts ("3(a)", "3.2") and the items of a list inside one ("i)", "ii)").
import { strict as assert } from 'assert';
import { parse, recLabel } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { briefingRows } from '../../../server/src/features/briefing';
import { findings } from '../../../server/src/features/diagnostics';
import { lines } from '../../support/fixture';

describe('layout: recommendations in parts, and lists inside a recommendation', () => {
  const text = lines(
    'Recommendation 3(a): The MoJ should assess every prisoner within ten days. (Paragraph 27)', '', 'Response: The Government accepts this recommendation.', '',
    'Recommendation 3(b): Every prisoner should be offered a reading programme. (Paragraph 27)', '', 'Response: We accept this recommendation.', '',
    'Recommendation 5: Digital education should be expanded, so that:', '  i)   every prison has a learning platform;', '  ii)  prisoners keep their learning record.', '(Paragraph 42)', '',
    'Response: The Government accepts this recommendation in part.', '',
    'Recommendation 7(b): The MoJ should fund distance learning. (Paragraph 56)', '',
    'Recommendation 8: The MoJ should report within a year. (Paragraph 60)', '', 'Response: We accept this recommendation.',
  );

  it('reads each part as a recommendation of its own, named by its label, and the list and its citation as the recommendation\'s', () => {
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [recLabel(x), x.number, x.paragraphs, x.responses.map((i) => responseBodyText(r, i)).join()]), [
      ['3(a)', 3, [27], 'The Government accepts this recommendation.'],
      ['3(b)', 3, [27], 'We accept this recommendation.'],
      ['5', 5, [42], 'The Government accepts this recommendation in part.'],
      ['7(b)', 7, [56], ''],
      ['8', 8, [60], 'We accept this recommendation.'],
    ]);
    assert.match(r.recommendations[2].text, /so that: i\)\s+every prison has a learning platform; ii\)\s+prisoners keep their learning record\. \(Paragraph 42\)$/);
  });

  it('takes in the items of its list when a wrap carried one on to a line of its own', () => {
    const r = parse(lines(
      'Recommendation 5: Digital education should be expanded, so that:', '  i)   every prison has a secure digital learning platform', 'by 2028;',
      '  ii)  prisoners can continue their courses on a laptop in', 'their cell; and', '  iii) prisoners keep their learning record.', '(Paragraph 42)', '',
      'Response: The Government accepts this recommendation in part.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.map((i) => responseBodyText(r, i)).join()]), [
      [5, [42], 'The Government accepts this recommendation in part.'],
    ]);
    assert.match(r.recommendations[0].text, /by 2028; ii\)\s+prisoners can continue .* iii\)\s+prisoners keep their learning record\. \(Paragraph 42\)$/);
  });

  it('takes in a numbered or lettered list its words open with a colon, with no blank line, as its words: not recommendations or headings of their own', () => {
    const r = parse(lines(
      'Recommendation 1', 'The Department should, within six months:', '1. Publish a plan for reducing the backlog;', '2. Set targets for each region; and',
      '3. Report to the Committee each year on progress. (Paragraph 12)', '', 'Government response', 'The Government agrees with this recommendation.', '',
      'Recommendation 2', 'The Department should improve its data by:', '(a) Collecting data on waiting times;', '(b) Publishing data by region. (Paragraph 18)', '',
      'Government response', 'The Government partially agrees with this recommendation.', '',
      'Recommendation 3', 'The Department should review the funding formula. (Paragraph 25)', '', 'Government response', 'The Government disagrees with this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [12], 1], [2, [18], 1], [3, [25], 1]]);
    assert.match(r.recommendations[0].text, /^The Department should, within six months: 1\. Publish .*; 2\. Set .*; and 3\. Report .* \(Paragraph 12\)$/);
    // So with a blank line after every line, as a page's list gives it.
    const spaced = parse(lines(
      'Recommendation 1', '', 'The Department should, within six months:', '', '1. Publish a plan for reducing the backlog;', '', '2. Set targets for each region; and', '',
      '3. Report to the Committee each year on progress. (Paragraph 12)', '', 'Government response', '', 'The Government agrees with this recommendation.', '',
      'Recommendation 2', '', 'The Department should review the funding formula. (Paragraph 25)', '', 'Government response', '', 'The Government disagrees with this recommendation.',
    ));
    assert.deepEqual(spaced.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [12], 1], [2, [25], 1]]);
    // So in bold, as a web page's list in bold is imported.
    const bold = parse(lines(
      '### Recommendation 1', '', '**The Department should, within six months:**', '', '1. **publish a workforce plan;**', '2. **set out the number of doctors it will train; and**',
      '3. **report to Parliament each year. (Paragraph 45)**', '', '#### Government response', '', 'We partially accept this recommendation.', '',
      '### Recommendation 2', '', '**NHS England should end the use of agency staff. (Paragraph 52)**', '', '#### Government response', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(bold.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [52], 1]]);
    // An item that recommends itself, under words that end with a colon, is a recommendation of its own.
    const own = parse(lines('The Committee made recommendations in three areas, which the Government should address:', '1. The Department should publish a plan. (Paragraph 3)', '', 'The Government agrees.', '', '2. The Department should set targets. (Paragraph 4)', '', 'The Government does not agree.'));
    assert.deepEqual(own.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [[1, [3], 'The Department should publish a plan. (Paragraph 3)'], [2, [4], 'The Department should set targets. (Paragraph 4)']]);
    // A reply's list whose last item ends with a semicolon takes in no recommendation a blank line sets apart.
    const reply = parse(lines('1. The Department should publish a plan. (Paragraph 3)', '', 'We will:', '- consult councils;', '- publish guidance;', '', '2. The Department should set targets. (Paragraph 4)', '', 'The Government does not agree.'));
    assert.deepEqual(reply.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [3], 1], [2, [4], 1]]);
    // Words that open no list ("Our responses follow:") leave the numbered recommendations under them as they were.
    const under = parse(lines('Our responses to the recommendations follow:', '1. The Department should publish a plan. (Paragraph 3)', '', 'Agreed.', '', '2. The Department should set targets. (Paragraph 4)', '', 'Not accepted.'));
    assert.deepEqual(under.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [3]], [2, [4]]]);
  });

  it('finds no duplicate numbers among the parts of one recommendation', () => {
    assert.deepEqual(findings(parse(text)).map((f) => f.code).filter((c) => c === 'duplicate-number'), []);
  });

  it('reads "Recommendation 3.2" as part 2 of recommendation 3', () => {
    const r = parse(lines('Recommendation 3.1: The Board should publish its plan. (Paragraph 4)', '', 'Response: Accepted.', '', 'Recommendation 3.2: The Board should consult. (Paragraph 5)', '', 'Response: Accepted.'));
    assert.deepEqual(r.recommendations.map((x) => [recLabel(x), x.number]), [['3.1', 3], ['3.2', 3]]);
  });

  it('reads an inquiry\'s "Recommendation 113.9(a)", a chapter\'s number and a part, over its words or labelling them', () => {
    const headed = parse(lines(
      'Recommendation 113.8', '', 'That the government review the statutory guidance.', '', 'Response: Accepted.', '',
      'Recommendation 113.9(a)', '', 'That the government establish a single regulator.', '', 'Response: Accepted in principle.', '',
      'Recommendation 113.9b', '', 'That the regulator approve construction products.', '', 'Response: Accepted.',
    ));
    assert.deepEqual(headed.recommendations.map((x) => [recLabel(x), x.number, x.responses.length]), [['113.8', 113, 1], ['113.9(a)', 113, 1], ['113.9b', 113, 1]]);
    assert.deepEqual(findings(headed).map((f) => f.code).filter((c) => c === 'duplicate-number'), []);
    const labelled = parse(lines('Recommendation 113.9(a): That the government establish a regulator.', '', 'Response: Accepted.', '', 'Recommendation 113.9(b): That it approve products.', '', 'Response: Accepted.'));
    assert.deepEqual(labelled.recommendations.map((x) => [recLabel(x), x.shortTitle]), [['113.9(a)', 'That the government establish a regulator'], ['113.9(b)', 'That it approve products']]);
  });
});

describe('decisions in table cells', () => {
  it('reads a decision glued to the next cell ("NotedThe Committee\'s …") but not a word that merely starts like one', () => {
    const r = parse(lines('1.The Committee to monitor risk. (Para 11) NotedThe Committee\'s Tenth Report examined it.', '2.That the MoD act. (Para 12) Accepted practice is to act.'));
    assert.deepEqual(r.responses.map((x) => x.stanceLabel?.text), ['Noted', undefined]);
  });

  it('reads a decision that a space parts from the next cell when a sentence starts there ("Noted The MoD wrote …")', () => {
    const r = parse(lines('1.That the MoD report on Haslar. (Para 38) Noted The MoD wrote to the Committee.', '2.That the MoD act. (Para 39) Accepted Practice Notes were issued.'));
    assert.deepEqual(r.responses.map((x) => x.stanceLabel?.text), ['Noted', undefined]);
  });
});

describe('the end of a letter', () => {
  it('leaves a sign-off, a signature and an address out of the last response', () => {
    const r = parse(lines(
      '1. DCMS should report to the Committee within a year. (Paragraph 70)', '', 'The Government accepts this recommendation.', '',
      'Yours sincerely,', '', '*Jane Smith MS*', '*Cabinet Secretary for Education*', '',
      'Department for Culture, Media and Sport', '100 Parliament Street', 'London SW1A 2BQ',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government accepts this recommendation.']);
  });

  it('leaves out an address whose lines blank lines part, and keeps a sentence that a comma carries on', () => {
    const r = parse(lines(
      '1. DCMS should report to the Committee within a year. (Paragraph 70)', '', 'Government response', '', 'The Government accepts this recommendation.', '',
      'As outlined by the Secretary of State,', '', 'the update will come in early 2027.', '',
      'Department for Culture, Media and Sport', '', '100 Parliament Street', '', 'London SW1A 2BQ',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government accepts this recommendation. As outlined by the Secretary of State, the update will come in early 2027.']);
  });

  it('leaves out a sign-off with no blank line before it, and the signature and address under it', () => {
    const r = parse(lines(
      '1. DCMS should report to the Committee within a year. (Paragraph 70)', 'The Government accepts this recommendation and will write to the',
      'Committee in early 2027.', 'Yours sincerely,', 'Jane Smith MP', 'Minister for Culture', 'Department for Culture, Media and Sport', '100 Parliament Street', 'London SW1A 2BQ',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government accepts this recommendation and will write to the Committee in early 2027.']);
    assert.deepEqual(r.paragraphs.map((p) => p.kind), ['recommendation', 'text', 'end-matter']);
  });

  it('leaves out an address with no sign-off and no blank line before it, and keeps a postcode a sentence names', () => {
    const r = parse(lines(
      '1. DCMS should report to the Committee within a year. (Paragraph 70)', 'The Government accepts this recommendation and will write to the',
      'Committee in early 2027.', 'Department for Culture, Media and Sport', '100 Parliament Street', 'London SW1A 2BQ',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government accepts this recommendation and will write to the Committee in early 2027.']);
    assert.deepEqual(r.paragraphs.map((p) => p.kind), ['recommendation', 'text', 'end-matter']);
    // The same lines with a blank line after each, as some copies give them.
    const spaced = parse(lines(
      '1. DCMS should report to the Committee within a year. (Paragraph 70)', '', 'The Government accepts this recommendation and will write to the', '',
      'Committee in early 2027.', '', 'Department for Culture, Media and Sport', '', '100 Parliament Street', '', 'London SW1A 2BQ', '',
    ));
    assert.deepEqual(spaced.responses.map((_, i) => responseBodyText(spaced, i)), ['The Government accepts this recommendation and will write to the Committee in early 2027.']);
    // A postcode in the reply's words, or at the end of its sentence, is no address.
    const named = parse(lines(
      '1. DCMS should open an office. (Paragraph 70)', 'The Government accepts this recommendation.', 'The office opened at',
      '100 Parliament Street, London SW1A 2BQ.',
    ));
    assert.equal(responseBodyText(named, 0), 'The Government accepts this recommendation. The office opened at 100 Parliament Street, London SW1A 2BQ.');
  });

  it('leaves out a letter\'s courtesy after its last answer ("I am copying this letter to …", "I hope this response is helpful"), not a promise', () => {
    for (const courtesy of ['I am copying this letter to the Chair of the Public Accounts Committee.', 'I hope this response is helpful to the Committee.', 'Thank you again for the Committee\'s work.']) {
      const r = parse(lines('1. DCMS should report within a year. (Paragraph 70)', '', 'We agree.', '', courtesy, '', 'Yours sincerely,', '', 'Jane Smith MP'));
      assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['We agree.'], courtesy);
    }
    // Words that answer stay the reply's, and a courtesy with more recommendations after it is not the end.
    const promise = parse(lines('1. DCMS should report within a year. (Paragraph 70)', '', 'We agree.', '', 'I will write to the Committee in June.', '', 'Yours sincerely,'));
    assert.equal(responseBodyText(promise, 0), 'We agree. I will write to the Committee in June.');
  });

  it('keeps a Minister\'s name in a response that more recommendations follow', () => {
    const r = parse(lines('1. The Minister should act. (Paragraph 3)', '', 'The Minister for Schools will write to the Committee', '', '2. The Department should report. (Paragraph 4)', '', 'Agreed.'));
    assert.equal(responseBodyText(r, 0), 'The Minister for Schools will write to the Committee');
  });
});

describe('layout: a title over the parts of its number', () => {
  it('reads "Recommendation 1: Compensation" over "1(a) …", "1(b) …" as a heading over its parts (a public inquiry\'s form)', () => {
    for (const part of ['1(a) ', 'Recommendation 1(a): ']) {
      const text = lines(
        'Government response to the Infected Blood Inquiry', '',
        'Recommendation 1: Compensation', '',
        `${part}The Government should set up a compensation scheme now.`, '', 'Accepted. The Authority was established in 2024.', '',
        `${part.replace('(a)', '(b)')}The scheme should be free from tax.`, '', 'Accepted.', '',
        'Recommendation 2: Recognising what happened', '',
        `${part.replace('1(a)', '2(a)')}The Government should issue a formal apology.`, '', 'Accepted in principle.',
      );
      const r = parse(text);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.label, x.responses.length]), [[1, '1(a)', 1], [1, '1(b)', 1], [2, '2(a)', 1]], part);
      const titled = r.paragraphs.filter((p) => r.lines[p.lines[0]].includes(':') && !r.lines[p.lines[0]].includes('('));
      // The same with no blank lines: a decision and its stop opening a line starts the reply.
      const packed = parse(text.split('\n').filter((l) => l.trim()).join('\n'));
      assert.deepEqual(packed.recommendations.map((x) => [x.label, x.responses.length]), [['1(a)', 1], ['1(b)', 1], ['2(a)', 1]], part);
      // Headings, not recommendations (the first, before any recommendation, is read as the text before them).
      assert.deepEqual(titled.map((p) => [r.lines[p.lines[0]], p.kind === 'recommendation']), [['Recommendation 1: Compensation', false], ['Recommendation 2: Recognising what happened', false]], part);
    }
  });

  it('keeps items in small letters a recommendation\'s own, the last with its citation, and gives each part\'s reply to it, in part where one is rejected', () => {
    const r = parse(lines(
      'Recommendation 3', 'The Home Office should:', '(a) publish asylum processing times each month; and', '(b) set a target for clearing the backlog. (Paragraph 40)', '',
      'Government response to recommendation 3(a)', 'Accepted. Processing times are published monthly.', '',
      'Government response to recommendation 3(b)', 'Not accepted. A target would not help.', '',
      'Recommendation 4', 'The Home Office should review the use of hotels. (Paragraph 45)', '', 'Government response', 'Under consideration.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[3, [40], 2], [4, [45], 1]]);
    assert.deepEqual(briefingRows(r, 'file:///s.txt').map((x) => x.inferredStance), ['accepted-in-part', 'under-consideration']);
  });

  it('answers every lettered part a response heading names, by its parts ("… to Recommendations 3(a) and 3(b)") or by their number', () => {
    const parts = (heading: string) => lines(
      'Recommendation 3(a)', 'Venues should have a counter-terrorism plan.', '',
      'Recommendation 3(b)', 'Venues should test their plans at least once a year.', '',
      heading, 'The Government agrees. Guidance will be published alongside the Act.', '',
      'Recommendation 4', 'The Authority should review the training of door staff.', '',
      'Government response', 'Agreed.',
    );
    for (const heading of ['Government response to Recommendations 3(a) and 3(b)', 'Government response to Recommendation 3', 'Response to recommendations 3a and 3b:']) {
      const r = parse(parts(heading));
      assert.deepEqual(r.recommendations.map((x) => [recLabel(x), x.responses.map((i) => responseBodyText(r, i)).join()]), [
        ['3(a)', 'The Government agrees. Guidance will be published alongside the Act.'],
        ['3(b)', 'The Government agrees. Guidance will be published alongside the Act.'],
        ['4', 'Agreed.'],
      ], heading);
    }
    // A part answered already keeps its own response: the next heading answers the part it names.
    const own = parse(lines(
      'Recommendation 3(a)', 'Venues should have a plan.', '', 'Government response', 'Agreed.', '',
      'Recommendation 3(b)', 'Venues should test their plans.', '', 'Government response to Recommendation 3(b)', 'Not agreed.',
    ));
    assert.deepEqual(own.recommendations.map((x) => x.responses.map((i) => responseBodyText(own, i)).join()), ['Agreed.', 'Not agreed.']);
  });
});
