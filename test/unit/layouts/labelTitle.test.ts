// "Recommendation 1(a): Memorials" over the recommendation's words, each followed by a "Government response" heading
// (a public inquiry's response): the label and its title name the recommendation; the paragraph under them says it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseWords } from '../../../server/src/features/stance';
import { copies, lines } from '../../support/fixture';
import { responseBodyText } from '../../../server/src/features/responseText';

describe('layout: a labelled recommendation with a title over its words', () => {
  const doc = lines(
    'Government response to the report of the Inquiry', '',
    'Recommendation 1(a): Recognising the harm done', '',
    'The Government should recognise the harm done and make an apology on behalf of the state.', '',
    'Government response', '',
    'The Government accepts this recommendation.', '',
    'Recommendation 2: Compensation', '',
    'A compensation scheme should be set up now, without waiting for the final report.', '',
    'Government response', '',
    'The Government accepts this recommendation and has set up the scheme.',
  );

  it('reads the paragraph under the title as the recommendation, answered once by the heading after it', () => {
    const r = parse(doc);
    assert.deepEqual(r.recommendations.map((x) => [x.label ?? String(x.number), x.range.start.line, x.responses.length, x.text.split(' ').slice(0, 3).join(' ')]), [
      ['1(a)', 2, 1, 'The Government should'],
      ['2', 10, 1, 'A compensation scheme'],
    ]);
    assert.deepEqual(r.responses.map((x) => x.range.start.line), [6, 14]);
  });

  it('takes in words that end at their citation, answered or not', () => {
    const r = parse(lines(
      'Recommendation 3: Funding', '',
      'The Department should fund the scheme for five years. (Paragraph 41)', '',
      'Recommendation 4: Data', '',
      'The Department should publish data every quarter. (Paragraph 45)', '',
      'We agree, and will publish data from April.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), [
      [3, [41], 0, 'The Department should fund the scheme for five years. (Paragraph 41)'],
      [4, [45], 1, 'The Department should publish data every quarter. (Paragraph 45)'],
    ]);
  });

  it('leaves Markdown\'s quotation marks out of words quoted under a heading ("### Recommendation 1: Data" / "> The Department …")', () => {
    const r = parse(lines(
      '### Recommendation 1: Data sharing', '',
      '> The Department should publish a framework for sharing data', '> by the end of 2025. (Paragraph 23)', '',
      'The government agrees.', '',
      '### Recommendation 2', '', '>> UKRI should report on the diversity of its funding. (Paragraph 40)', '', 'Noted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text, x.shortTitle]), [
      [1, [23], 1, 'The Department should publish a framework for sharing data by the end of 2025. (Paragraph 23)', 'The Department should publish a framework for sharing…'],
      [2, [40], 1, 'UKRI should report on the diversity of its funding. (Paragraph 40)', 'UKRI should report on the diversity of its…'],
    ]);
  });

  it('leaves Markdown\'s heading marks out of words a heading holds whole ("### The Department should … (paragraph 14)")', () => {
    const r = parse(lines(
      '## Recommendations', '',
      '### The Department should publish a national bus strategy within six months (paragraph 14)', '', 'The Government accepts this recommendation.', '',
      '### Ministers should report to Parliament each year (paragraph 30)', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.paragraphs, x.responses.length, x.text, x.shortTitle]), [
      [[14], 1, 'The Department should publish a national bus strategy within six months (paragraph 14)', 'The Department should publish a national bus strategy…'],
      [[30], 1, 'Ministers should report to Parliament each year (paragraph 30)', 'Ministers should report to Parliament each year'],
    ]);
  });

  it('leaves a label whose words are a sentence, and a title with no response heading after its words, as they were', () => {
    const sentence = parse(lines(
      'Recommendation 1: The Department should publish the plan.', '',
      'The Government accepts this recommendation.', '',
      'Government response', '',
      'Nothing more.',
    ));
    assert.equal(sentence.recommendations[0].text, 'The Department should publish the plan.');
    const noHeading = parse(lines(
      'Recommendation 2: Compensation', '',
      'The Government accepts this recommendation and has set up the scheme.', '',
      'Recommendation 3: Memorials', '',
      'We will work with the devolved governments.',
    ));
    assert.deepEqual(noHeading.recommendations.map((x) => [x.text, x.responses.length]), [['Compensation', 1], ['Memorials', 1]]);
  });

  it('takes words that recommend under the title, cited or not, a blank line between, the status after them the reply', () => {
    const r = parse(lines(
      'Recommendation 1: Compensation', '',
      'The Government should establish a compensation scheme without delay.', '',
      'Status: Implemented', '', 'Update: The scheme made its first payments in December 2024.', '',
      'Recommendation 2: Memorials', '',
      'The Government should hold a national memorial.', '',
      'Status: In progress',
    ));
    assert.deepEqual(r.recommendations.map((x, i) => [x.text.split(' ').slice(0, 3).join(' '), responseWords(r, i).trim().slice(0, 19)]), [
      ['The Government should', 'Status: Implemented'],
      ['The Government should', 'Status: In progress'],
    ]);
  });

  it('takes the one item of a list under the title as the words, its bullet left out, a blank line between or none', () => {
    for (const gap of [[], ['']]) {
      const r = parse(lines(
        'Recommendation 4: Costs', ...gap, '• The Government should reduce the levies on electricity bills. (Paragraph 30)', '',
        'Government response', 'Not accepted.', '',
        'Recommendation 5: Bills', ...gap, '- The Government should cut bills. (Paragraph 33)', '',
        'Government response', 'Accepted.',
      ));
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text, x.shortTitle]), [
        [4, [30], 'The Government should reduce the levies on electricity bills. (Paragraph 30)', 'The Government should reduce the levies on electricity…'],
        [5, [33], 'The Government should cut bills. (Paragraph 33)', 'The Government should cut bills'],
      ], JSON.stringify(gap));
    }
  });
});

describe('layout: "Recommendation 1: Funding (paragraph 23)" over the words, the reply after them with no heading', () => {
  it('reads the line as a heading and the words under it as the recommendation, which end before the reply', () => {
    const r = parse(lines(
      'Government Response', '',
      'Recommendation 1: Funding for hospices (paragraph 23)', 'The Government should provide multi-year funding for children\'s hospices.', '',
      'The Government agrees. A three-year settlement was announced in May.', '',
      'Recommendation 2 – Workforce [para 31]', 'NHS England should publish a workforce plan for palliative care.', '',
      'NHS England accepts this recommendation.', '',
      // Words that recommend, ending at their citation, are the recommendation itself: its reply follows.
      'Recommendation 3: The Department should collect data on access (paragraph 40)', 'We will consider this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [
      [1, [23], 'The Government should provide multi-year funding for children\'s hospices.'],
      [2, [31], 'NHS England should publish a workforce plan for palliative care.'],
      [3, [40], 'The Department should collect data on access (paragraph 40)'],
    ]);
    assert.deepEqual(r.recommendations.map((x) => x.responses.map((i) => responseBodyText(r, i))), [
      ['The Government agrees. A three-year settlement was announced in May.'],
      ['NHS England accepts this recommendation.'],
      ['We will consider this recommendation.'],
    ]);
  });

  it('ends the words under it where the reply opens with its decision, with no blank line between (a PDF\'s text)', () => {
    const r = parse(lines(
      'Government Response',
      'Recommendation 1: Funding for hospices (paragraph 23)', 'The Government should provide multi-year funding for', 'children\'s hospices. We agree with witnesses that it matters.',
      'The Government agrees. A three-year settlement was announced in May.',
      'Recommendation 2 (paragraph 31)', 'NHS England should publish a workforce plan.', 'NHS England accepts this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.text, x.responses.map((i) => responseBodyText(r, i))]), [
      ['The Government should provide multi-year funding for children\'s hospices. We agree with witnesses that it matters.', ['The Government agrees. A three-year settlement was announced in May.']],
      ['NHS England should publish a workforce plan.', ['NHS England accepts this recommendation.']],
    ]);
  });

  it('leaves the title out of the words with no blank line between, where the title is a name and the words open a sentence', () => {
    const r = parse(lines(
      'Recommendation 1: Workforce planning', 'The Department should publish a workforce plan. (Paragraph 12)', 'The Government accepts this recommendation.', '',
      'Recommendation 2: The future of', 'Bus services should be funded. (Paragraph 18)', '',
      'Recommendation 3: Funding', 'for training places should rise. (Paragraph 20)',
    ));
    assert.deepEqual(r.recommendations.map((x) => x.text), [
      'The Department should publish a workforce plan. (Paragraph 12)',
      'The future of Bus services should be funded. (Paragraph 18)',
      'Funding for training places should rise. (Paragraph 20)',
    ]);
  });

  it('takes the list under a title as the recommendation\'s words ("(a) The Government should …", "(b) …"), in every copy', () => {
    const doc = lines(
      'Government response to the Inquiry\'s recommendations', '',
      'Recommendation 1: Recognising what happened', '(a) The Government should ensure that those who were harmed are recognised.', '(b) A permanent memorial should be established.', '',
      'Response', 'The Government accepts both parts of this recommendation.', '',
      'Recommendation 2: Learning from what happened', 'The NHS should adopt a duty of candour for its leaders.', '',
      'Response', 'The Government accepts this recommendation in principle.',
    );
    for (const [copy, text] of copies(doc).slice(0, 3)) {
      const r = parse(text);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length, x.text.includes('(b) A permanent memorial')]), [[1, 1, true], [2, 1, false]], copy);
      assert.equal(responseBodyText(r, r.recommendations[0].responses[0]).trim(), 'The Government accepts both parts of this recommendation.', copy);
    }
    // A list that recommends nothing under a title is a reply's.
    const reply = parse(lines('Recommendation 1: Funding', '• We have increased funding for hospices by £25 million.', '• We will review the formula next year.', '', 'Recommendation 2: Data', '• We publish the data every quarter.'));
    assert.deepEqual(reply.recommendations.map((x) => [x.number, x.text.includes('increased')]), [[1, false], [2, false]]);
  });
});
