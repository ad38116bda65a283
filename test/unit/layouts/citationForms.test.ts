// How a recommendation cites the Committee's report: in round or square brackets, "Para." or "Paragraphs", with "of the
// report" after the numbers. The citation ends the recommendation, is left out of its title, and is not a reference.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { copies, lines } from '../../support/fixture';

describe('layout: the forms a citation takes', () => {
  it('reads square brackets, "para.", "of the report" and a range, and leaves each out of the title', () => {
    const r = parse(lines(
      'Government response to the Work and Pensions Committee', '',
      '1. The Department should publish its evaluation of the pilot within six months. [Paragraph 23]', '',
      'The Government accepts this recommendation.', '',
      '2. The Department should consult disabled people on the new assessment. (para. 31)', '',
      'The Government agrees and will consult in the spring.', '',
      '3. The Department should review the sanctions regime. (Paragraph 40 of the report)', '',
      'The Government does not accept this recommendation.', '',
      '4. The Department should report annually on the use of sanctions [Paras 44–46].', '',
      'We will consider this.',
    ));
    assert.deepEqual(r.recommendations.map((x) => x.paragraphs), [[23], [31], [40], [44, 45, 46]]);
    assert.deepEqual(r.recommendations.map((x) => x.shortTitle.replace('…', '')), [
      'The Department should publish its evaluation of the',
      'The Department should consult disabled people on the',
      'The Department should review the sanctions regime',
      'The Department should report annually on the use',
    ]);
    assert.deepEqual(r.references, []);
  });

  it('reads "(see paragraph 19)", "(Report, paragraph 27)" and a footnote\'s marker glued after a citation', () => {
    const text = lines(
      'Government response to the Committee', '',
      '1. The Department should publish a plan for school buildings. (Paragraph 12)[1]', '', 'We agree and will publish the plan in the spring.', '',
      '2. The Department should fund repairs to every school with RAAC. (see paragraph 19)', '', 'We do not accept this recommendation.', '',
      '3. The Department should report each year on the condition of the estate. (Report, paragraph 27)', '', 'The Department will consider how best to report.', '',
      '4. The Department should set a target for the removal of asbestos. (Paragraph 40)2', '', 'Noted.',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.paragraphs, r.responses[x.responses[0]]?.bodyParagraphs.length]), [[[12], 1], [[19], 1], [[27], 1], [[40], 1]]);
    assert.equal(r.responses[r.recommendations[3].responses[0]].kind, 'plain');
    // With no blank lines, each ends its recommendation there.
    const packed = parse(text.split('\n').filter((l) => l.trim()).join('\n'));
    assert.deepEqual(packed.recommendations.map((x) => [x.paragraphs, packed.responses[x.responses[0]]?.kind]), [[[12], 'plain'], [[19], 'plain'], [[27], 'plain'], [[40], 'plain']]);
    // In a heading too: "Recommendation 2 (see paragraph 19)".
    const headed = parse(lines('Recommendation 1 (see paragraph 12)', 'The Department should publish a plan.', '', 'Government response', 'Agreed.', '', 'Recommendation 2 (see paragraph 19)', 'The Department should fund repairs.', '', 'Government response', 'Not accepted.'));
    assert.deepEqual(headed.recommendations.map((x) => [x.number, x.paragraphs, x.shortTitle.slice(0, 14), x.responses.length]), [[1, [12], 'The Department', 1], [2, [19], 'The Department', 1]]);
  });

  it('reads the recommendation\'s own number leading its citation ("(Recommendation 4, paragraph 12)"), and leaves the citation out of the title', () => {
    const r = parse(lines(
      'Government response', '',
      'The Department should publish a plan for school buildings. (Recommendation 4, paragraph 12)', '', 'The Government agrees.', '',
      'The Department should fund the removal of RAAC. (Conclusion 5; para 19)', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.shortTitle]), [
      [4, [12], 1, 'The Department should publish a plan for school…'],
      [5, [19], 1, 'The Department should fund the removal of RAAC'],
    ]);
  });

  it('reads a report numbered by chapter: "(Paragraph 3.12)", a range within a chapter, one a line break cuts, and in a heading', () => {
    const text = lines(
      'Government Response to the Committee', '',
      '1. The Department should publish a fully funded workforce plan. (Paragraph 3.12)', '', 'The Government agrees.', '',
      '2. Ministers must set out how training places will be allocated. (Paras 4.9–4.11)', '', 'The Government accepts this in part.', '',
      '3. NHS England should report annually on the retention of nurses in their first years (Paragraph', '5.21).', '', 'We do not accept this recommendation.', '',
      'Recommendation 4 (paragraph 6.2)', 'The Department should write to the Committee.', '', 'Government response', 'Agreed.',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [3.12], 1], [2, [4.9, 4.1, 4.11], 1], [3, [5.21], 1], [4, [6.2], 1]]);
    // With no blank lines, each ends its recommendation there.
    const packed = parse(text.split('\n').filter((l) => l.trim()).join('\n'));
    assert.deepEqual(packed.recommendations.map((x) => [x.number, x.paragraphs, packed.responses[x.responses[0]]?.kind]), [[1, [3.12], 'plain'], [2, [4.9, 4.1, 4.11], 'plain'], [3, [5.21], 'plain'], [4, [6.2], 'heading']]);
  });

  it('reads a recommendation whose words end with its own number in the citation\'s place, "(Recommendation 3)", in every copy', () => {
    const text = lines(
      'Government response to the report on dentistry', '',
      'The Committee recommends that NHS England publishes a plan for dental access in every region. (Recommendation 1)', '',
      'We agree. NHS England will publish regional plans by December.', '',
      'The Government should reform the dental contract so that practices are paid for new patients. (Recommendation 2)', '',
      'The Government accepts this recommendation in principle.', '',
      'The Department should set out how it will recruit dentists in rural areas. [R4]', '',
      'We do not accept this recommendation.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.endsWith('areas.') || x.text.endsWith('patients.') || x.text.endsWith('region.'), responseBodyText(r, x.responses[0]).slice(0, 9)]), [
        [1, [], true, 'We agree.'],
        [2, [], true, 'The Gover'],
        [4, [], true, 'We do not'],
      ], copy);
    }
    // One tag alone is a reply's cross-reference, not a recommendation's number.
    const one = parse(lines('1. The Department should act. (Paragraph 3)', '', 'We agree, as we said in our earlier response (Recommendation 3)', '', '2. The Department should report. (Paragraph 4)', '', 'Agreed.'));
    assert.deepEqual(one.recommendations.map((x) => x.number), [1, 2]);
  });

  it('reads "[Paragraph 29]" opening a recommendation once, as its opening', () => {
    const r = parse(lines('[Paragraph 29] The Department should publish its review.', '', 'The Government agrees.'));
    assert.equal(r.recommendations[0].citations.length, 1);
  });
  it('reads the section sign as "paragraph" ("(§45)", "[§§12-14]"), in a heading too, and a row\'s reply after a citation in square brackets', () => {
    const r = parse(lines(
      '1. The Department should publish its evaluation. (§45)', '', 'The Government agrees.', '',
      '2. The Department should consult disabled people [§§12-14]', '', 'Noted.', '',
      'Recommendation 3 (§ 50)', 'The Department should report every year.', '', 'Government response', 'Agreed.', '',
      '4.That the MoD publish the data [para 25] Travel warrants are already provided.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [12, 13, 14], 1], [3, [50], 1], [4, [25], 1]]);
    assert.equal(r.recommendations[0].shortTitle, 'The Department should publish its evaluation');
  });

  it('reads the paragraph sign ("(¶52)") and the report\'s House paper number before the paragraph ("(HC 123, para 45)", "(HL Paper 7, paragraph 12)")', () => {
    const r = parse(lines(
      '1. The Department should publish a workforce plan. (HC 123, para 45)', '', 'The Government agrees.', '',
      '2. The regulator should publish data. (¶52)', '', 'Accepted.', '',
      'Recommendation 3 (¶¶ 60-61)', 'The Department should report every year.', '', 'Government response', 'Agreed.', '',
      '4. The Department should review the code. (HL Paper 7, paragraph 12)', '', 'Noted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [52], 1], [3, [60, 61], 1], [4, [12], 1]]);
    assert.deepEqual(r.recommendations.map((x) => x.shortTitle), ['The Department should publish a workforce plan', 'The regulator should publish data', 'The Department should report every year', 'The Department should review the code']);
  });

  it('reads other words before the paragraph, up to a comma or semicolon ("(First Report of Session 2019–21, HC 123, paragraph 45)", "(Chapter 3, para 12)"), and the page after it', () => {
    const r = parse(lines(
      '1. The Department should publish a workforce plan. (First Report of Session 2019–21, HC 123, paragraph 45)', '', 'The Government agrees.', '',
      '2. The regulator should publish data. (Chapter 3, para 12)', '', 'Accepted.', '',
      '3. The Department should report every year. (Paragraph 51, page 12)', '', 'Agreed.', '',
      '4. The Department should review the code. (p. 14; paras 60 and 61)', '', 'Noted.', '',
      '5. The Department should fund it (as we said, in full). (DfE, 2020)', '', 'Not accepted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [12], 1], [3, [51], 1], [4, [60, 61], 1], [5, [], 1]]);
    assert.deepEqual(r.recommendations.slice(0, 4).map((x) => x.shortTitle), ['The Department should publish a workforce plan', 'The regulator should publish data', 'The Department should report every year', 'The Department should review the code']);
  });

  it('reads the chapter, paragraphs seen also, or a full stop after the paragraph ("(paragraph 12, Chapter 2)", "(Paragraph 12; see also paragraph 30)", "(Paragraph 14.)")', () => {
    const r = parse(lines(
      '1. The Department should publish a workforce plan. (paragraph 12, Chapter 2)', '', 'The Government agrees.', '',
      '2. The regulator should publish data. (Paragraph 12; see also paragraph 30)', '', 'Accepted.', '',
      '3. The Department should report every year. (Paragraph 14.)', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [12], 1], [2, [12], 1], [3, [14], 1]]);
    assert.deepEqual(r.recommendations.map((x) => x.shortTitle), ['The Department should publish a workforce plan', 'The regulator should publish data', 'The Department should report every year']);
  });

  it('reads a paragraph\'s part and which report it is in ("(para 12a)", "(Paragraph 18, 2nd Report)", "(para 4, Fifth Report of Session 2022–23)")', () => {
    const r = parse(lines(
      '1. The Department should publish attendance data weekly. (para 12a)', '', 'The Government agrees.', '',
      '2. Schools should have a named attendance lead. (Paragraph 18, 2nd Report)', '', 'Accepted.', '',
      '3. The Department should fund mentors. (para 4, Fifth Report of Session 2022–23)', '', 'Not accepted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [12], 1], [2, [18], 1], [3, [4], 1]]);
    assert.deepEqual(r.recommendations.map((x) => x.shortTitle), ['The Department should publish attendance data weekly', 'Schools should have a named attendance lead', 'The Department should fund mentors']);
  });

  it('reads "(Para 12 refers)", "(para12)", "(Paragraph No. 12)", the recommendation\'s or the House paper\'s number after the paragraph, and "of the First Report"', () => {
    const forms = ['(Para 12 refers)', '(para12)', '(Paragraph No. 12)', '(Paragraph 12 and Recommendation 3)', '(Paragraph 12; Recommendation 3)', '(Paragraph 12, HC 123)', '(Paragraph 12 of the First Report)'];
    for (const form of forms) {
      const r = parse(lines(`1. The Department should publish a plan. ${form}`, '', 'The Government agrees.', '', '2. The Department should review funding. (Paragraph 15)', '', 'Not accepted.'));
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.shortTitle]), [[1, [12], 'The Department should publish a plan'], [2, [15], 'The Department should review funding']], form);
    }
  });

  it('reads such a citation that a line break cut before its paragraph\'s word ("(HC" / "123, para 45)"), and where it ends the words with no blank line after', () => {
    const cut = [
      'The Department should publish a plan for buses. (First Report of Session 2022–23, HC', '123, paragraph 45)',
      'The Government agrees. The plan will be published in the spring.',
      'The Department should measure the reliability of services. (HC', '123, para 51)',
      'The Government partially agrees. Figures will be published each year.',
      'The Department should review the concessionary fares scheme. (First', 'Report of Session 2022–23, paragraph 60)',
      'The Government does not accept this recommendation.',
      'The Department should fund rural services. (First Report of Session 2022–23, HC 123,', 'paragraph 62)',
      'Not accepted.',
    ];
    const r = parse(lines(...cut));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.map((i) => responseBodyText(r, i))]), [
      [1, [45], ['The Government agrees. The plan will be published in the spring.']],
      [2, [51], ['The Government partially agrees. Figures will be published each year.']],
      [3, [60], ['The Government does not accept this recommendation.']],
      [4, [62], ['Not accepted.']],
    ]);
    assert.deepEqual(r.recommendations.map((x) => x.shortTitle), ['The Department should publish a plan for buses', 'The Department should measure the reliability of services', 'The Department should review the concessionary fares scheme', 'The Department should fund rural services']);
    // Numbered, with blank lines: the citations are read.
    const numbered = parse(lines('1. ' + cut[0], cut[1], '', cut[2], '', '2. ' + cut[3], cut[4], '', cut[5]));
    assert.deepEqual(numbered.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [51], 1]]);
    // A bracket that the next line does not end as a citation cites nothing.
    const not = parse(lines('1. The Department should fund repairs (as the', 'Committee said, in full).', '', 'Not accepted.', '', '2. The Department should report each year. (Paragraph', '7)', '', 'Agreed.'));
    assert.deepEqual(not.recommendations.map((x) => [x.number, x.paragraphs]), [[1, []], [2, [7]]]);
  });

  it('reads a citation straight after the number as opening the words ("3. (Paragraph 44) Business rates …"), not as a table row\'s with a reply after it, in every copy', () => {
    const text = lines(
      'Government response to the Culture Committee', '',
      '1. (Paragraph 12) The Department should publish a plan for music venues.', '', 'Government response', '', 'The Government agrees.', '',
      '2. [Para 14] Business rates relief for venues should be made permanent.', '', 'Government response', '', 'The Government does not accept this recommendation.',
    );
    for (const [name, copy] of copies(text)) {
      const r = parse(copy);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text, x.responses.length]), [
        [1, [12], 'The Department should publish a plan for music venues.', 1],
        [2, [14], 'Business rates relief for venues should be made permanent.', 1],
      ], name);
      // Each answered by its "Government response" alone, not by a reply in its own row.
      assert.deepEqual(r.recommendations.map((x) => r.responses[x.responses[0]].kind), ['heading', 'heading'], name);
    }
  });
});
