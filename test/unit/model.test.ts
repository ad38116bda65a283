// The model on small inline fixtures: one rule each, with its false cases.
import { strict as assert } from 'assert';
import { briefingRows } from '../../server/src/features/briefing';
import { looksLikeReport, parse, type Report } from '../../server/src/model';
import { lines } from '../support/fixture';

const numbersAnswering = (report: Report, responseIndex: number) =>
  report.responses[responseIndex].answers.map((i) => report.recommendations[i].number);

describe('parse', () => {
  it('reads a recommendation with its paragraph and a plain response after it', () => {
    const r = parse(lines('1. The Department should act. (Paragraph 12)', '', 'We agree and will act.'));
    assert.equal(r.recommendations.length, 1);
    const [rec] = r.recommendations;
    assert.equal(rec.number, 1);
    assert.deepEqual(rec.paragraphs, [12]);
    assert.deepEqual(rec.numberRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } });
    assert.deepEqual(rec.citations[0].range, { start: { line: 0, character: 30 }, end: { line: 0, character: 44 } });
    assert.equal(r.responses[0].kind, 'plain');
    assert.deepEqual(numbersAnswering(r, 0), [1]);
  });

  it('reads an indented or bold recommendation number without losing the first words', () => {
    const r = parse(lines('  18. The Department should act. (Paragraph 45)', '', '**19.** The Government should fund. (Paragraph 46)', '', 'Yes.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [
      [18, 'The Department should act. (Paragraph 45)'],
      [19, 'The Government should fund. (Paragraph 46)'],
    ]);
  });

  it('answers each recommendation of a group listed together from its own heading', () => {
    const r = parse(
      lines(
        '3. First point. (Paragraph 20)', '', '4. Second point. (Paragraph 21)', '',
        'Paragraph 21: Second point.', '', 'Text for 21.', '',
        'Paragraph 20: First point.', '', 'Text for 20.',
      ),
    );
    assert.deepEqual(numbersAnswering(r, 0), [4]);
    assert.deepEqual(numbersAnswering(r, 1), [3]);
    assert.equal(r.groups.length, 1);
    assert.deepEqual(r.groups[0].recommendations, [0, 1]);
  });

  it('gives every recommendation of a group the one shared text that follows it', () => {
    const r = parse(lines('1. One. (Paragraph 1)', '', '2. Two. (Paragraph 2)', '', 'One answer for both.', '', '3. Three. (Paragraph 3)', '', 'Answer three.'));
    assert.deepEqual(numbersAnswering(r, 0), [1, 2]);
    assert.deepEqual(numbersAnswering(r, 1), [3]);
    assert.equal(r.groups.length, 2);
  });

  it('reads "Response from <body>: paragraph N" headings', () => {
    const r = parse(lines('7. Ofsted should inspect. (Paragraph 42)', '', 'Response from Ofsted: paragraph 42', '', 'Ofsted agrees.'));
    assert.equal(r.responses[0].kind, 'response-from-heading');
    assert.equal(r.responses[0].from, 'Ofsted');
    assert.deepEqual(numbersAnswering(r, 0), [7]);
  });

  it('leaves a recommendation unanswered when the heading after it answers another paragraph', () => {
    const r = parse(lines('15. Schools. (Paragraph 41)', '', '16. Ofsted. (Paragraph 42)', '', 'Response from Ofsted: paragraph 42', '', 'Text.'));
    assert.deepEqual(r.recommendations[0].responses, []);
    assert.deepEqual(numbersAnswering(r, 0), [16]);
  });

  it('takes "(Paragraph N)" on the line after the recommendation, and after a blank line', () => {
    const r = parse(lines('7. Nobody acts.', '(Paragraph 27)', '', '8. Nobody listens.', '', '(Paragraph 28)', '', 'Answer.'));
    assert.deepEqual(r.recommendations.map((x) => x.paragraphs), [[27], [28]]);
    assert.equal(r.recommendations[0].range.end.line, 1);
    assert.equal(r.recommendations[1].range.end.line, 5);
  });

  it('joins a recommendation continued after a page break in lower case', () => {
    const r = parse(lines('29. The Department should review the capacity of local', '', 'authorities to meet needs. (Paragraph 67)', '', 'We disagree.'));
    assert.equal(r.recommendations.length, 1);
    assert.deepEqual(r.recommendations[0].paragraphs, [67]);
    assert.equal(r.recommendations[0].range.end.line, 2);
    assert.equal(r.paragraphs[0].joinedAcrossBreak, true);
    assert.deepEqual(numbersAnswering(r, 0), [29]);
  });

  it('joins a long response line cut mid-sentence to the next long line, but not a finished sentence', () => {
    const long = 'This paragraph is long enough to be prose and it was cut by a page break before the word';
    const r = parse(lines('1. Act. (Paragraph 1)', '', long, '', 'Department continues the sentence with more than sixty characters of text.', '', 'A new paragraph starts here after a full stop and is long enough to be prose.'));
    const body = r.responses[0].bodyParagraphs.map((i) => r.paragraphs[i]);
    assert.equal(body.length, 2);
    assert.equal(body[0].joinedAcrossBreak, true);
    assert.equal(body[1].joinedAcrossBreak, false);
  });

  it('does not join short heading-like lines', () => {
    const r = parse(lines('Introduction', '', 'We are committed to improving the system for every child and family, now and later.'));
    assert.equal(r.paragraphs.length, 2);
  });

  it('records a heading citing a paragraph no recommendation cites, and finds the recommendation by its words', () => {
    const r = parse(
      lines(
        '22. We recommend a neutral role for parents. (Paragraph 52)', '', '23. Navigation should be simple. (Paragraph 54)', '',
        'Paragraph 53: ...a neutral role for parents.', '', 'We do not agree.', '',
        'Paragraph 54: Navigation should be simple.', '', 'We agree.',
      ),
    );
    assert.deepEqual(r.responses[0].miscitation, { cited: 53, intended: 52, matchedBy: 'words-in-group' });
    assert.deepEqual(numbersAnswering(r, 0), [22]);
    assert.equal(r.responses[1].miscitation, undefined);
  });

  it('leaves a mis-cited heading unmatched when neither words nor position say which recommendation it answers', () => {
    const r = parse(lines('1. Alpha beta gamma. (Paragraph 1)', '', '2. Delta epsilon. (Paragraph 2)', '', 'Paragraph 9: Something else entirely.', '', 'Text.'));
    assert.deepEqual(r.responses[0].miscitation, { cited: 9, intended: undefined, matchedBy: 'unmatched' });
    assert.deepEqual(r.responses[0].answers, []);
  });

  it('records when a mis-cited heading is matched by position or by words in another group', () => {
    const byPosition = parse(lines('1. Alpha beta. (Paragraph 1)', '', 'Paragraph 9: Something else entirely.', '', 'Text.'));
    assert.deepEqual(byPosition.responses[0].miscitation, { cited: 9, intended: 1, matchedBy: 'position' });
    const anywhere = parse(lines('1. Neutral role for parents. (Paragraph 1)', '', 'Yes.', '', '2. Other matter. (Paragraph 2)', '', '3. Third matter. (Paragraph 3)', '', 'Paragraph 9: neutral role for parents', '', 'Text.'));
    assert.deepEqual(anywhere.responses[1].miscitation, { cited: 9, intended: 1, matchedBy: 'words-anywhere' });
  });

  it('records a heading with no text before the next heading as answered jointly with it', () => {
    const r = parse(lines('1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', 'Paragraph 1: A.', '', 'Paragraph 2: B.', '', 'Text for both.'));
    assert.equal(r.responses[0].jointWith, 1);
    assert.equal(r.responses[1].jointWith, undefined);
  });

  it('reads citations of several paragraphs', () => {
    const r = parse(lines('1. A. (Paragraphs 45 and 46)', '', '2. B. (Paragraphs 47–49)', '', 'Text.'));
    assert.deepEqual(r.recommendations.map((x) => x.paragraphs), [[45, 46], [47, 48, 49]]);
  });

  it('ignores numbered lists before the first recommendation and inside responses', () => {
    const r = parse(
      lines('Introduction', '', '1. A numbered point in the introduction.', '', '1. Real. (Paragraph 5)', '', 'Answer:', '', '1. first step', '', '2. Next. (Paragraph 6)', '', 'Text.'),
    );
    assert.deepEqual(r.recommendations.map((x) => x.number), [1, 2]);
  });

  it('takes a numbered paragraph without a citation as a recommendation when it carries on the numbering', () => {
    const r = parse(lines('1. Cited. (Paragraph 5)', '', 'Answer.', '', '2. Not cited at all.', '', 'Answer two.', '', '7. Out of the numbering and uncited.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [5]], [2, []]]);
  });

  it('reads CRLF, CR and a missing final newline alike', () => {
    const lf = parse('1. A. (Paragraph 1)\n\nAnswer.\n');
    const crlf = parse('1. A. (Paragraph 1)\r\n\r\nAnswer.');
    const cr = parse('1. A. (Paragraph 1)\r\rAnswer.');
    for (const r of [lf, crlf, cr]) {
      assert.equal(r.recommendations.length, 1);
      assert.deepEqual(r.responses[0].range.start, { line: 2, character: 0 });
      assert.equal(r.responses[0].range.end.character, 'Answer.'.length);
    }
  });

  it('measures positions in UTF-16 code units after dashes, pound signs and astral characters', () => {
    const r = parse('£1—😀 3. A. (Paragraph 1)\n\n12. £5m 😀 – (Paragraph 2)');
    assert.equal(r.recommendations.length, 1);
    assert.deepEqual(r.recommendations[0].citations[0].range.start, { line: 2, character: 13 });
  });

  it('gives an empty model for empty text and for text with no recommendations', () => {
    for (const text of ['', '\n\n', 'Just a letter.\n\nWith two paragraphs.']) {
      const r = parse(text);
      assert.equal(r.recommendations.length, 0);
      assert.equal(r.responses.length, 0);
    }
    assert.deepEqual(parse('').sections, []);
  });

  it('never throws on binary garbage', () => {
    const garbage = Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('');
    const r = parse(garbage);
    assert.ok(r.lineCount >= 1);
  });

  it('never takes annotation lines for report text or lets them break the mapping', () => {
    const r = parse(lines('1. A. (Paragraph 1)', '@stance: rejected', '@note[R2]: compare', '', 'Answer one.', '@todo: chase', '', '2. B. (Paragraph 2)', '', 'Answer two.'));
    assert.deepEqual(r.annotations.map((a) => [a.kind, a.target, a.value]), [
      ['stance', undefined, 'rejected'],
      ['note', 'R2', 'compare'],
      ['todo', undefined, 'chase'],
    ]);
    assert.deepEqual(numbersAnswering(r, 0), [1]);
    assert.deepEqual(numbersAnswering(r, 1), [2]);
    assert.equal(r.recommendations[0].range.end.line, 0);
  });
});

describe('no-break spaces', () => {
  it('read as spaces between a label and its number, every offset the document\'s', () => {
    const text = lines('Recommendation\u00a04: The Department should publish a plan. (Paragraph\u00a012)', '', 'Government\u00a0response', '', 'Agreed.');
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[4, [12], 1]]);
    assert.equal(r.text.length, text.length);
    assert.deepEqual(r.lines.map((l) => l.length), text.split('\n').map((l) => l.length));
  });

  it('reads en, em and thin spaces after a number or a label as spaces, as Word and some pages space them, every offset the document\'s', () => {
    for (const wide of ['\u2002', '\u2003', '\u2009']) {
      const text = lines(
        `1.${wide}The Department should publish a plan. (Paragraph 12)`, '', `4.${wide}The Government agrees.`, '',
        `Recommendation${wide}2: The Department should set targets. (Paragraph${wide}15)`, '', 'Response: Not accepted.',
      );
      const r = parse(text);
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.paragraphs, x.title, x.response]), [
        [1, [12], 'The Department should publish a plan', 'The Government agrees.'],
        [2, [15], 'The Department should set targets', 'Not accepted.'],
      ], JSON.stringify(wide));
      assert.equal(r.text.length, text.length);
      assert.deepEqual(r.lines.map((l) => l.length), text.split('\n').map((l) => l.length));
    }
  });

  it('reads a form feed at a page\'s first line (as pdftotext puts it) as a space, every offset the document\'s', () => {
    const text = lines(
      'Dear Chair,', '', 'The Committee recommended that the Department publish a plan.', '', 'We agree and will publish it.', '',
      '\fThe Committee also recommended that the Department review funding.', '', 'We do not accept this recommendation.', '\f',
    );
    const r = parse(text);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.title.slice(0, 29), x.inferredStance]), [
      [1, 'The Committee recommended tha', 'accepted'],
      [2, 'The Committee also recommende', 'rejected'],
    ]);
    assert.equal(r.text.length, text.length);
  });
});

describe('the title of a document', () => {
  it('is never joined to the recommendation after it, though it ends no sentence and both are long', () => {
    // The join is for a sentence a page break cut; the title took recommendation 1's place.
    const r = parse(lines(
      'Government response to the Science and Technology Committee report on research funding', '',
      '**We recommend that the Government sets out a ten-year funding plan for research.** (Paragraph 12)', '',
      'Government response:', 'The Government agrees with the Committee.',
    ));
    assert.equal(r.paragraphs[0].lines.length, 1);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.paragraphs]), [[1, 2, [12]]]);
  });

  it('leaves out a Markdown heading\'s marks and bold marks', () => {
    const doc = (title: string) => parse(lines(title, '', 'Published 12 March 2025', '', '1. The Department should act. (Paragraph 3)', '', 'Government response', 'Agreed.'));
    assert.equal(doc('# Government response to the Transport Committee').sections[0].title, 'Government response to the Transport Committee');
    assert.equal(doc('**Government response to the Transport Committee**').sections[0].title, 'Government response to the Transport Committee');
  });

  it('is a web page\'s title line when the page\'s top was copied with no blank lines, and a printed title page\'s lines read whole', () => {
    const page = parse(lines(
      'Skip to main content', 'Cookies on GOV.UK', 'We use some essential cookies to make this website work.', 'Accept additional cookies', 'Menu', 'Home',
      'Education, training and skills', 'Policy paper', 'Government response to the Education Committee report on teacher recruitment', 'and retention',
      'Published 12 March 2025', 'Contents', 'Introduction', 'The Government welcomes the Committee\'s report.',
      'Recommendation 1', 'The Department should publish a workforce plan. (Paragraph 12)', 'Government response', 'Agreed.',
    ));
    assert.equal(page.sections[0].title, 'Government response to the Education Committee report on teacher recruitment and retention');
    // The same lines with no page's own lines among them: a title wrapped over them, read whole (as before).
    const printed = parse(lines(
      'Government Response to the House', 'of Lords Built Environment', 'Committee Report: "Homes for', 'later life"',
      'Presented to Parliament by the Secretary of State', 'March 2026', '',
      'Recommendation 1', 'The Department should publish a plan. (Paragraph 12)', 'Government response', 'Agreed.',
    ));
    assert.ok(printed.sections[0].title.startsWith('Government Response to the House of Lords Built Environment Committee Report: "Homes for later life"'), printed.sections[0].title);
  });

  it('is a letter\'s subject line under its greeting, not the address above it; a subject in capitals carries no sentence on', () => {
    const letter = (subject: string) => parse(lines(
      'Rt Hon Jane Smith MP', 'Chair, Transport Committee', 'House of Commons', 'London SW1A 0AA', '', '12 June 2024', '', 'Dear Jane,', '',
      subject, '',
      'Thank you for your Committee\'s report on rail franchising, published on 12 April 2024. I set out the response below.', '',
      'Recommendation 1: The Department should publish a timetable. (Paragraph 22)', '', 'We agree.',
    ));
    const r = letter('GOVERNMENT RESPONSE TO THE COMMITTEE\'S REPORT ON RAIL FRANCHISING');
    assert.equal(r.sections[0].title, 'GOVERNMENT RESPONSE TO THE COMMITTEE\'S REPORT ON RAIL FRANCHISING');
    assert.deepEqual([r.sections[0].range.start.line, r.sections[0].range.end.line], [0, 11]);
    assert.equal(r.paragraphs.filter((p) => p.lines[0] === 9)[0].lines.length, 1, 'the subject is a paragraph of its own');
    // In bold too, when it names the response.
    assert.equal(letter('**Government response to the Committee\'s report on rail franchising**').sections[0].title, 'Government response to the Committee\'s report on rail franchising');
  });

  it('is a letter\'s first sentence that names the report, where only addresses, a date and how it was sent stand above its greeting', () => {
    const letter = (top: string[]) => parse(lines(
      ...top, 'Dear Clare,', '',
      'Thank you for the Committee\'s report on GP services. I set out the response below.', '',
      'The Committee recommends that the Scottish Government publishes a workforce plan. (Paragraph 45)', '', 'We agree.',
    ));
    const addresses = ['Cabinet Secretary for Health', 'Neil Gray MSP', '', 'T: 0300 244 4000', 'E: ministers@gov.scot', '', 'Clare Haughey MSP', 'Convener, Health Committee', '', 'By email', '', '12 February 2025', ''];
    assert.equal(letter(addresses).sections[0].title, 'Thank you for the Committee\'s report on GP services.');
    assert.equal(letter([]).sections[0].title, 'Thank you for the Committee\'s report on GP services.');
    // A line above the greeting that is not an address or a date is the letter's title, as before: a subject line too.
    assert.equal(letter(['Letter from the Cabinet Secretary to the Convener', '', ...addresses]).sections[0].title, 'Letter from the Cabinet Secretary to the Convener');
    assert.equal(letter([...addresses, 'Re: Government response on GP services', '']).sections[0].title, 'Re: Government response on GP services');
  });
});

describe('parse with the previous version (the keystroke path)', () => {
  const base = lines(
    '1. Neutral role for parents and carers. (Paragraph 1)', '', 'Yes.', '',
    '4. Alpha beta gamma. (Paragraph 4)', '', 'Paragraph 8: Something else entirely.', '', 'More text here.',
  );

  it('reads afresh text beside a number the builder did not believe, which the claiming rules saw as a recommendation', () => {
    // Found by the keystroke property test at 12,000 cases: with its citation gone, "A.That it funds (Para) Noted" is a
    // heading over the unbelieved "3.That …" as the reader reads it, which the model's paragraphs no longer showed.
    const table = (cite: string) => lines('No. Recommendation Government reply', '1.That it acts (Para 1) Accepted', `A.That it funds ${cite} Noted`, 'No. Recommendation Government reply', '3.That it reports Para 3) Rejected');
    const text = table('(Para)');
    assert.deepEqual(parse(text, { previous: parse(table('(Para 2)')) }), parse(text));
    // The same with a note between them: the rules look past annotation lines.
    const noted = (cite: string) => table(cite).replace('Noted\n', 'Noted\n@note: check this row\n');
    assert.deepEqual(parse(noted('(Para)'), { previous: parse(noted('(Para 2)')) }), parse(noted('(Para)')));
  });

  it('reads afresh a numbered paragraph in the Committee\'s voice when who answers it, or the Committee\'s voice, is typed away', () => {
    const doc = (reply: string, asks: string) => lines(
      'Dear Convener,', '',
      '24. The Committee recommends that the Scottish Government sets out how it will evaluate minimum unit pricing.', '', 'The Scottish Government agrees.', '',
      `31. ${asks} asks the Scottish Government to consider raising the minimum unit price.`, '', `${reply} has consulted on raising the price.`, '',
      '45. The Committee recommends that every partnership publishes its waiting times.', '', 'The Scottish Government does not agree.',
    );
    const read = doc('The Scottish Government', 'The Committee');
    assert.deepEqual(parse(read).recommendations.map((r) => r.number), [24, 31, 45]);
    for (const text of [doc('The Scottish Governmen', 'The Committee'), doc('The Scottish Government', 'The Committe')]) {
      assert.deepEqual(parse(text).recommendations.map((r) => r.number), [24, 45]);
      assert.deepEqual(parse(text, { previous: parse(read) }), parse(text));
      assert.deepEqual(parse(read, { previous: parse(text) }), parse(read));
    }
  });

  it('reads afresh words under a heading when who answers stops stating and finds fault, or a date field stops being one', () => {
    const long = 'and the Committee heard a great deal of evidence about it from witnesses over many months of its inquiry';
    const doc = (verb: string, field: string) => lines(
      'Recommendation 1', '',
      `We recommend that the Government sets out a clear policy on the future of special schools ${long}.`,
      `The Government ${verb} clear its commitment to special schools, which will continue to play a vital role ${long}.`, '',
      'Recommendation 2', '',
      `The Ministry should report annually on the condition of prisons ${long}.`,
      `${field}: Summer 2026 and the Ministry will keep the Committee informed of progress ${long}`,
      'Status: Implemented',
    );
    const read = doc('has made', 'Target date');
    assert.deepEqual(parse(read).recommendations.map((r) => r.responses.length), [1, 1]);
    for (const text of [doc('has failed to make', 'Target date'), doc('has made', 'Targetdate')]) {
      assert.deepEqual(parse(text, { previous: parse(read) }), parse(text));
      assert.deepEqual(parse(read, { previous: parse(text) }), parse(read));
    }
  });

  it('reads afresh a line whose footnote number after a stop grows past three digits, or back (it then ends no sentence)', () => {
    const doc = (marker: string) => lines(
      'Appendix: Government Response',
      `The Government welcomes the Committee\'s report and its scrutiny of the rollout of chargepoints.${marker}`,
      'Rollout of public chargepoints',
      'We recommend that the Government set out a plan for meeting its target. (Paragraph 24)',
      'The Government agrees that a clear plan is needed.',
    );
    const ended = doc('113');
    const cut = doc('1123');
    assert.equal(parse(ended).recommendations[0].text.slice(0, 12), 'We recommend');
    assert.notEqual(parse(cut).recommendations[0].text.slice(0, 12), 'We recommend');
    assert.deepEqual(parse(cut, { previous: parse(ended) }), parse(cut));
    assert.deepEqual(parse(ended, { previous: parse(cut) }), parse(ended));
  });

  it('reads afresh a numbered paragraph read as text once a citation is typed into it (its number is then believed)', () => {
    // Found by the keystroke property test: "4.Accepted…" with no citation is not believed, and reads as text.
    const long = 'as the Committee set out at some length in its report and in the evidence that it heard from witnesses over many months';
    const before = lines(
      `a**3.** The Department ${long} should review the guidance on school transport for children with special educational needs. (Paragraph`, '20)',
      `The Government will ${long} consider this recommendation.`,
      `4.Acceptedhat the Department ${long} publish a timetable for the review of hospice fundingaParas 14, 16, 20)`, '',
      'Under consideration.',
    );
    const previous = parse(before);
    assert.equal(previous.recommendations.length, 1);
    const text = before.replace('4.Acceptedhat', '4.A(Paragraph 9)cceptedhat');
    const patched = parse(text, { previous });
    assert.deepEqual(patched, parse(text));
    assert.equal(patched.recommendations.length, 2);
  });

  it('reads afresh a numbered paragraph whose words stop opening as an inquiry\'s recommendation ("4.That …" to "4.XThat …")', () => {
    // Found by the keystroke property test at 10,000 cases: "That the Department …" after the number is what makes the
    // paragraph one answered in turn, which the builder believes only with another so answered.
    const long = 'as the Committee set out at some length in its report and in the evidence that it heard from witnesses over many months';
    const before = lines(
      `**3.** The Department ${long} should review the guidance on school transport for children with special educational needs.`,
      `The Government will ${long} consider this recommendation.`,
      `4.That the Department ${long} publish a timetable for the review of hospice funding`, '',
      'Under consideration.',
    );
    const previous = parse(before);
    assert.equal(previous.recommendations.length, 2);
    const text = before.replace('4.That', '4.XThat');
    const patched = parse(text, { previous });
    assert.deepEqual(patched, parse(text));
    assert.equal(patched.recommendations.length, 0);
  });

  it('reads afresh an edit of a report part’s title when its recommendations share a group with those before its heading', () => {
    // Found by the keystroke property test at 36,000 cases: the part's first group starts before its heading (the
    // first part's heading is not read as one), so the title's lines were not taken for the title's.
    const before = lines(
      ' Ninth Report of Session 2024–25', 'Department for Education', 'Improving school buildings', '',
      '1. PAC conclusion: The department does not know the condition of many buildings.', '',
      'a1. PAC recommendation: The department should complete its survey.', '',
      '1.1 The government agrees with the Committee’s recommendation.', '', 'Target implementation date: March 2026', '',
      'Tenth Report of Session 2024–25', 'HM Treasury', '!', 'Recommendations 1 and 2', '',
      'The Treasury should publish the model and consult on it openly.', '',
      'Government response to recommendations 1 and 2', '', 'Accepted. The Treasury will publish the model in the spring.',
    );
    const previous = parse(before);
    const text = before.replace('HM Treasury', 'H M Treasury');
    const patched = parse(text, { previous });
    assert.deepEqual(patched.parts.map((p) => p.title), parse(text).parts.map((p) => p.title));
    assert.deepEqual(patched, parse(text));
  });

  it('gives the same model as a fresh parse when typing in a response', () => {
    const previous = parse(base);
    const text = base.replace('More text here.', 'More text here, typed.');
    assert.deepEqual(parse(text, { previous }), parse(text));
  });

  it('parses afresh when an edit elsewhere could change which recommendation a mis-cited heading quotes', () => {
    const previous = parse(base);
    assert.equal(previous.responses[1].miscitation?.matchedBy, 'position');
    // Recommendation 1 now quotes the heading's words: a fresh parse matches the heading to it instead.
    const text = base.replace('Neutral role for parents and carers.', 'Something else entirely for parents.');
    const fresh = parse(text);
    assert.equal(fresh.responses[1].miscitation?.matchedBy, 'words-anywhere');
    assert.deepEqual(parse(text, { previous }), fresh);
  });

  it('moves the end of a table row\'s reply that goes on into the line below when that line is typed in', () => {
    // Found by the incremental-parsing property at 12,000 cases: the reply kept its old end.
    const table = lines('No. Recommendation Government reply', '1.That it acts (Para 1) Accepted', '!2.That it funds (Para 2) Noted', 'No. Recommendation Government reply', '3.That it reports (Para 3) Rejected');
    const previous = parse(table);
    const text = table.replace('\n!2', '\n !2');
    const fresh = parse(text);
    assert.deepEqual(fresh.responses[0].range.end, { line: 2, character: 32 });
    assert.deepEqual(parse(text, { previous }), fresh);
  });

  it('reads afresh a reply whose status line changes its decision, or whose numbered paragraph starts opening as a reply', () => {
    // (A long one: a short line is read afresh anyway, as page furniture could be.)
    const reply = (status: string) => lines('1. The Department should act. (Paragraph 3)', '', 'The review will report in the spring.', '', `Status: ${status}. The Department will publish the plan in the spring of next year, with the data it rests on and an account of what it has heard from the sector.`, '', 'More words.');
    const previous = parse(reply('Accepted'));
    assert.equal(previous.responses[0].stanceLabel?.text, 'Accepted');
    const text = reply('Rejected');
    assert.deepEqual(parse(text, { previous }), parse(text));
    assert.equal(parse(text, { previous }).responses[0].stanceLabel?.text, 'Rejected');
    // "1. The Government agrees …" numbers a reply, and "2." after it carries that numbering on: not a recommendation.
    const numbered = (opening: string) => lines(
      'Government response to the Committee', '',
      `1. ${opening} that the evidence should be published in full, with the data on which the Committee relied and the account of what it heard from witnesses.`, '',
      '2. Further work is under way on the timetable.', '', 'The Department should set up a panel. (Paragraph 12)', '', 'Noted.',
    );
    // A line's words that start to recommend start a recommendation's words with no blank line above them.
    const cited = (verb: string) => lines(
      'Government response to the Committee', '',
      'The Government should publish its plan for the councils now. (Paragraph 10)',
      'The Government agrees with the Committee and will publish the plan in the spring of next year.',
      `The Department ${verb} fund the councils for three years, as the Committee asked in its report, without any delay at all and with the money it needs. (Paragraph 12)`,
      'We do not accept this recommendation.',
    );
    const typedIn = cited('should');
    assert.deepEqual(parse(typedIn, { previous: parse(cited('will')) }), parse(typedIn));
    assert.equal(parse(typedIn).recommendations.length, 2);
    // A citation typed into a block's first line ends it before a line that opens as a reply does.
    const opened = (cite: string) => lines(
      'Government response', '', '1. The Department should act. (Paragraph 3)', '',
      `The Department will fund the councils${cite} for three years, as the Committee asked in its report, without any delay at all and in full.`,
      'We agree with the Committee and will fund the councils from April.',
    );
    const withCitation = opened(' (paragraph 13)');
    assert.deepEqual(parse(withCitation, { previous: parse(opened(' (paragraph 1x)')) }), parse(withCitation));
    // A stop typed after a decision opening a line makes it the reply's start.
    const decided = (stop: string) => lines(
      'Government response', '', '1(a) The Government should set up a compensation scheme now.',
      `Accepted${stop} The Authority was established in 2024, and it has already made its first payments to the people who were infected and to their families.`,
    );
    const stopped = decided('.');
    assert.deepEqual(parse(stopped, { previous: parse(decided('')) }), parse(stopped));
    // A letter's next point typed in ("You noted" becomes "You recommended") ends the reply before it.
    const point = (verb: string) => lines(
      'Dear Chair,', 'You recommended that the Government should uprate benefits.', 'We agree.',
      `You ${verb} that the Government should review the benefit cap, as the Committee set out at some length in its report and in the evidence it heard.`,
      'The Government does not intend to review the benefit cap.',
    );
    const typedPoint = point('recommended');
    assert.deepEqual(parse(typedPoint, { previous: parse(point('noted')) }), parse(typedPoint));
    const before = parse(numbered('The Government argues'));
    const typed = numbered('The Government agrees');
    assert.deepEqual(parse(typed, { previous: before }), parse(typed));
  });
});

describe('looksLikeReport', () => {
  it('accepts text with several numbered recommendations citing paragraphs', () => {
    assert.ok(looksLikeReport(lines('1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', '3. C.', '(Paragraph 3)')));
  });
  it('rejects ordinary prose and a single citation', () => {
    assert.ok(!looksLikeReport('Dear Sir,\n\n1. One point (Paragraph 3)\n\n2. Another point.'));
    assert.ok(!looksLikeReport(''));
  });
});
