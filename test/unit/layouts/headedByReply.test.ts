// A response that quotes each recommendation in a paragraph of its own, with no number and no citation, just before
// the "Government response" heading of its answer: the heading says what the paragraph before it was.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { lines } from '../../support/fixture';

describe('layout: recommendations with no number or citation, each before a response heading', () => {
  it('reads each paragraph before a "Government response" heading as a recommendation, numbered by its place', () => {
    const r = parse(lines(
      'Government response to the Women and Equalities Committee', '',
      'The Government thanks the Committee for its report.', '',
      '**The Government should publish an action plan on menopause in the workplace.**', '',
      'Government response', '', 'The Government accepts this recommendation.', '', 'An action plan will be published in the autumn.', '',
      '“The Government should make menopause a protected characteristic.”', '',
      'Government response', '', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.length]), [[1, 4], [2, 12]].map(([n, l]) => [n, l, 1]));
    assert.deepEqual(briefingRows(r, 'file:///w.txt').map((row) => row.inferredStance), ['accepted', 'rejected']);
    assert.ok(r.layouts.includes('headed-by-reply'));
  });

  it('leaves the title alone, and a paragraph before a heading where another layout found the recommendations', () => {
    const title = parse(lines('Government response to the Committee', '', 'Government response', '', 'We welcome the report.'));
    assert.equal(title.recommendations.length, 0);
    // A Special Report's introduction before the one heading over the response.
    const intro = parse(lines(
      'Second Special Report', '',
      'The Government’s response to the Committee’s report was received on 12 March 2003 and is printed below.', '',
      'Government Response', '', 'The Government welcomes the report and answers each recommendation below.',
    ));
    assert.equal(intro.recommendations.length, 0);
    const numbered = parse(lines(
      '1. The Department should act on the evidence. (Paragraph 3)', '',
      'Government response', '', 'Agreed.', '',
      'The Department has already begun this work with local authorities.', '',
      'Government response', '', 'We will report on it next year.',
    ));
    assert.deepEqual(numbered.recommendations.map((x) => x.number), [1]);
  });

  it('reads the words after a label with no number ("Recommendation: The Department should …"), the label not among them', () => {
    const r = parse(lines(
      'Government response to the Culture Committee', '',
      'Recommendation: The Department should publish a strategy for local museums.', '', 'Response: Accepted.', '',
      '**Recommendation:** The Department should fund free entry for children.', '', 'Response: Not accepted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [[1, 'The Department should publish a strategy for local museums.'], [2, 'The Department should fund free entry for children.']]);
  });

  it('reads labels that their bold or a space alone ends ("**Recommendation** The Department …", "Response Accepted."), not words that do not answer', () => {
    const text = lines(
      'Government response to the Culture Committee', '',
      '**Recommendation** The Department should publish a strategy for local museums.', '', '**Response** Accepted. It will follow.', '',
      '**Recommendation** The Department should fund free entry for children.', '', '**Government response** Not accepted.',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [[1, 'The Department should publish a strategy for local museums.'], [2, 'The Department should fund free entry for children.']]);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.response, x.inferredStance]), [['Accepted. It will follow.', 'accepted'], ['Not accepted.', 'rejected']]);
    // Not bold, as a PDF's text leaves a bold label: the same reading, the label not among the words.
    const plain = parse(text.replace(/\*\*/g, ''));
    assert.deepEqual(plain.recommendations.map((x) => [x.number, x.text]), [[1, 'The Department should publish a strategy for local museums.'], [2, 'The Department should fund free entry for children.']]);
    assert.deepEqual(briefingRows(plain, 'file:///t.txt').map((x) => [x.response, x.inferredStance]), [['Accepted. It will follow.', 'accepted'], ['Not accepted.', 'rejected']]);
    // "Response" followed by words that do not open as a reply does ("Response Team members …", "Response times …") is
    // words (here a reply of no heading's), where the label ended by a space reads as one.
    const words = parse(lines(
      '1. The Department should publish a strategy for local museums. (Paragraph 3)', '',
      'Response Team members will visit each museum.', '', 'Response Times Are Falling', '',
      'Government response The Government accepts this recommendation.',
    ));
    assert.deepEqual(words.paragraphs.map((x) => x.kind), ['recommendation', 'text', 'text', 'response-heading']);
    assert.deepEqual(words.responses.map((x) => [x.kind, x.range.start.line, x.headingTitle]), [['plain', 2, undefined], ['heading', 6, 'The Government accepts this recommendation.']]);
  });

  it('reads the words under a label alone on the line above them ("Recommendation:", "**Recommendation**", "RECOMMENDATION", "Recommendation –"), the label not among them', () => {
    for (const label of ['Recommendation:', '**Recommendation**', 'RECOMMENDATION', 'Recommendation –', 'Committee recommendation', 'Conclusion:', 'Our recommendation']) {
      const text = lines(
        'Government response to the Culture Committee', '',
        label, 'The Department should publish a strategy for local museums.', '', 'Response', 'Accepted.', '',
        label, 'The Department should fund free entry for children.', '', 'Response', 'Not accepted.',
      );
      const r = parse(text);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [[1, 'The Department should publish a strategy for local museums.'], [2, 'The Department should fund free entry for children.']], label);
      // With no reply headings, each reply a paragraph after its recommendation, the same.
      const plain = parse(text.replace(/\nResponse\n/g, '\n').replace('Accepted.', 'The Government agrees.').replace('Not accepted.', 'We do not accept this recommendation.'));
      assert.deepEqual(plain.recommendations.map((x) => x.text), ['The Department should publish a strategy for local museums.', 'The Department should fund free entry for children.'], label);
      // With no blank lines at all (the label starts a paragraph of its own: not the title's, nor the last reply's).
      const packed = parse(text.replace(/\n\n/g, '\n'));
      assert.deepEqual(packed.recommendations.map((x) => [x.number, x.text]), [[1, 'The Department should publish a strategy for local museums.'], [2, 'The Department should fund free entry for children.']], `${label}, no blank lines`);
    }
  });

  it('reads a list’s items each before a reply’s heading as the recommendations ("(i) The Welsh Government should …"), the mark not among the words', () => {
    const words = ['The Welsh Government should protect funding for libraries.', 'The Welsh Government should publish a national strategy.', 'The Welsh Government should legislate for library standards.'];
    for (const marks of [['(i)', '(ii)', '(iii)'], ['(a)', '(b)', '(c)'], ['i)', 'ii)', 'iii)'], ['-', '-', '-'], ['i.', 'ii.', 'iii.']]) {
      const r = parse(lines(
        'Response of the Welsh Government to the Culture Committee', '',
        'The Welsh Government thanks the Committee for its report.', '',
        `${marks[0]} ${words[0]}`, '', 'Response: Accept in principle', '', 'We will protect the libraries grant.', '',
        `${marks[1]} ${words[1]}`, '', 'Response: Accept', '', 'A strategy will be published in the autumn.', '',
        `${marks[2]} ${words[2]}`, '', 'Response: Reject', '', 'Standards are already set in law.',
      ));
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.range.start.line]), [[1, words[0], 4], [2, words[1], 10], [3, words[2], 16]], marks[0]);
      assert.deepEqual(briefingRows(r, 'file:///w.txt').map((x) => x.inferredStance), ['accepted', 'accepted', 'rejected'], marks[0]);
    }
  });

  it('reads words that open a list before a reply’s heading as the recommendation, its items among its words; a reply’s own list is not one', () => {
    const r = parse(lines(
      'Government response to the Women and Equalities Committee', '',
      'The Government should publish an action plan on menopause in the workplace.', '',
      'Government response', '', 'The Government accepts this recommendation.', '',
      'The Government should, within a year:', '', '- make menopause a protected characteristic;', '- consult on menopause leave.', '',
      'Government response', '', 'The Government does not accept this recommendation. We will instead:', '', '- Publish guidance for employers.', '',
      'The Government should fund research into menopause.', '',
      'Government response', '', 'The Government will consider this.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.range.end.line]), [[1, 2, 2], [2, 8, 11], [3, 19, 19]]);
    assert.match(r.recommendations[1].text, /^The Government should, within a year: - make menopause a protected characteristic; - consult on menopause leave\.$/);
    assert.deepEqual(briefingRows(r, 'file:///w.txt').map((x) => x.inferredStance), ['accepted', 'rejected', 'under-consideration']);
  });
});
