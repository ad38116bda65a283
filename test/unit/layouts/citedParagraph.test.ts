// Layout: recommendations without numbers — plain, quoted or bold — that end with their citation.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { recLabel } from '../../../server/src/model/recommendation';
import { responseWords, stances } from '../../../server/src/features/stance';
import { briefingRows } from '../../../server/src/features/briefing';
import { copies, lines } from '../../support/fixture';

describe('layout: recommendations without numbers that end with their citation', () => {
  const text = lines(
    'Government response to the Committee', '',
    '“The Government should publish its evaluation of the pilot.” (Paragraph 41)', '', 'The Government agrees and will publish it in the spring.', '',
    '**The Department should consult the sector on the new formula.** (Paragraph 44)', '', 'We do not accept this recommendation.', '',
    'The Department should write to the Committee within a year, setting out its', 'progress. (Paras 50 and 51)', '', 'Agreed.',
  );

  it('reads each as a recommendation numbered by its place, citing its paragraphs, answered by what follows', () => {
    const r = parse(text);
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, s[i].inferred.stance]), [
      [1, [41], 'accepted'], [2, [44], 'rejected'], [3, [50, 51], 'accepted'],
    ]);
    assert.equal(r.recommendations[2].shortTitle, 'The Department should write to the Committee within…');
    assert.ok(r.layouts.includes('cited-paragraph') && r.layouts.includes('numbered-by-order'));
  });

  it('reads a table copied one cell a line, with no blank lines: the number alone, the words to their citation, the reply', () => {
    const cells = lines(
      'Recommendations and undertakings', 'Government Response',
      '1', 'That the MoD look at ways in which it could further enhance its website. (Para 15)', 'Website is being redeveloped.',
      '2', 'The MoD should make better use of the data', 'available to the programme. (Para 19)', 'MAP data is currently being used in a number', 'of studies.',
      '3', 'That the MoD publish the audit. (Para 23)', 'Not accepted.',
    );
    for (const text of [cells, cells.replace(/\n/g, '\r\n')]) {
      const r = parse(text);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [
        [1, [15], 'That the MoD look at ways in which it could further enhance its website. (Para 15)'],
        [2, [19], 'The MoD should make better use of the data available to the programme. (Para 19)'],
        [3, [23], 'That the MoD publish the audit. (Para 23)'],
      ]);
      assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['unclear', 'unclear', 'rejected']);
    }
  });

  it('reads the words under a line that only labels them ("Committee recommendation", "Recommendation (ii)")', () => {
    const r = parse(lines(
      'Department for Transport response to the Committee', '',
      'Committee recommendation', 'We recommend that the Department publishes an annual assessment of fares. (Paragraph 23)', '',
      'Government response', 'The Department agrees.', '',
      '**Recommendation (ii)**', 'The Department should simplify the fares structure. (Paragraph 31)', '',
      'Government response', 'The Department will consider this.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.paragraphs]), [
      [1, 'We recommend that the Department publishes an annual assessment of fares. (Paragraph 23)', [23]],
      [2, 'The Department should simplify the fares structure. (Paragraph 31)', [31]],
    ]);
    assert.deepEqual(r.recommendations.map((x) => x.shortTitle), ['We recommend that the Department publishes an annual…', 'The Department should simplify the fares structure']);
  });

  it('leaves out a label with no number before the words on their line ("Recommendation: …", "Committee conclusion – …")', () => {
    const r = parse(lines(
      'Scottish Government response to the Committee', '',
      'Recommendation: The Committee recommends that the Scottish Government publishes a delivery plan. (para 45)', '',
      'Scottish Government response: The Scottish Government agrees.', '',
      '**Committee conclusion** – The Committee concludes that the consultation was too short. (para 52)', '',
      'Scottish Government response: We note the Committee\'s conclusion.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.paragraphs]), [
      [1, 'The Committee recommends that the Scottish Government publishes a delivery plan. (para 45)', [45]],
      [2, 'The Committee concludes that the consultation was too short. (para 52)', [52]],
    ]);
    // "Committee:" alone, answered by "Government:".
    const qa = parse(lines('Committee: The Treasury should publish its risks. (Paragraph 12)', '', 'Government: Agreed.', '', 'Committee: The Treasury should review the rules. (Paragraph 19)', '', 'Government: Not agreed.'));
    assert.deepEqual(qa.recommendations.map((x) => [x.number, x.text, x.responses.length]), [[1, 'The Treasury should publish its risks. (Paragraph 12)', 1], [2, 'The Treasury should review the rules. (Paragraph 19)', 1]]);
    assert.deepEqual(qa.responses.map((x) => x.kind), ['heading', 'heading']);
  });

  it('leaves a letter that labels a recommendation out of its words ("A. The Ministry should …")', () => {
    const r = parse(lines(
      'Government Response to the Justice Committee Report on Prison Education', '',
      'A. The Ministry should publish an annual report on the education provided in each prison. (Paragraph 12)', '',
      'The Government agrees with this recommendation.', '',
      '**B)** The Ministry should review the pay of prison teachers. (Paragraph 25)', '',
      'The Government does not accept this recommendation.', '',
      'A new body should inspect prison education. (Paragraph 30)', '',
      'Noted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle, x.responses.length]), [
      [1, 'The Ministry should publish an annual report on…', 1],
      [2, 'The Ministry should review the pay of prison…', 1],
      // "A new …" is a word, not a label.
      [3, 'A new body should inspect prison education', 1],
    ]);
    assert.equal(r.recommendations[0].text, 'The Ministry should publish an annual report on the education provided in each prison. (Paragraph 12)');
  });

  it('takes a number in small Roman numerals before the words as the recommendation\'s ("iv. The Government should …", "(v) …")', () => {
    const text = lines(
      'Government Response to the Constitution Committee', '', 'Introduction', '', 'The Government is grateful to the Committee.', '',
      'iv. The Government should publish draft legislation before it introduces a bill. (Paragraph 34)', '', 'The Government agrees.', '',
      '(v) The Cabinet Manual should be updated to reflect the changes. (Paragraph 41)', '', 'The Government does not agree.', '',
      'vi) Ministers should explain to Parliament how the guidance will be enforced. (Paragraph 47)', '', 'Accepted.',
    );
    const expected = [
      [4, 'The Government should publish draft legislation before it…', 1],
      [5, 'The Cabinet Manual should be updated to reflect…', 1],
      [6, 'Ministers should explain to Parliament how the guidance…', 1],
    ];
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle, x.responses.length]), expected);
    // With no blank lines, each starts after the sentence before it ends.
    const packed = parse(text.split('\n').filter((l) => l.trim()).join('\n'));
    assert.deepEqual(packed.recommendations.map((x) => [x.number, x.shortTitle, x.responses.length]), expected);
    // In capitals: "I.", and two letters or more ("II.", "IV."); named by them. A lone "C." is a lettered list's.
    const capitals = parse(text.replace('iv. ', 'I. ').replace('(v) ', 'II. ').replace('vi) ', 'IV. '));
    assert.deepEqual(capitals.recommendations.map((x) => [x.number, recLabel(x), x.shortTitle.slice(0, 14)]), [[1, 'I', 'The Government'], [2, 'II', 'The Cabinet Ma'], [4, 'IV', 'Ministers shou']]);
    const lettered = parse(text.replace('iv. ', 'A. ').replace('(v) ', 'B. ').replace('vi) ', 'C. '));
    assert.deepEqual(lettered.recommendations.map((x) => x.number), [1, 2, 3]);
  });

  it('leaves the words that introduce the Committee\'s out of them: "The Committee said: “…” (Paragraph 12)", "You recommended: …"', () => {
    const r = parse(lines(
      'Dear Chair,', '',
      'The Committee said: "The Department should publish its evaluation of the pilot." (Paragraph 12)', '',
      'I agree, and the evaluation will be published in the spring.', '',
      'You recommended: funding for the scheme should be guaranteed for three years. (Paragraph 18)', '',
      'I do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.shortTitle.slice(0, 15)]), [[1, [12], '"The Department'], [2, [18], 'funding for the']]);
  });

  it('takes a bare number before the words as the recommendation\'s ("7 The Department …", "8We recommend …", "R4 The …")', () => {
    const r = parse(lines(
      'Government Response to the Committee on Rural Bus Services', '',
      '7 The Department should publish a national strategy for rural buses. (Paragraph 14)', '',
      'The Government accepts this recommendation.', '',
      '8We recommend that local transport authorities be given multi-year funding. (Paragraph 21)', '',
      'The Government agrees in principle.', '',
      '**9** The Department should publish data on route closures every quarter. (Paragraph 30)', '',
      'The Government does not accept this recommendation.', '',
      // A number that is the sentence's own: more than three digits, or a count before a word in small letters.
      '2019 The Department should review the concessionary fares scheme. (Paragraph 35)', '',
      'Noted.', '',
      '12 local authorities should pilot demand-responsive transport. (Paragraph 38)', '',
      'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle, x.responses.length]), [
      [7, 'The Department should publish a national strategy for…', 1],
      [8, 'We recommend that local transport authorities be given…', 1],
      [9, 'The Department should publish data on route closures…', 1],
      [10, '2019 The Department should review the concessionary fares…', 1],
      [11, '12 local authorities should pilot demand-responsive transport', 1],
    ]);
    // With the letter of "Recommendation" before the number: "R4 The Department …", "Rec 7 …".
    const prefixed = parse(lines(
      'Government response', '', 'R4 The Department should publish guidance on remote hearings. (Paragraph 8)', '', 'Agreed.', '',
      'Rec 7 HMCTS should record the reasons for adjournments. (Paragraph 15)', '', 'Not agreed.',
    ));
    assert.deepEqual(prefixed.recommendations.map((x) => [x.number, x.shortTitle]), [
      [4, 'The Department should publish guidance on remote hearings'],
      [7, 'HMCTS should record the reasons for adjournments'],
    ]);
    // Or in square brackets: "[4] The Department …", with blank lines between or none (the reply before it ends
    // after its last sentence, where such words open).
    for (const [copy, text] of copies(lines(
      'Government response', '', '[4] The Department should publish guidance on remote hearings. (Paragraph 8)', '', 'The Government agrees.', '',
      '[7] HMCTS should record the reasons for adjournments. (Paragraph 15)', '', 'Not agreed.',
    ))) {
      assert.deepEqual(parse(text).recommendations.map((x) => [x.number, x.shortTitle]), [
        [4, 'The Department should publish guidance on remote hearings'],
        [7, 'HMCTS should record the reasons for adjournments'],
      ], copy);
    }
  });

  it('takes a number alone on the first line as the recommendation\'s, its words under it ("7." / "The Department …")', () => {
    const r = parse(lines(
      'Government response', '',
      '7.', 'The Department should publish an annual report on the state of school buildings. (Paragraph 14)', '',
      'The Department accepts this recommendation.', '',
      '**(8)**', 'The Department should set a target to remove all RAAC from schools. (Paragraph 20)', '',
      'The Department does not accept this recommendation.', '',
      'R9', 'The Department should report on it every year. (Paragraph 24)', '',
      'Noted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle, x.paragraphs, x.responses.length]), [
      [7, 'The Department should publish an annual report on…', [14], 1],
      [8, 'The Department should set a target to remove…', [20], 1],
      [9, 'The Department should report on it every year', [24], 1],
    ]);
  });

  it('takes a number alone on a line of its own, a blank line above the words ("7." / "" / "The Department …"), as their number, not the reply before\'s', () => {
    const text = lines(
      'Government response', '',
      '7.', '', 'The Department should publish an annual report on the state of school buildings. (Paragraph 14)', '',
      'The Department accepts this recommendation.', '',
      'No. 8', '', 'The Department should set a target to remove all RAAC from schools. (Paragraph 20)', '',
      'The Department does not accept this recommendation.', '',
      '[9]', '', 'The Department should report on it every year. (Paragraph 24)', '',
      'Noted.',
    );
    for (const copy of [text, text.replace(/\n/g, '\r\n')]) {
      const r = parse(copy);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.paragraphs]), [
        [7, 'The Department should publish an annual report on the state of school buildings. (Paragraph 14)', [14]],
        [8, 'The Department should set a target to remove all RAAC from schools. (Paragraph 20)', [20]],
        [9, 'The Department should report on it every year. (Paragraph 24)', [24]],
      ]);
      assert.deepEqual(r.recommendations.map((_, i) => responseWords(r, i).trim()), ['The Department accepts this recommendation.', 'The Department does not accept this recommendation.', 'Noted.']);
    }
    // …and "REC 8" or "No. 8" before the words on their line.
    const inline = parse(lines('Government response', '', 'REC 8 The Department should set a target. (Paragraph 20)', '', 'Agreed.', '', 'No. 9 The Department should report on it. (Paragraph 24)', '', 'Noted.'));
    assert.deepEqual(inline.recommendations.map((x) => [x.number, x.text]), [[8, 'The Department should set a target. (Paragraph 20)'], [9, 'The Department should report on it. (Paragraph 24)']]);
  });

  it('leaves a bracketed label before the words out of them ("Recommendation (a): …"), and takes a number inside the quotation marks', () => {
    const r = parse(lines(
      'Reply to the Committee', '',
      'Recommendation (a): The Committee recommends that the Agency set clear targets. (paragraph 12)', '', 'Reply: The Government accepts this recommendation.', '',
      'Conclusion (ii) – The Agency should publish its performance monthly. (paragraph 18)', '', 'Reply: Rejected.', '',
      '"14. The Government should set out how it will measure success." (Paragraph 52)', '', 'The Government accepts this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle, x.paragraphs]), [
      [1, 'The Committee recommends that the Agency set clear…', [12]],
      [2, 'The Agency should publish its performance monthly', [18]],
      [14, 'The Government should set out how it will…', [52]],
    ]);
  });

  it('leaves a citation alone on its line, and a response that quotes a paragraph in the middle, as they were', () => {
    const r = parse(lines('1. The Department should act. (Paragraph 3)', '', 'We agree, as we said of (Paragraph 3) in our letter.', '', '(Paragraph 4)'));
    assert.deepEqual(r.recommendations.map((x) => x.number), [1]);
  });

  it('keeps the numbers the other layouts give: a number or a label is read first', () => {
    const r = parse(lines('7. The Department should act. (Paragraph 3)', '', 'We agree.', '', 'The Department should also report on it every year. (Paragraph 4)', '', 'Noted.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[7, [3]], [8, [4]]]);
  });

  it('leaves an introduction that cites the report, before the recommendations other layouts read, as text, unless it recommends', () => {
    const body = ['Recommendation 1', '', 'The Ministry should publish data on the use of remand. (Paragraph 20)', '', 'Government response', '', 'Accepted.', '', 'Recommendation 2', '', 'The Ministry should review bail hostels. (Paragraph 26)', '', 'Government response', '', 'Not accepted.'];
    const intro = 'The Committee\'s report made 14 recommendations and the Government is grateful for its careful work (paragraph 3).';
    for (const [copy, text] of copies(lines('Introduction', '', intro, '', ...body))) {
      const r = parse(text);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [20], 1], [2, [26], 1]], copy);
    }
    // Words that recommend before the headed ones are a recommendation still; after them, any cited paragraph is.
    const recommends = parse(lines('The Ministry should also fund more bail places across the country. (Paragraph 3)', '', 'Noted.', '', ...body));
    assert.equal(recommends.recommendations.length, 3);
    const after = parse(lines(...body, '', 'The Committee\'s concerns about remand apply to young adults too, in every region. (Paragraph 30)', '', 'Noted.'));
    assert.deepEqual(after.recommendations.map((x) => x.paragraphs[0]), [20, 26, 30]);
  });

  it('leaves a special report\'s numbered introduction before the reply\'s heading as text, where recommendations that cite follow the heading, in every copy', () => {
    const text = lines(
      'Special Report', '',
      '1. On 5 March the Committee published its report on marine science.', '',
      '2. On 19 May we received the Government\'s response. It is appended below.', '',
      'Government response', '',
      'The Committee recommends that the Government publish a strategy for marine science. (Paragraph 24)', '',
      'The Government agrees.', '',
      'The Research Council should review its support for research vessels. (Paragraph 37)', '',
      'The Council has reviewed its fleet.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [24], 1], [2, [37], 1]], copy);
    }
    // With no blank lines, a numbered paragraph's words end before "Appendix: Government response" after their last sentence.
    const run = parse(lines(
      'Special Report',
      '1. On 5 March the Committee published its report on marine science.',
      '2. On 19 May we received the Government\'s response. It is appended below.',
      'Appendix: Government response',
      'The Committee\'s recommendations are in bold type; the Government\'s response is in plain type.',
      'We recommend that the Government publish a strategy for marine science. (Paragraph 24)',
      'The Government agrees.',
    ));
    assert.deepEqual(run.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [24], 1]]);
    // A numbered recommendation that cites nothing, a reply under the heading after it, is still one.
    const headed = parse(lines('1. The Department should publish a strategy.', '', 'Government response', '', 'The Government agrees.', '', '2. The Department should fund it.', '', 'Government response', '', 'Not accepted.'));
    assert.deepEqual(headed.recommendations.map((x) => [x.number, x.responses.length]), [[1, 1], [2, 1]]);
  });

  it('reads a reply on the line of the citation, after it, that opens as a reply does, in every copy', () => {
    const text = lines(
      'Government response', '',
      'The Department should publish a workforce plan for social care. (Paragraph 45) The Government accepts this recommendation and will publish a plan in the autumn.', '',
      'The Department should review the funding formula. (Paragraph 52) Not accepted. A review was completed last year.', '',
      'The Department should report each year. (Paragraph 60) We agree.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.endsWith(')')]), [[1, [45], true], [2, [52], true], [3, [60], true]], copy);
      assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['accepted', 'rejected', 'accepted'], copy);
    }
    // A committee's next sentence after a citation ("We welcome …"), or words that go on to end at a citation, stay the recommendation's.
    const committee = parse(lines('The Department should fund it (Paragraph 20). We welcome the new plan. (Paragraph 21)', '', 'Agreed.', '', 'The Department should act (Paragraph 22). The Government accepts that this is hard, and should say so. (Paragraph 23)', '', 'Noted.'));
    assert.deepEqual(committee.recommendations.map((x) => [x.paragraphs, x.text.endsWith('(Paragraph 21)') || x.text.endsWith('(Paragraph 23)')]), [[[20, 21], true], [[22, 23], true]]);
  });

  it('reads a reply\'s label glued to the citation before it ("… (Paragraph 14)Response: The Government …", as a web page\'s copy gives it), in every copy', () => {
    const text = lines(
      'Appendix: Government Response', '',
      'Recommendation 1: The Ministry should set a target for the proportion of prisoners in education each week. (Paragraph 14)Response: The Government accepts this recommendation. The target applies from April.', '',
      '2. We recommend that the Ministry publishes the results of initial assessments. (Paragraph 21)Government response: We do not accept this recommendation.', '',
      'Recommendation 3', 'The Ministry should fund a retention programme (Paragraph 30).Response: Not agreed.', 'Retention is a matter for governors.',
    );
    for (const [copy, t] of copies(text)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => x.text.replace(/\s+/g, ' ').slice(-15)), [' (Paragraph 14)', ' (Paragraph 21)', '(Paragraph 30).'], copy);
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.paragraphs, x.response.slice(0, 30), x.inferredStance]), [
        [1, [14], 'The Government accepts this re', 'accepted'],
        [2, [21], 'We do not accept this recommen', 'rejected'],
        [3, [30], 'Not agreed. Retention is a mat', 'rejected'],
      ], copy);
    }
  });

  it('reads a flattened table\'s rows with no numbers, one a line, the reply cell after each citation whatever it says, in every copy but a wrapped one', () => {
    const text = lines(
      'Government response', '',
      'We recommend that the Ministry publishes its assessment of the risks to the programme. (Para 14) The Ministry has published a summary on its website.', '',
      'The Ministry should report to the Committee on the costs of the delay. (Para 27) Not agreed. The costs are commercially sensitive.', '',
      'That the Ministry set out its plans for the programme\'s next phase. (Para 31) A plan will be published in the spring.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.endsWith(')')]), [[1, [14], true], [2, [27], true], [3, [31], true]], copy);
      assert.deepEqual(r.recommendations.map((x) => responseWords(r, r.recommendations.indexOf(x)).trim().slice(0, 20)), ['The Ministry has pub', 'Not agreed. The cost', 'A plan will be publi'], copy);
    }
    // One such line alone is no table: a reply that quotes the report and goes on stays the reply.
    const alone = parse(lines('1. The Ministry should act. (Para 3)', '', 'We agree. The Committee said the Ministry should publish its data (Para 14). The data is on its website.'));
    assert.deepEqual(alone.recommendations.map((x) => x.number), [1]);
  });

  it('reads a table whose cells bars part and whose rows a wrap spread over lines: the cell after the citation, cut or whole, is the reply whatever it says', () => {
    const r = parse(lines(
      'Committee recommendation | Scottish Government response',
      'The Committee recommends that the Scottish Government publish a national measure of the',
      'outcomes of pupils. (para 112) | The Scottish Government accepts this recommendation.',
      'The Committee recommends that Education Scotland update its guidance on inclusion. (para',
      '145) | Education Scotland has agreed to update the guidance and will consult teachers in',
      'the spring.',
      // (The cell's edge may end the line, the reply's cell on the next.)
      'The Committee recommends that initial teacher education include a module. (para 160) |',
      'We do not agree that a compulsory module is the right approach.',
    ));
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, responseWords(r, i).trim().slice(0, 30)]), [
      [1, [112], 'The Scottish Government accept'],
      [2, [145], 'Education Scotland has agreed '],
      [3, [160], 'We do not agree that a compuls'],
    ]);
  });

  it('ends the words at a citation with a footnote\'s number after it, a blank line after it: the paragraph after is the reply, not more words', () => {
    const r = parse(lines(
      'GOVERNMENT RESPONSE TO THE JOINT COMMITTEE ON HUMAN RIGHTS', '',
      'A. The Government should publish an annual report on its compliance with judgments of the European Court. (Paragraph 18)7', '',
      'The Government agrees and will lay its next report before Parliament in December.', '',
      'B. The Home Office should end the detention of pregnant women. (Paragraph 35)8', '',
      'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, responseWords(r, i).trim().slice(0, 24)]), [
      [1, [18], 'The Government agrees an'],
      [2, [35], 'The Government does not '],
    ]);
  });

  it('reads lettered ones in wrapped text with a blank line after every line: the next one starts after the reply\'s last sentence', () => {
    const text = [
      'GOVERNMENT RESPONSE TO THE JOINT COMMITTEE ON HUMAN RIGHTS',
      'A. The Government should publish an annual report on its compliance', 'with judgments of the European Court of Human Rights. (Paragraph 18)',
      'The Government agrees and will lay its next report before Parliament', 'in December.',
      'B. The Ministry of Justice should review legal aid for immigration', 'detainees. (Paragraph 27)',
      'The Ministry of Justice keeps legal aid under review. It has no plans', 'for a separate review of legal aid for detainees at this time.',
      'C. The Home Office should end the detention of pregnant women.', '(Paragraph 35)',
      'The Government does not accept this recommendation.',
    ].join('\n\n');
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, responseWords(r, i).trim().slice(0, 24)]), [
      [1, [18], 'The Government agrees an'],
      [2, [27], 'The Ministry of Justice '],
      [3, [35], 'The Government does not '],
    ]);
  });

  it('reads bulleted or lettered ones ("• The Government should … (Paragraph 18)", "c) …"), but not the items of a reply\'s list', () => {
    const letter = lines(
      'Letter from the Minister for Care', '', 'Dear Chair,', '',
      'Thank you for the Committee\'s report. I respond to each recommendation below.', '',
      '• The Government should publish a ten-year plan for the social care workforce. (Paragraph 18)', '',
      'We agree that a plan is needed. We have asked that:', '',
      '• Local authorities should publish their own plans for the workforce (paragraph 12)', '',
      '• Trusts should report on them each year to their boards (paragraph 13)', '',
      'We have also taken other steps.', '',
      '• A review of the workforce in every region of England is under way (paragraph 14)', '',
      '- The Government should introduce a minimum wage for care workers above the', 'National Living Wage. (Paragraph 26)',
      'We do not accept this recommendation.', '',
      'c) The Department should report annually on unmet need for care. (Paragraph 33)', '',
      'We will consider how best to report on it.', '',
      'Yours sincerely,',
    );
    const r = parse(letter);
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, x.shortTitle.slice(0, 21), s[i].inferred.stance]), [
      [1, [18], 'The Government should', 'accepted'],
      [2, [26], 'The Government should', 'rejected'],
      [3, [33], 'The Department should', 'under-consideration'],
    ]);
  });

  it('reads ones in italics, the citation inside them ("_The Government should … (Paragraph 42)_", "*…*")', () => {
    const r = parse(lines(
      'Government Response to the Science and Technology Committee', '',
      '_The Government should publish its AI regulation white paper without further delay. (Paragraph 42)_', '',
      'The Government agrees and published the white paper in March, after consulting the sector.', '',
      '*The Government should establish a central AI risk function in the Cabinet Office. (Paragraph 51)*', '',
      'The Government accepts this recommendation in principle and will set out its plans later this year.',
    ));
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, s[i].inferred.stance]), [[1, [42], 'accepted'], [2, [51], 'accepted']]);
  });

  it('reads them with no blank lines, each reply running on to the next one, and a table\'s cells one a line', () => {
    const letter = parse(lines(
      'Government Response to the Science and Technology Committee',
      '_The Government should publish its AI white paper without further delay. (Paragraph 42)_',
      'The Government agrees and published the white paper in March.',
      'We agree that the Department should act, as the Committee said (paragraph 40).',
      '“The Government should establish a central AI risk function.” (Paragraph 51)',
      'The Government accepts this recommendation in principle.',
    ));
    const s = stances(letter);
    assert.deepEqual(letter.recommendations.map((x, i) => [x.number, x.paragraphs, x.shortTitle.slice(0, 22).trim(), s[i].inferred.stance]), [
      [1, [42], 'The Government should', 'accepted'],
      [2, [51], '“The Government should', 'accepted'],
    ]);
    // With blank lines too, a reply's paragraph that ends by citing the report is no recommendation.
    const spaced = parse(letter.text.split('\n').flatMap((l) => [l, '']).join('\n'));
    assert.deepEqual(spaced.recommendations.map((x) => x.paragraphs), [[42], [51]]);
    const cells = parse(lines(
      'Government response to the Transport Committee', 'No.', 'Recommendation', 'Response',
      '1', 'The Department should simplify the fares structure. (Paragraph 23)', 'Accepted', 'A simpler structure will be published in 2025.',
      '2', 'The Department should abolish peak fares at weekends. (Paragraph 40)', 'Not accepted', 'Weekend fares are already off-peak.',
      '3', 'The Department should cap season tickets. (Paragraph 44)', 'Under consideration',
    ));
    assert.deepEqual(stances(cells).map((x, i) => [cells.recommendations[i].paragraphs[0], x.inferred.stance]), [[23, 'accepted'], [40, 'rejected'], [44, 'under-consideration']]);
  });
  it('reads a reply that cites the report mid-way and goes on in the answerer\'s voice as the reply, after another layout\'s recommendations', () => {
    const text = lines(
      'Government response', '',
      'Recommendation 1', 'The Department should publish termly attendance data. (Paragraph 12)', '',
      'Government response', 'The Government accepts this recommendation.', '',
      'The Committee found gaps in the data on children missing education (paragraph 15). The Department accepts that these gaps exist.', '',
      '2. The Department should fund attendance mentors. (Paragraph 20)', '',
      'To address this, the Department will fund mentors in some schools (paragraph 20). The scheme opens in May.', '',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]], [2, [20]]]);
    assert.match(responseWords(r, 0), /gaps exist/);
    assert.match(responseWords(r, 1), /opens in May/);
    // With no other layout, or where the words recommend, a paragraph so written is still one.
    const alone = parse(lines('Government response', '', 'The Committee found gaps in the data (paragraph 15). The Department accepts that these gaps exist.', '', 'The Department should fund mentors in every school (paragraph 20). Not accepted.'));
    assert.deepEqual(alone.recommendations.map((x) => x.paragraphs), [[15], [20]]);
  });

  it('reads, with no blank lines, a sentence ending with a footnote\'s number glued after its stop as ended: a short line after it is a heading, and the recommendation starts below it', () => {
    const r = parse(lines(
      'Appendix: Government Response',
      'The Government welcomes the Committee\'s report and its scrutiny of the rollout of chargepoints.1',
      'Rollout of public chargepoints',
      'We recommend that the Government set out a plan for meeting its target. (Paragraph 24)',
      'The Government agrees that a clear plan is needed.',
      'Rural charging',
      'The Department should ring-fence a share of the fund for rural areas. (Paragraph 40)',
      'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.paragraphs, x.text]), [
      [[24], 'We recommend that the Government set out a plan for meeting its target. (Paragraph 24)'],
      [[40], 'The Department should ring-fence a share of the fund for rural areas. (Paragraph 40)'],
    ]);
  });
});

