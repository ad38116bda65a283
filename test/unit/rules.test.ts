// The layout rules one by one (model/rules): what each claims, what it reads there, and what it leaves alone.
import { strict as assert } from 'assert';
import { matchLine, RULES } from '../../server/src/model/rules';
import { findFurniture } from '../../server/src/model/furniture';
import { joinsHyphenated } from '../../server/src/model/paragraphs';
import { isTerminalPunctuation } from '../../server/src/model/patterns';
import { parse } from '../../server/src/model';
import { briefingRows } from '../../server/src/features/briefing';
import { lines } from '../support/fixture';

/** The rule that claims each line, with what it read. */
const read = (line: string) => {
  const m = matchLine(line);
  return { rule: m.rule, number: m.number, label: m.label, numbers: m.numbers, from: m.from, rest: line.slice(m.prefix) };
};
const ruleOf = (line: string) => matchLine(line).rule;

describe('layout rules', () => {
  it('are tried in one ordered list, each with a description and the characters it can start with', () => {
    assert.deepEqual(RULES.map((r) => r.name), [
      'annotation', 'web-furniture', 'report-part', 'paragraph-heading', 'response-from-heading', 'response-from', 'theme-heading', 'recommendation-heading', 'labelled-recommendation', 'tab-table-row', 'bracketed-paragraph', 'markdown-table-row',
      'pac-recommendation', 'response-heading', 'numbered-reply', 'table-row', 'numbered-recommendation', 'cited-paragraph', 'paragraph-line', 'committee-recommends', 'named-by-heading', 'named-in-reply', 'headed-by-reply', 'marked-recommendation', 'plain-recommendation', 'parenthesised-recommendation', 'list-item', 'sign-off', 'section-heading',
    ]);
    // A rule that claims whole paragraphs of text (`claims`) starts on no line of its own, so has no first characters.
    for (const r of RULES) assert.ok(r.describes && (r.firstChars || r.claims), r.name);
  });

  it('numbered recommendation: "18. …", "18: …", "18) …", "R18. …", bold, indented, and a table row with no space after the full stop', () => {
    assert.deepEqual([read('3: The Department should act. (Paragraph 25)').number, read('3: The Department should act. (Paragraph 25)').rest], [3, 'The Department should act. (Paragraph 25)']);
    assert.deepEqual([read('R2. The Government should fund. (Paragraph 40)').number, read('R2. The Government should fund. (Paragraph 40)').label], [2, '2']);
    assert.equal(ruleOf('Rates rose.'), 'text');
    assert.equal(ruleOf('R2D2 is a robot.'), 'text');
    assert.deepEqual([read('4) The Ministry should act. (Paragraph 9)').rule, read('4) The Ministry should act.').number], ['numbered-recommendation', 4]);
    assert.deepEqual(read('18. The Department should act. (Paragraph 45)'), { rule: 'numbered-recommendation', number: 18, label: '18', numbers: undefined, from: undefined, rest: 'The Department should act. (Paragraph 45)' });
    assert.equal(read('**19.** The Government should fund.').number, 19);
    // A space before the stop, as a PDF's text may leave it, before words that open with a capital; not "2 . 5".
    assert.deepEqual([read('1 . The Department should act. (Paragraph 12)').number, read('1 . The Department should act. (Paragraph 12)').rest, ruleOf('2 . 5 per cent')], [1, 'The Department should act. (Paragraph 12)', 'text']);
    assert.equal(read('   7. Indented by three.').number, 7);
    assert.deepEqual([read('5.That the Department review it (Para 41)').number, read('5.That the Department review it (Para 41)').rest], [5, 'That the Department review it (Para 41)']);
    // Any rule reads an indented line from its first word, however far in it stands (spaces or a tab), as a PDF's text or a
    // pasted e-mail indents a page: not as Markdown's code, which a response has none of.
    assert.deepEqual([read('    4. Four spaces are an indent.').number, read('\t5. So is a tab.').number, read('        6. And eight spaces.').number], [4, 5, 6]);
    assert.deepEqual(read('   Recommendation 2: The Department should act.'), { rule: 'labelled-recommendation', number: 2, label: '2', numbers: undefined, from: undefined, rest: 'The Department should act.' });
    assert.deepEqual([ruleOf('  Recommendation 7'), ruleOf(' Government response'), ruleOf('    Government response'), ruleOf('\tGovernment response')], ['recommendation-heading', 'response-heading', 'response-heading', 'response-heading']);
    assert.deepEqual(
      [ruleOf('    Paragraph 20: Funding for the reforms'), ruleOf('\tResponse from Ofsted: paragraph 42'), ruleOf('    Funding (Recommendations 1 and 2)'), ruleOf('      Yours sincerely,'), ruleOf('    ## Recommendation 7')],
      ['paragraph-heading', 'response-from-heading', 'theme-heading', 'sign-off', 'recommendation-heading'],
    );
    // An indented row of a flattened table is read as the row is (not as a list's item); an indented item stays an item.
    assert.deepEqual([ruleOf('  (a) That the MoD sets out a timetable. (Para 12) Accepted'), ruleOf('    - an item of a list')], ['table-row', 'list-item']);
    assert.equal(ruleOf('2.5 million children'), 'text');
    assert.equal(ruleOf('2020. The year'), 'numbered-recommendation', 'a bare number is weak: the parser decides by citation and sequence');
  });

  it('parenthesised recommendation: "(12) We recommend …", not "(a)" or "(12)" alone', () => {
    assert.deepEqual([read('(12) We recommend that the Ministry acts.').rule, read('(12) We recommend that the Ministry acts.').number], ['parenthesised-recommendation', 12]);
    assert.equal(read('**(3)** We urge the Department.').number, 3);
    assert.equal(ruleOf('(a) a lettered item'), 'list-item');
    assert.equal(ruleOf('(12)'), 'text');
  });

  it('list item: the bullets Word and PDFs give, and Word\'s "o" for a bullet in a bullet; not a word that starts with o', () => {
    for (const bullet of ['-', '•', '●', '▪', '◦', '■', '➢', '\uf0b7', '\uf0a7', 'o']) assert.equal(ruleOf(`${bullet} publish a strategy for adult social care;`), 'list-item', bullet);
    assert.equal(ruleOf('or the Department should publish it.'), 'text');
    const r = parse(lines('1. The Government should, within six months:', '', '● publish a strategy;', '', '● report to Parliament. (Paragraph 40)', '', 'The Government accepts this recommendation.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.range.start.line, x.responses.length]), [[1, [40], 0, 1]]);
  });

  it('labelled recommendation: "Recommendation 4: …", "Recommendation 4. …", "Conclusion 3:", bold, with a letter', () => {
    assert.deepEqual(read('Recommendation 4: The Department should act (paragraph 61).'), { rule: 'labelled-recommendation', number: 4, label: '4', numbers: undefined, from: undefined, rest: 'The Department should act (paragraph 61).' });
    assert.equal(read('**Recommendation 4.** We urge the Department.').rest, 'We urge the Department.');
    assert.equal(read('Recommendation 12 – The Home Office should publish.').number, 12);
    assert.deepEqual([read('Conclusion 3: The Ministry does not know.').rule, read('Conclusion 3: The Ministry does not know.').label], ['labelled-recommendation', '3']);
    assert.equal(read('Recommendation 2b: The Trust should.').label, '2b');
    assert.equal(ruleOf('Recommendation 7 is the one we accept.'), 'text', 'prose naming a recommendation');
  });

  it('recommendation heading: "Recommendation 7" alone, with a colon, for several, in Markdown or bold', () => {
    assert.deepEqual(read('Recommendation 7').numbers, [7]);
    assert.equal(ruleOf('Recommendation 7:'), 'recommendation-heading');
    assert.deepEqual(read('Recommendations 3 and 4').numbers, [3, 4]);
    assert.deepEqual(read('Recommendations 3 to 5').numbers, [3, 4, 5]);
    assert.deepEqual(read('## Recommendation 12').numbers, [12]);
    assert.deepEqual(read('**Recommendation 2**').numbers, [2]);
    assert.equal(ruleOf('Recommendation'), 'text');
  });

  it('Treasury Minute items: "1. PAC conclusion:", "1a. PAC recommendation:", told apart from "1.1" replies', () => {
    assert.deepEqual([read('1. PAC conclusion: The department does not know.').rule, matchLine('1. PAC conclusion: x').kind], ['pac-recommendation', 'conclusion']);
    const rec = matchLine('2a. PAC recommendation: The department should plan.');
    assert.deepEqual([rec.kind, rec.number, rec.label], ['recommendation', 2, '2a']);
    assert.deepEqual([read('1.1 The government agrees with the Committee.').rule, read('1.1 The government agrees.').number], ['numbered-reply', 1]);
    assert.equal(ruleOf('4.2. The Department will publish.'), 'numbered-reply');
    // The number with a colon, as some Minutes print it.
    assert.deepEqual([read('2: PAC recommendation: The department should plan.').rule, read('2: PAC recommendation: x').number], ['pac-recommendation', 2]);
    // The number after the words, as other Minutes print it.
    assert.deepEqual([read('PAC conclusion 1: The plans lack detail.').rule, matchLine('PAC conclusion 1: x').kind], ['pac-recommendation', 'conclusion']);
    const after = matchLine('**PAC recommendation 3b:** The department should report its costs.');
    assert.deepEqual([after.kind, after.number, after.label], ['recommendation', 3, '3b']);
    assert.equal(ruleOf('PAC recommendations were considered at the hearing.'), 'text');
  });

  it('response headings and reply labels, and the prose and column headings that look like them', () => {
    assert.deepEqual(read('Government response'), { rule: 'response-heading', number: undefined, label: undefined, numbers: undefined, from: 'Government', rest: '' });
    assert.equal(read("The Government's Response").from, 'Government');
    assert.equal(ruleOf('Government reply'), 'response-heading');
    assert.equal(ruleOf('Response'), 'response-heading');
    assert.deepEqual(read('Government response to recommendations 3 and 4').numbers, [3, 4]);
    assert.deepEqual(read('Government response to R12').numbers, [12]);
    assert.deepEqual([read('Government response to recommendation 3(a)').numbers, read('Response to recommendation 3b').numbers], [[3], [3]]);
    // The bold (or italics) closed after the label alone, the numbers after it, as a Word file's copy may give it.
    assert.deepEqual([read('**Government Response** to Recommendations 1–3').numbers, read('_Response_ to recommendation 4').numbers], [[1, 2, 3], [4]]);
    // The answerer alone as a label ("Government: Agreed."), answering "Committee: …"; not a Government that does something.
    assert.deepEqual([read('Government: Agreed. The assessment will follow.').rule, read('Government: Agreed. The assessment will follow.').rest, read('**The Scottish Government:** Noted.').rest], ['response-heading', 'Agreed. The assessment will follow.', 'Noted.']);
    assert.equal(ruleOf('Government spending: the figures'), 'text');
    assert.deepEqual([ruleOf('**Our response**'), read('Our response: We agree.').from, read('Our response: We agree.').rest], ['response-heading', undefined, 'We agree.']);
    assert.equal(ruleOf('Our response to the consultation was published.'), 'text');
    assert.deepEqual([read('DHSC response: Agree').from, read('DHSC response: Agree').rest], ['DHSC', 'Agree']);
    assert.equal(read('Ministry of Justice response: Not accepted. The Ministry …').from, 'Ministry of Justice');
    assert.equal(read('Response: Under consideration').rest, 'Under consideration');
    assert.equal(ruleOf('**Government response**'), 'response-heading');
    // In italics, or bold and italics, as Markdown writes them.
    assert.deepEqual(['*The Government\'s response*', '_The Government\'s response_', '***Government response***', '__Government response__'].map(ruleOf), ['response-heading', 'response-heading', 'response-heading', 'response-heading']);
    assert.deepEqual([read('_Government response:_ Accepted.').from, read('_Government response:_ Accepted.').rest], ['Government', 'Accepted.']);
    assert.equal(ruleOf('*The Government\'s response to the consultation will follow.*'), 'text');
    // With the decision beside it in brackets; not other words in brackets.
    assert.deepEqual([ruleOf('Response (Partially accepted)'), read('Government response to recommendation 3 (Accepted)').numbers], ['response-heading', [3]]);
    assert.notEqual(ruleOf('Response (see below)'), 'response-heading');
    assert.equal(ruleOf('The Government response to the consultation was published in 2019.'), 'text');
    assert.equal(ruleOf('Response rates rose.'), 'text');
    assert.equal(ruleOf('In response, the Department acted.'), 'text');
    assert.equal(ruleOf('No. Recommendation Government reply'), 'text', 'a table\'s column headings');
    // The answerer's position, stated as a heading or a label; not a committee's, nor a field's alone, nor prose.
    assert.deepEqual([read('Government position').rule, read('Government position').from], ['response-heading', 'Government']);
    assert.deepEqual([read("The Department's position: Accepted.").from, read("The Department's position: Accepted.").rest], ['Department', 'Accepted.']);
    assert.equal(ruleOf('Our position'), 'response-heading');
    assert.equal(ruleOf('Committee position'), 'text');
    assert.equal(ruleOf('Position:'), 'text');
    assert.equal(ruleOf("The Government's position is that funding is sufficient."), 'text');
    // Behind a list's bullet, a reply's label is read from the label; other words are the item's.
    assert.deepEqual([ruleOf('   - Response: Accepted. The plan will be published.'), read('   - Response: Accepted. The plan will be published.').rest], ['response-heading', 'Accepted. The plan will be published.']);
    assert.equal(ruleOf('• **Government response:** Not accepted'), 'response-heading');
    assert.equal(ruleOf('- Response times have improved.'), 'list-item');
    assert.equal(ruleOf('- The Government will publish a plan.'), 'list-item');
  });

  it('who answers: capitalised words and "of", "for", "and", "the", "on", "&" before the word, up to eight of them', () => {
    assert.equal(read('Department for Education and the Cabinet Office response: Agree').from, 'Department for Education and the Cabinet Office');
    assert.equal(read('Department for Levelling Up, Housing & Communities reply: Noted').from, 'Department for Levelling Up, Housing & Communities');
    assert.equal(read('Ministry of Housing, Communities and Local Government response').from, 'Ministry of Housing, Communities and Local Government');
    assert.equal(read("**HM Treasury's response:** Accepted").from, 'HM Treasury');
    assert.equal(read('DHSC\tresponse: Agreed').rest, 'Agreed', 'a tab between the words');
    assert.equal(read('One Two Three Four Five Six Seven Eight response').from, 'One Two Three Four Five Six Seven Eight');
    assert.equal(ruleOf('One Two Three Four Five Six Seven Eight Nine response'), 'text', 'nine words is prose');
    assert.equal(ruleOf('The Department said response: none'), 'text', 'a small word other than the six ends who answers');
    assert.equal(ruleOf('The Department (DHSC) response: Agree'), 'text', 'a word in brackets is not a name');
    assert.equal(ruleOf('DHSC responses: Agree'), 'text', 'the word itself, not a longer one');
    assert.equal(ruleOf('However, DHSC response: the figures are late.'), 'text', 'a comma after the first word is prose');
  });

  it('the seed\'s headings keep their own rules ahead of the general response heading', () => {
    assert.equal(ruleOf('Paragraph 20: Funding for SEND'), 'paragraph-heading');
    assert.equal(ruleOf('Response from Ofsted: paragraph 42'), 'response-from-heading');
    // Two who answer together.
    assert.deepEqual([read('Joint response from DHSC and NHS England').rule, read('Joint response from DHSC and NHS England').from], ['response-from', 'DHSC and NHS England']);
    assert.equal(ruleOf('Joint working from April has helped.'), 'text');
  });

  it('report parts: "Ninth Report of Session 2024–25" alone on its line', () => {
    assert.deepEqual([read('Ninth Report of Session 2024–25').rule, read('Ninth Report of Session 2024–25').label], ['report-part', 'Ninth Report of Session 2024–25']);
    assert.equal(ruleOf('Twenty-first Report of Session 2023-24'), 'report-part');
    assert.equal(ruleOf('First Special Report of Session'), 'text');
    assert.equal(ruleOf('Response to the Committee’s First Report of Session 2019'), 'text');
  });

  it('Markdown\'s own markers are looked past: "## Recommendation 7", "> 12. …"', () => {
    assert.equal(ruleOf('## Recommendation 7'), 'recommendation-heading');
    assert.equal(read('> 12. The Department should act.').number, 12);
    assert.equal(ruleOf('#hashtag Recommendation 7'), 'text');
  });

  it('annotations only at the left margin', () => {
    assert.equal(ruleOf('@note: read this'), 'annotation');
    assert.equal(ruleOf(' @note: indented'), 'text');
  });
});

describe('page furniture', () => {
  const all = () => true;
  it('finds a running header or footer beside changing page numbers, either side, and bare page numbers', () => {
    const ls = ['Text of the report that goes on.', '2 Active travel: Government Response', 'More text.', 'Active travel: Government Response 3', 'x', '4    Active travel: Government Response', '12', 'y', '13', 'z', '14'];
    const f = findFurniture(ls, all)!;
    assert.deepEqual([...f.keys()].filter((i) => f[i]), [1, 3, 5, 6, 8, 10]);
  });

  it('finds page numbers between dashes ("- 4 -"), not items of a list, and leaves them out of the replies', () => {
    const rec = (n: number) => [`${n}. The Department should publish its plan for schools in area ${n}. (Paragraph ${n + 10})`, '', `- ${n + 1} -`, '', `The Government accepts this recommendation for area ${n}.`, ''];
    const r = parse(lines(...[1, 2, 3].flatMap(rec)));
    assert.deepEqual(r.furniture, [2, 8, 14]);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => x.response), [1, 2, 3].map((n) => `The Government accepts this recommendation for area ${n}.`));
    // Seen once, in a short copy, it says what it is as "Page 2 of 9" does.
    const once = parse(lines(...rec(1).map((l) => l.replace('- 2 -', '')), ...rec(2)));
    assert.deepEqual(once.furniture, [8]);
    assert.deepEqual(briefingRows(once, 'file:///t.txt').map((x) => x.response), [1, 2].map((n) => `The Government accepts this recommendation for area ${n}.`));
  });

  it('finds a short copy\'s only bare page number between two paragraphs, a blank line each side, and leaves it out of the reply; not one inside a paragraph or after a heading', () => {
    const doc = (page: string[]) => lines(
      '3.', 'The Centre should publish an annual report on incidents. (Paragraph 33)', ...page,
      'Not accepted. Publishing detailed information could help attackers.', '',
      '4.', 'The Government should fund a skills programme. (Paragraph 41)', '', 'The Government notes this recommendation.',
    );
    const r = parse(doc(['', '2', '']));
    assert.deepEqual(r.furniture, [3]);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.inferredStance, x.response.slice(0, 12)]), [[3, 'rejected', 'Not accepted'], [4, 'noted', 'The Governme']]);
    // Not with no blank line to part it from the words, nor under a heading ("Recommendations" / "" / "2" / "").
    assert.deepEqual(parse(doc(['2', ''])).furniture, []);
    assert.deepEqual(parse(lines('Recommendations', '', '2', '', 'The Department should act. (Paragraph 3)', '', 'Agreed.')).furniture, []);
  });

  it('never takes a line that closes a citation a wrap cut for a running footer, whatever follows the close', () => {
    const r = parse(lines(
      '1. The Department should publish the plan for schools in Leeds. (para. 2 and',
      '3 of the report) Response: We are considering the options.',
      '2. The Department should fund the plan for schools in Bristol. (para. 100 and',
      '101 of the report) Response: We are considering the options.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [2, 3], 1], [2, [100, 101], 1]]);
    assert.equal(r.furniture.length, 0);
  });

  it('finds column headings repeated before table rows, but not a line that merely recurs, nor long lines', () => {
    const header = 'No. Recommendation Government reply';
    const isRow = (i: number) => /^\d+\./.test(rows[i] ?? '');
    const rows = [header, '1.That it acts (Para 1) Accepted', header, '2.That it funds (Para 2) Noted'];
    const f = findFurniture(rows, all, isRow)!;
    assert.deepEqual([f[0], f[1], f[2], f[3]], [1, 0, 1, 0]);
    const wrapped = ['The Government accepts this recommendation in', 'part.', 'The Government accepts this recommendation in', 'part.', 'The Government accepts this recommendation in'];
    assert.equal(findFurniture(wrapped, all), undefined, 'a wrapped response line that recurs word for word');
    assert.equal(findFurniture([header, 'a', header, 'b', header], all), undefined, 'no rows after it');
    // Runs of spaces a flattened table left between its headings count as one: the line is not too long for them.
    const spaced = '  Recommendations   and   undertakings   Government   Response   Committee   Response/Follow-up   Further   Government   Action   Notes';
    const spacedRows = [spaced, '1.That it acts (Para 1) Accepted', spaced, '2.That it funds (Para 2) Noted'];
    assert.deepEqual([...findFurniture(spacedRows, all, (i) => /^\d+\./.test(spacedRows[i] ?? ''))!.slice(0, 4)], [1, 0, 1, 0]);
    const long = 'x'.repeat(200) + ' 3';
    assert.equal(findFurniture([long, long.replace(/3$/, '4')], all), undefined);
    // A page of text copied twice: the line before a wrapped year ("2021. Alongside …") holds a sentence's end, so it is text.
    const page = ['However, given the pressures on local areas as a result of the pandemic,', 'it is not the right time. We have decided to extend the trial until 31 August', '2021. Alongside this, we have funded forums.'];
    const copied = [...page, ...page];
    assert.equal(findFurniture(copied, all, (i) => /^\d+\./.test(copied[i] ?? '')), undefined);
    // Nor is a line a copied passage repeats before the same line each time: headings stand before other rows.
    const passage = ['Local authorities are bound by statute (by section 19 of the Children and Families Act', '2014) to consider the views of children.', 'More text.'];
    const twice = [...passage, ...passage];
    assert.equal(findFurniture(twice, all, (i) => /^\d+\)/.test(twice[i] ?? '')), undefined);
  });

  it('leaves lines a rule claims, and numbers that are years', () => {
    assert.equal(findFurniture(['Recommendation 1', 'Recommendation 2', 'Recommendation 3'], () => false), undefined);
    assert.equal(findFurniture(['Target date: March 2025', 'Target date: March 2026', 'Target date: June 2027'], all), undefined);
  });
});

describe('hyphenation at a line break', () => {
  it('joins a word cut in two, keeps the hyphen of a compound', () => {
    assert.equal(joinsHyphenated('work on the strat-', 'egy, which'), true);
    assert.equal(joinsHyphenated('a low-', 'income family'), false);
    assert.equal(joinsHyphenated('the cost-', 'and burden-sharing'), false);
    assert.equal(joinsHyphenated('the Department –', 'not'), false);
    assert.equal(joinsHyphenated('strat-', 'Egy'), false);
  });
});

describe('sentence ends', () => {
  it('are the characters . ? ! : ; ) " ” ’ \' * _ ] and no others (* and _ close Markdown\'s emphasis)', () => {
    const ends = new Set('.?!:;)"”’\'*_]');
    for (let c = 0; c < 0x10000; c++) assert.equal(isTerminalPunctuation(c), ends.has(String.fromCharCode(c)), `U+${c.toString(16)}`);
  });
});
