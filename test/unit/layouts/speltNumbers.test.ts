// A label's number written out: "Recommendation IV" (a Roman numeral, as some Welsh Government and Lords responses
// print them) or "Recommendation one:". The number is the numeral's value; a Roman numeral is also the recommendation's
// name, as the report writes it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { numeralValue, SPELT_NUMBER } from '../../../server/src/model/patterns';
import { recLabel } from '../../../server/src/model/recommendation';
import { findAcronyms } from '../../../server/src/model/acronyms';
import { responseBodyText } from '../../../server/src/features/responseText';
import { lines } from '../../support/fixture';
import { findings } from '../../../server/src/features/diagnostics';

describe('layout: a recommendation whose number is written out', () => {
  it('reads "Recommendation II" on a line of its own as a heading, with the words and the labelled reply under it', () => {
    const r = parse(lines(
      'Welsh Government Response to the Committee report', '',
      'Recommendation I', 'The Welsh Government should review the funding formula for additional learning needs.', '',
      'Response: Accept', 'We will begin the review in the autumn term.', '',
      'Recommendation II', 'The Welsh Government should publish data on exclusions by local authority.', '',
      'Response: Accept in principle', 'Data will be published where it does not identify pupils.', '',
      '**Recommendation XIV**', 'The Welsh Government should introduce a statutory duty on schools.', '',
      'Response: Reject', 'We do not consider a statutory duty necessary.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, recLabel(x), x.shortTitle.split(' ').slice(0, 3).join(' ')]), [
      [1, 'I', 'The Welsh Government'],
      [2, 'II', 'The Welsh Government'],
      [14, 'XIV', 'The Welsh Government'],
    ]);
    assert.deepEqual(r.recommendations.map((x) => x.responses.length), [1, 1, 1]);
    assert.match(responseBodyText(r, r.recommendations[2].responses[0]), /statutory duty necessary/);
    // The label names it whole, as "Recommendation 4" does.
    assert.deepEqual(r.recommendations[1].numberRange, { start: { line: 8, character: 0 }, end: { line: 8, character: 17 } });
    // …up to the numeral, not to the "i" of "Recommendation".
    const small = parse(lines('Recommendation i: The Department should act on this. (Paragraph 3)', '', 'Agreed.'));
    assert.deepEqual(small.recommendations[0].numberRange, { start: { line: 0, character: 0 }, end: { line: 0, character: 16 } });
  });

  it('reads "Recommendation one:" and "Recommendation iv –" as labelled recommendations, the label not in their words', () => {
    const r = parse(lines(
      'Government Response to the Health and Social Care Committee', '',
      'Recommendation one: The Department should publish a funded workforce plan by the end of 2025. (Paragraph 12)', '',
      'The Government accepts this recommendation.', '',
      'Recommendation Two: NHS England should set out how it will reduce agency spending. (Paragraph 18)', '',
      'The Government partially accepts this recommendation.', '',
      'Recommendation iv – The Department should commission an independent review of pay. (Paragraph 25)', '',
      'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, recLabel(x)]), [[1, '1'], [2, '2'], [4, 'iv']]);
    assert.deepEqual(r.recommendations.map((x) => x.text.split(' ')[0]), ['The', 'NHS', 'The']);
    assert.deepEqual(r.recommendations.map((x) => x.responses.length), [1, 1, 1]);
  });

  it('reads a letter in the number\'s place, "Recommendation C", as that letter\'s place in the alphabet, labelled by it', () => {
    const rec = (label: string, n: number) => [label, `The Department should do thing ${n} for schools. (Paragraph ${n + 10})`, '', 'Government response', `The Government accepts thing ${n}.`, ''];
    const r = parse(lines('Government Response to the Lords Committee', '', ...rec('Recommendation A', 1), ...rec('**Recommendation B**', 2), ...rec('Recommendation C', 3), ...rec('Recommendation D', 4)));
    // "C" is the third, not the Roman numeral 100.
    assert.deepEqual(r.recommendations.map((x) => [x.number, recLabel(x)]), [[1, 'A'], [2, 'B'], [3, 'C'], [4, 'D']]);
    assert.deepEqual(r.recommendations.map((x) => x.responses.length), [1, 1, 1, 1]);
    // With a stop after it, a labelled recommendation's; with none, the words' first word ("Recommendation A new …") is no label.
    const inline = parse(lines('Recommendation A: The Department should act on this. (Paragraph 3)', '', 'Agreed.', '', 'Recommendation L – The Department should act on that. (Paragraph 5)', '', 'Agreed.'));
    assert.deepEqual(inline.recommendations.map((x) => [x.number, recLabel(x), x.text.split(' ')[0]]), [[1, 'A', 'The'], [12, 'L', 'The']]);
    assert.equal(parse(lines('Recommendation A new approach is needed.')).recommendations.length, 0);
  });

  it('reads a letter and a number, "Recommendation A1", "Recommendation B.2:", as a chapter\'s number is: by the letter\'s place, labelled as written', () => {
    const heading = parse(lines(
      'Recommendation A1', 'The Commissioner should publish a plan. (Paragraph 3.4)', '', 'Government response', 'Accepted.', '',
      'Recommendation A2', 'The Commissioner should consult children. (Paragraph 3.9)', '', 'Government response', 'Not accepted.', '',
      'Recommendation B1', 'The Department should review the budget. (Paragraph 4.2)', '', 'Government response', 'Agreed.',
    ));
    assert.deepEqual(heading.recommendations.map((x) => [x.number, recLabel(x), x.text.split(' ')[0], x.responses.length]), [[1, 'A1', 'The', 1], [1, 'A2', 'The', 1], [2, 'B1', 'The', 1]]);
    // Neither a repeated number nor one out of sequence.
    assert.deepEqual(findings(heading).map((f) => f.code), []);
    const inline = parse(lines('Recommendation A1: The Commissioner should publish a plan. (Paragraph 3)', '', 'Agreed.', '', 'Recommendation B.2 – The Department should review it. (Paragraph 5)', '', 'Agreed.'));
    assert.deepEqual(inline.recommendations.map((x) => [x.number, recLabel(x), x.text.split(' ')[0]]), [[1, 'A1', 'The'], [2, 'B.2', 'The']]);
  });

  it('leaves words that only look like numerals alone: "Recommendation in full", "Conclusion civil"', () => {
    const r = parse(lines('Recommendation in full', '', 'Conclusion civil: the words of a heading.', '', 'Recommendations mix well.'));
    assert.equal(r.recommendations.length, 0);
    const whole = new RegExp(`^${SPELT_NUMBER}$`);
    for (const word of ['in', 'civil', 'mix', 'IIII', 'VV', 'IL', 'Iv', '']) assert.equal(whole.test(word), false, word);
    assert.deepEqual(['I', 'iv', 'IX', 'XL', 'XC', 'CXCIX', 'one', 'Twenty'].map((w) => [whole.test(w), numeralValue(w)]), [
      [true, 1], [true, 4], [true, 9], [true, 40], [true, 90], [true, 199], [true, 1], [true, 20],
    ]);
  });

  it('reads "Recommendation (a)" or "Recommendation (ii)" on a line of its own as a heading numbered by its place, named by its label', () => {
    const read = (text: string) => parse(text).recommendations.map((x) => [x.number, recLabel(x), x.shortTitle.split(' ').slice(0, 3).join(' '), x.paragraphs, x.responses.length]);
    const lettered = lines(
      'FOURTH SPECIAL REPORT', '',
      'Recommendation (a)', '', 'We recommend that the Department publish its assessment of the pilot.', '',
      'The Government accepts this recommendation.', '',
      'Recommendation (b) (paragraph 14)', '', 'We recommend that the Department consult on the scheme.', '',
      'The Government agrees.', '',
      'Recommendation (c)', '', 'We recommend that funding be guaranteed for three years.', '',
      'The Government does not accept this recommendation.',
    );
    const expected = [
      [1, '(a)', 'We recommend that', [], 1],
      [2, '(b)', 'We recommend that', [14], 1],
      [3, '(c)', 'We recommend that', [], 1],
    ];
    assert.deepEqual(read(lettered), expected);
    assert.deepEqual(read(lettered.split('\n').filter((l) => l.trim()).join('\n')), expected);
    assert.deepEqual(read(lettered.replace(/\((a|b|c)\)/g, (_, l: string) => `(${'i'.repeat(' abc'.indexOf(l))})`)).map((x) => x[1]), ['(i)', '(ii)', '(iii)']);
  });

  it('does not take "II" or "XIV" for an acronym, but keeps "CCC" and "CV"', () => {
    const found = findAcronyms(['Recommendation II and Recommendation XIV', 'The CCC asked for a CV.']).map((a) => a.base);
    assert.deepEqual(found, ['CCC', 'CV']);
  });
});
