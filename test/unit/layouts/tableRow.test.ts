// Layout: rows of a progress table flattened to one line each, the reply cell after the recommendation's citation.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { responseBodyText } from '../../../server/src/features/responseText';
import { copies, lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.paragraphs.join(), r.response, r.inferredStance]);

describe('layout: table rows with the reply after the citation', () => {
  it('reads each row\'s recommendation to its citation and the rest of the row as its response, words or a decision', () => {
    const text = lines(
      'Recommendations and undertakings Government Response Notes',
      '1.That the MoD look at ways to enhance the information on its website. (Para 15) Website is being redeveloped. Updates will be sent by e-mail.   ',
      '2.That the UK ratify the Treaty. (Para 57) Accepted    ',
      '3. That the Department consult on the code (Paras 33 and 34). Not accepted',
    );
    assert.deepEqual(rows(text), [
      [1, '15', 'Website is being redeveloped. Updates will be sent by e-mail.', 'unclear'],
      [2, '57', 'Accepted', 'accepted'],
      [3, '33,34', 'Not accepted', 'rejected'],
    ]);
    assert.equal(parse(text).recommendations[0].text, 'That the MoD look at ways to enhance the information on its website. (Para 15)', 'the reply in its row is not the recommendation');
    assert.ok(parse(text).layouts.includes('table-row'));
  });

  it('reads a table of one row, its citation inside the row and in small letters', () => {
    const text = lines('7.To conduct an inquiry once Ministers have finalised their plans (paragraph 32). MoD look forward to helping the Committee\'s inquiry.');
    assert.deepEqual(rows(text), [[7, '32', 'MoD look forward to helping the Committee\'s inquiry.', 'unclear']]);
  });

  it('leaves a recommendation that ends with its citation, and a line a wrap cut, to the other rules', () => {
    const r = parse(lines('1. The Department should publish a strategy that sets out how it will double cycling by', '2030. (Paragraph 12)', '', '2. The Department should fund it. (Paragraph 14)', '', 'We agree.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]], [2, [14]]]);
    assert.ok(!r.layouts.includes('table-row'));
    const wrapped = parse(lines('1. The Department should publish a strategy that sets out how it will double cycling by', '2030. (Paragraph 12) The Government agrees with this.'));
    assert.deepEqual(wrapped.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]]]);
  });

  it('reads a row whose number lost its full stop, was glued to its words, stands in brackets, or is written "1)", "1:", "R1", "[1]" or "1 –", in every copy', () => {
    const row = (n: string, i: number) => [
      `${n}The MoD should publish its plans for the reserve forces. (Para 11) Accepted. Plans were published in March.`,
      `${n}The MoD should review the pay of reservists. (Para 14) Not accepted. Pay is reviewed annually.`,
    ][i];
    for (const [form, numbers] of [['1 ', ['1 ', '2 ']], ['1The', ['1', '2']], ['(1) ', ['(1) ', '(2) ']], ['1) ', ['1) ', '2) ']], ['1)The', ['1)', '2)']], ['1: ', ['1: ', '2: ']], ['R1 ', ['R1 ', 'R2 ']], ['R1.', ['R1.', 'R2.']], ['[1] ', ['[1] ', '[2] ']], ['1 – ', ['1 – ', '2 – ']]] as const) {
      const text = lines('Annex: Progress on recommendations', '', 'Recommendation Government Response Progress', row(numbers[0], 0), row(numbers[1], 1));
      for (const [copy, t] of copies(text).slice(0, 3)) {
        assert.deepEqual(rows(t), [
          [1, '11', 'Accepted. Plans were published in March.', 'accepted'],
          [2, '14', 'Not accepted. Pay is reviewed annually.', 'rejected'],
        ], `${form}: ${copy}`);
      }
    }
  });

  it('reads rows lettered in brackets, glued to their words or not, numbered as their letters\' places, in every copy', () => {
    for (const gap of ['', ' ']) {
      const text = lines(
        'Recommendations and undertakings Government Response Committee Response/Follow-up Notes',
        `(a)${gap}That the MoD sets out a timetable for the new units. (Para 12) AcceptedA timetable was published in the Strategy.`,
        `(b)${gap}That the MoD reviews the pay of service nurses. (Para 18) See response to (a) above.`,
        `(c)${gap}That the MoD reports each year on recruitment. (Para 23) Not acceptedThe figures are already published.`,
      );
      for (const [copy, t] of copies(text).slice(0, 3)) {
        assert.deepEqual(rows(t), [
          [1, '12', 'AcceptedA timetable was published in the Strategy.', 'accepted'],
          [2, '18', 'See response to (a) above.', 'unclear'],
          [3, '23', 'Not acceptedThe figures are already published.', 'rejected'],
        ], `"(a)${gap}That": ${copy}`);
      }
    }
    // A lettered item of a reply that cites in its middle stays the reply's.
    const reply = parse(lines('1. The Department should review its guidance. (Paragraph 12)', '', 'The Government accepts this. The Department will:', '(a) Review the guidance (see paragraph 4.2 of the strategy) by the spring;', '(b) Consult on the changes.'));
    assert.deepEqual(reply.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]]]);
  });

  it('reads a table of one row whose number does not follow on from anything, under its column headings', () => {
    for (const n of ['(7) ', '[7] ', '7 – ', '7) ']) {
      const text = lines('  Recommendations and undertakings Government Response Committee Response/Follow-up Notes', `${n}To conduct an inquiry once Ministers have finalised their plans (paragraph 32). MoD look forward to helping the Committee's inquiry.`);
      assert.deepEqual(rows(text), [[7, '32', 'MoD look forward to helping the Committee\'s inquiry.', 'unclear']], n);
    }
  });

  it('reads a row labelled "Recommendation 1:" whose words open "That …" or "To …", whatever its reply cell says, in every copy', () => {
    const text = lines(
      '  Recommendations and undertakings Government Response Notes',
      'Recommendation 1: That the MoD look at ways to enhance its website. (Para 15) Website is being redeveloped.',
      'Recommendation 2: That in future, Directions are also submitted to the Chairman. (Para 14) The government invited the Committee to raise this.',
      'Recommendation 3: To conduct an inquiry at an early date (paragraph 32). MoD look forward to helping the inquiry.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      assert.deepEqual(rows(t), [
        [1, '15', 'Website is being redeveloped.', 'unclear'],
        [2, '14', 'The government invited the Committee to raise this.', 'unclear'],
        [3, '32', 'MoD look forward to helping the inquiry.', 'unclear'],
      ], copy);
    }
    // A labelled recommendation in other words goes on after a citation, unless a reply opens there.
    const prose = parse(lines('Recommendation 4: The Department should act (Paragraph 40). It should do so every year.', '', 'Agreed.'));
    assert.deepEqual(briefingRows(prose, 'file:///t.txt').map((r) => [r.number, r.response]), [[4, 'Agreed.']]);
  });

  it('reads a row of a table of rows as its reply cell after its citation, whatever its words and its reply say, in every copy', () => {
    const text = lines(
      'Recommendations and undertakings Government Response Notes',
      'Recommendation 1: We look forward to receiving the evaluation of the pilot. (Para 9) The evaluation was sent to the Committee in May.',
      'Recommendation 2: The MoD must set out a timetable for the new barracks. (Para 14) Accepted. The timetable is at Annex C.',
      'Recommendation 3: We hope that the MoD will keep the Committee informed. (Para 20) The Committee will be told of each stage.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      assert.deepEqual(rows(t), [
        [1, '9', 'The evaluation was sent to the Committee in May.', 'unclear'],
        [2, '14', 'Accepted. The timetable is at Annex C.', 'accepted'],
        [3, '20', 'The Committee will be told of each stage.', 'unclear'],
      ], copy);
    }
    // A citation that opens the words ends none: "[Paragraph 2] The Department …" lines one after another are words.
    const opened = parse(lines('[Paragraph 2] The Department should publish the data in Leeds.', '[Paragraph 3] The Department should publish the data in Bristol.'));
    assert.deepEqual(briefingRows(opened, 'file:///t.txt').map((r) => [r.number, r.title.slice(0, 14), r.response]), [[1, 'The Department', ''], [2, 'The Department', '']]);
    // Alone, with blank lines about it, such a paragraph's words go on after the citation unless a reply opens there.
    const alone = parse(lines('Recommendation 4: We look forward to the evaluation (Paragraph 40). We will return to this.', '', 'Agreed.'));
    assert.deepEqual(briefingRows(alone, 'file:///t.txt').map((r) => [r.number, r.response]), [[4, 'Agreed.']]);
  });

  it('reads rows with no number whose words open "That the …", one a line or wrapped, whatever their reply cell says, numbered by place, in every copy', () => {
    const text = lines(
      'Recommendations and undertakings Government Response',
      'That the MoD publish an annual report on the readiness of the Reserve Forces. (Para 21) The MoD will include this in its Annual Report.',
      'That the MoD review the training of Reserve medical staff. (Para 34) A review was completed in 2001 and its findings are being implemented.',
      'That the MoD set out its plans for the Territorial Army estate. (Para 40) Plans will be published after the Defence Review.',
    );
    for (const [copy, t] of copies(text)) {
      assert.deepEqual(rows(t), [
        [1, '21', 'The MoD will include this in its Annual Report.', 'unclear'],
        [2, '34', 'A review was completed in 2001 and its findings are being implemented.', 'unclear'],
        [3, '40', 'Plans will be published after the Defence Review.', 'unclear'],
      ], copy);
    }
    // Wrapped narrower, each row over three lines.
    const narrow = text.split('\n').flatMap((l) => l.match(/.{1,50}(?:\s|$)/g)!.map((x) => x.trim())).join('\n');
    assert.deepEqual(rows(narrow).map((r) => r.slice(0, 2)), [[1, '21'], [2, '34'], [3, '40']]);
    // Rows whose words say what is to be done ("To conduct …"), beside one that recommends.
    const todo = lines(
      'Recommendations and undertakings Government Response',
      'To conduct an inquiry once Ministers have finalised their plans for the Reserves. (Para 32) MoD look forward to helping the inquiry.',
      'To publish the results of the review of medical services. (Para 41) The results were published in March.',
      'We recommend that the MoD report annually on recruitment. (Para 45) Reports will be made each year.',
    );
    assert.deepEqual(rows(todo).map((r) => r.slice(0, 3)), [[1, '32', 'MoD look forward to helping the inquiry.'], [2, '41', 'The results were published in March.'], [3, '45', 'Reports will be made each year.']]);
    // A reply's sentence that opens so, alone, with a citation in it, is the reply's.
    const reply = parse(lines(
      '1. The Department should publish guidance on attendance. (Paragraph 12)', '',
      'To address this, the Department will publish guidance on attendance (paragraph 12). The guidance will be issued in May.', '',
      '2. The Department should fund mentors. (Paragraph 15)', '', 'The Department accepts the finding and will act.',
    ));
    assert.deepEqual(briefingRows(reply, 'file:///t.txt').map((r) => [r.number, r.response.slice(0, 16)]), [[1, 'To address this,'], [2, 'The Department a']]);
    // An inquiry's recommendation whose words go on after a citation inside them keeps them: no reply cell in it.
    const inquiry = parse(lines('1. That the Government pay compensation (see paragraph 12) to all those infected.', '', 'The Government accepts this recommendation.', '', '2. That the Government set up a scheme (see paragraph 14) for all those affected.', '', 'Not accepted.'));
    assert.deepEqual(briefingRows(inquiry, 'file:///t.txt').map((r) => [r.number, r.response]), [[1, 'The Government accepts this recommendation.'], [2, 'Not accepted.']]);
    assert.equal(inquiry.recommendations[0].text, 'That the Government pay compensation (see paragraph 12) to all those infected.');
  });

  it('reads rows numbered with a part ("16a.That …", "16b.That …"), each its number\'s, in every copy', () => {
    const text = lines(
      '  Recommendations and undertakings Government Response Notes',
      '15.That the Agency publishes its key targets. (Para 35) The targets are published in the Corporate Plan.',
      '16a.That the MoD sets out its policy on collaborative procurement. (Para 41) AcceptedPolicy was set out in the Review.',
      '16b.That the MoD reviews the costs of collaboration. (Para 42) Under consideration',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      assert.deepEqual(parse(t).recommendations.map((x) => x.label), ['15', '16a', '16b'], copy);
      assert.deepEqual(rows(t), [
        [15, '35', 'The targets are published in the Corporate Plan.', 'unclear'],
        [16, '41', 'AcceptedPolicy was set out in the Review.', 'accepted'],
        [16, '42', 'Under consideration', 'under-consideration'],
      ], copy);
    }
  });

  it('reads rows numbered in chapters ("1.1 The MoD should … (Para 11) Accepted."), not as a reply\'s numbered paragraphs, in every copy', () => {
    const text = lines(
      'Annex: Progress', '', 'Recommendation Government Response Progress',
      '1.1 The MoD should publish its plans for the reserve forces. (Para 11) Accepted. Plans were published in March.',
      '1.2 The MoD should review the pay of reservists. (Para 14) Not accepted. Pay is reviewed annually.',
      '2.1 The MoD should report each year. (Para 20) Under consideration',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      assert.deepEqual(parse(t).recommendations.map((x) => x.label), ['1.1', '1.2', '2.1'], copy);
      assert.deepEqual(rows(t), [
        [1, '11', 'Accepted. Plans were published in March.', 'accepted'],
        [1, '14', 'Not accepted. Pay is reviewed annually.', 'rejected'],
        [2, '20', 'Under consideration', 'under-consideration'],
      ], copy);
    }
  });

  it('reads a reply cell that a decision opens and that cites too: the reply from the first citation a decision follows', () => {
    const text = lines(
      'Recommendations and undertakings Government Response Notes',
      '1.That the MoD publish its plans for the reserve forces. (Para 11) Accepted. The plans were set out in the White Paper (see para 4).',
      '2.That the MoD review, as we said before (see paragraph 19), the pay of reservists. (Para 14) Not accepted. See (para 6) of the memorandum.',
      '3.That the MoD publish its plans, and then (Para 20) (Para 21) review them. (Para 22) Under consideration',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      assert.deepEqual(rows(t), [
        [1, '11', 'Accepted. The plans were set out in the White Paper (see para 4).', 'accepted'],
        [2, '19,14', 'Not accepted. See (para 6) of the memorandum.', 'rejected'],
        // Words that do not decide after a citation are the recommendation's.
        [3, '20,21,22', 'Under consideration', 'under-consideration'],
      ], copy);
    }
    // So are a committee's words that open as a decision might ("We welcome …"): only a decision's label starts a reply there.
    const committee = lines('5.That the MoD note the delays. (Para 20) We welcome the new plan and the MoD should fund it. (Para 21) Accepted', '6.That the MoD report. (Para 22) We welcome its work. (Para 23)');
    assert.deepEqual(rows(committee), [[5, '20,21', 'Accepted', 'accepted'], [6, '22,23', '', 'no-response']]);
  });

  it('leaves a number before small letters, or a bracketed number whose line ends at its citation, to the other rules', () => {
    // A list's item in a reply, a bracket in its words: not a table's row.
    const r = parse(lines('1. The Department should publish a plan. (Paragraph 10)', '', 'We agree. The plan will say:', '(1) the Department\'s review (paragraph 4 of the guidance) found gaps;', '(2) how they will be closed.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [10]]]);
    const paren = parse(lines('(1) We recommend that the Ministry reviews temporary cells. (Paragraph 30)', '', 'The Government agrees.'));
    assert.ok(!paren.layouts.includes('table-row'));
    assert.equal(paren.recommendations[0].responses.length, 1);
  });

  it('reads a table whose cells a tab sets apart (copied from a spreadsheet or a Word table), its number in a cell of its own', () => {
    const text = lines(
      'Progress report on the Committee’s recommendations', '',
      'No.\tRecommendation\tStatus\tUpdate',
      '1\tThe Department should publish a workforce plan. (Para 12)\tAccepted\tThe plan was published in March.',
      '2\tThe Department should review training places. (Para 15)\tUnder consideration\tThe review will report in the autumn.',
      '3\tThe Department should fund mental health support for staff. (Para 22)\t\t',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), [
      [1, [12], 1, 'The Department should publish a workforce plan. (Para 12)'],
      [2, [15], 1, 'The Department should review training places. (Para 15)'],
      // An empty reply cell is no reply.
      [3, [22], 0, 'The Department should fund mental health support for staff. (Para 22)'],
    ]);
    assert.deepEqual(rows(text).map((x) => x[3]), ['accepted', 'under-consideration', 'no-response']);
  });
  it('reads a row a line break cut: the words to the citation, the reply from after it to the row\'s end', () => {
    const text = lines(
      '  Recommendations and undertakings Government Response Notes',
      '1.That the MoD should set out a clear timetable for the in-service date of the new',
      'aircraft. (Para 12) The in-service date will be announced when the main gate decision',
      'is taken.',
      '2.That Accounting Officer Directions are also submitted to the Chairman of the Committee. (Para',
      '14) The government invited the Committee to raise this with the',
      'Public Accounts Committee.',
      '3. That the MoD report annually on cost overruns in its equipment',
      'programme. (Para 24) Not accepted. The information is already',
      'available in the Major Projects Report.',
    );
    assert.deepEqual(rows(text), [
      [1, '12', 'The in-service date will be announced when the main gate decision is taken.', 'unclear'],
      [2, '14', 'The government invited the Committee to raise this with the Public Accounts Committee.', 'unclear'],
      [3, '24', 'Not accepted. The information is already available in the Major Projects Report.', 'rejected'],
    ]);
    assert.equal(parse(text).recommendations[0].text, 'That the MoD should set out a clear timetable for the in-service date of the new aircraft. (Para 12)');
    // Rows lettered in brackets, glued to their words, likewise: numbered by their letters.
    const lettered = lines(
      '  Recommendations and undertakings Government Response',
      'Committee Response/Follow-up Further GovernmentAction Notes',
      '(a)That the MoD sets out a timetable for the new hospital',
      'units. (Para 12) AcceptedA timetable was published in the',
      'Defence Medical Services Strategy.',
      '(b)That the MoD reviews the pay of service nurses. (Para 18)',
      'See response to (a) above.',
    );
    assert.deepEqual(rows(lettered), [
      [1, '12', 'AcceptedA timetable was published in the Defence Medical Services Strategy.', 'accepted'],
      [2, '18', 'See response to (a) above.', 'unclear'],
    ]);
    // A decision the wrap cut ("… (Para 18) Not" / "accepted. …") decides as a whole: not "accepted" from the line below.
    const cutDecision = lines(
      '  Recommendations and undertakings Government Response',
      '1.That the MoD reviews the pay of nurses and publishes the review. (Para 18) Not',
      'accepted. Pay is a matter for the review body.',
      '2.That the MoD reports on recruitment every year. (Para 19) Partially',
      'accepted: the MoD will report every two years.',
      '3.That the MoD reports on retention. (Para 20) The MoD',
      'accepts this.',
    );
    assert.deepEqual(rows(cutDecision).map((r) => [r[0], r[3]]), [[1, 'rejected'], [2, 'accepted-in-part'], [3, 'accepted']]);
    // Prose that goes on after a citation, its number not glued and no decision after it, stays the recommendation's.
    const prose = parse(lines('4. We recommend that the MoD publish the data on its equipment programme', 'in full (Paragraph 40). It should do so every year.', '', 'The Government agrees.'));
    assert.deepEqual(briefingRows(prose, 'file:///t.txt').map((r) => [r.number, r.response]), [[4, 'The Government agrees.']]);
  });
  it('reads a row that cites no paragraph: its number glued to its words, its reply from the decision after its last sentence', () => {
    const text = lines(
      '  Recommendations and undertakings Government Response Notes',
      '1.That the MoD should set out how it will recruit more medical staff. Accepted The Committee will monitor progress.',
      '2.We recommend that the MoD publish data on waiting times. (Para 21) Data will be published annually.',
      '3.That the MoD review the agency. (Paras 30-31)',
    );
    assert.deepEqual(rows(text), [
      [1, '', 'Accepted The Committee will monitor progress.', 'accepted'],
      [2, '21', 'Data will be published annually.', 'unclear'],
      [3, '30,31', '', 'no-response'],
    ]);
    assert.equal(parse(text).recommendations[0].text, 'That the MoD should set out how it will recruit more medical staff.');
  });

  it('reads a row whose cells bars part (a table imported from a PDF or a web page) to its cell\'s edge, cited or not; an empty reply cell is no reply, whatever follows the table', () => {
    const text = lines(
      'Recommendation | Response | Financial implications',
      '1. The Welsh Government should publish a housing strategy for older people. | Accept. The strategy will be published in 2026. | None.',
      '2. The Welsh Government should fund adaptations for every household. | We will increase funding for adaptations. | £5 million.',
      '3. Local authorities should keep a register of accessible homes. (Paragraph 30) |',
      '4. The Welsh Government should review the fund \\| the grant. | Reject. | None.',
      '5. Local authorities should publish waiting times for adaptations. |',
      '',
      'The Welsh Government thanks the Committee for its report.',
    );
    assert.deepEqual(rows(text).map(([n, p, , stance]) => [n, p, stance]), [[1, '', 'accepted'], [2, '', 'unclear'], [3, '30', 'no-response'], [4, '', 'rejected'], [5, '', 'no-response']]);
    const report = parse(text);
    assert.deepEqual(report.recommendations.map((r) => (r.responses.length ? responseBodyText(report, r.responses[0]) : '')), [
      // (The reply's cells read one after another, as sentences.)
      'Accept. The strategy will be published in 2026. None.', 'We will increase funding for adaptations. £5 million.', '', 'Reject. None.', '',
    ]);
    assert.deepEqual(report.recommendations.map((r) => r.text), [
      'The Welsh Government should publish a housing strategy for older people.', 'The Welsh Government should fund adaptations for every household.',
      'Local authorities should keep a register of accessible homes. (Paragraph 30)', 'The Welsh Government should review the fund \\| the grant.', 'Local authorities should publish waiting times for adaptations.',
    ]);
    // A labelled row reads to its cell's edge too, its reply the cells after it.
    const labelled = parse(lines(
      '**Recommendation** | **Response** | **Explanation**',
      '**Recommendation 1.** The Welsh Government should publish a workforce plan. | Accept | A plan will follow in March.',
      'Recommendation 2: The Welsh Government should report on agency staff. | Accept in principle |',
      '',
      'The Welsh Government thanks the Committee.',
    ));
    assert.deepEqual(labelled.recommendations.map((r) => [r.number, r.text, r.responses.length ? responseBodyText(labelled, r.responses[0]) : '']), [
      [1, 'The Welsh Government should publish a workforce plan.', 'Accept. A plan will follow in March.'],
      [2, 'The Welsh Government should report on agency staff.', 'Accept in principle'],
    ]);
    // A status summary's row, and words that recommend nothing with no citation, are no table of recommendations.
    assert.equal(parse(lines('1. Accepted | In progress', '2. Rejected | Closed')).recommendations.length, 0);
    assert.equal(parse(lines('Year | Funding', '1. The fund opened in 2024. | £5 million')).recommendations.length, 0);
  });
});
