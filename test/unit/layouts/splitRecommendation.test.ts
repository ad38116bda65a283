// A numbered recommendation a blank line split: its number on the first paragraph, its citation at the end of the
// last ("1. The Department has not …" / "It should publish … (Paragraph 14)"), as a page break at a sentence's end
// leaves it in a PDF's text.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { lines } from '../../support/fixture';

const read = (text: string) => {
  const r = parse(text);
  return r.recommendations.map((x, i) => [x.number, x.paragraphs, r.responses[r.groups[x.group].responses[0]] ? responseBodyText(r, r.groups[x.group].responses[0]).slice(0, 20) : '', i]);
};

describe('layout: a numbered recommendation split over paragraphs', () => {
  const paper = lines(
    'Government Response to the Public Accounts Committee', '',
    '1. The Department has not yet set out how it will measure value for money.', '',
    'It should publish a benefits realisation plan before the next spending review. (Paragraph 14)', '',
    'The Government agrees with the Committee. A plan will be published in March.', '',
    '2. Local authorities lack the data they need. The Department should publish it each year. (Paragraph 21)', '',
    'The Government partially agrees.', '',
    '3. The Department should report back to the Committee within twelve months.', '',
    'Its report should cover each of the programme\'s milestones.', '',
    'It should include an assessment of progress against each one. (Paragraph 30)', '',
    'The Government agrees and will write to the Committee by December.',
  );

  it('reads one recommendation from its number to its citation, over two paragraphs or three', () => {
    assert.deepEqual(read(paper), [
      [1, [14], 'The Government agree', 0],
      [2, [21], 'The Government parti', 1],
      [3, [30], 'The Government agree', 2],
    ]);
    const r = parse(paper);
    assert.match(r.recommendations[0].text, /^The Department has not yet set out .* spending review\. \(Paragraph 14\)$/);
  });

  it('reads it so with CRLF and hard-wrapped', () => {
    const expected = read(paper).map((x) => x.slice(0, 2));
    assert.deepEqual(read(paper.replace(/\n/g, '\r\n')).map((x) => x.slice(0, 2)), expected);
    const wrapped = paper.split('\n').flatMap((l) => (l.length > 50 ? [l.slice(0, l.lastIndexOf(' ', 50)), l.slice(l.lastIndexOf(' ', 50) + 1)] : [l]));
    assert.deepEqual(read(wrapped.join('\n')).map((x) => x.slice(0, 2)), expected);
  });

  it('reads a first paragraph that welcomes or notes as the Committee\'s where the number carries on from a cited one', () => {
    const text = lines(
      '1. Attendance has not recovered. The Department should set a target for absence. (Paragraph 22)', '',
      'The Government does not agree that a national target is the right approach.', '',
      '7. We welcome the attendance mentors pilot.', '',
      'It should be extended to every local authority with high absence. (Paragraph 30)', '',
      'We will consider extending the pilot once the evaluation reports.',
    );
    // (A number that does not carry on from the one before, as here, leaves the paragraph the reply's.)
    assert.deepEqual(read(text).map((x) => x.slice(0, 3)), [[1, [22], 'The Government does '], [2, [30], 'We will consider ext']]);
    const on = parse(text.replace('7. We welcome', '2. We welcome'));
    assert.deepEqual(on.recommendations.map((x) => [x.number, x.text]), [
      [1, 'Attendance has not recovered. The Department should set a target for absence. (Paragraph 22)'],
      [2, 'We welcome the attendance mentors pilot. It should be extended to every local authority with high absence. (Paragraph 30)'],
    ]);
  });

  it('leaves a Government\'s numbered paragraphs in the reply, before a recommendation with no number', () => {
    const text = lines(
      'Government response to the Committee', '',
      'The Committee should publish its evidence in full. (Paragraph 10)', '',
      '1. The Government agrees that evidence should be published.', '',
      '2. Further work is under way with the devolved administrations on the timetable.', '',
      'The Department should set up an expert panel. (Paragraph 12)', '',
      '3. Work on a panel is under way with the devolved administrations.', '',
      'The Department should fund the panel for three years. (Paragraph 15)', '',
      '4. The Government does not accept this recommendation.',
    );
    assert.deepEqual(read(text).map((x) => x.slice(0, 2)), [[1, [10]], [2, [12]], [3, [15]]]);
  });

  it('leaves the words after a numbered section\'s title to themselves ("2. Response to the Committee\'s recommendations", a theme\'s title under it or none)', () => {
    const paper = (theme: string[]) => lines(
      'Government Response to the Transport Committee', '',
      '1. Introduction', '', '1.1 The Government welcomes the Committee\'s report.', '',
      '2. Response to the Committee\'s recommendations', '', ...theme,
      'The Government should set out a threshold for how safe self-driving vehicles must be. (Paragraph 34)', '',
      '2.1 The Government agrees that the standard must be clear.', '',
      'The Government should make misleading marketing an offence. (Paragraph 48)', '',
      '2.2 The Act already creates such an offence.',
    );
    for (const theme of [[], ['Safety standard', '']]) {
      assert.deepEqual(read(paper(theme)), [[1, [34], 'The Government agree', 0], [2, [48], 'The Act already crea', 1]], theme.join());
      // With no blank lines, the section's title is a line of its own all the same.
      assert.deepEqual(read(paper(theme).replace(/\n\n/g, '\n')), [[1, [34], 'The Government agree', 0], [2, [48], 'The Act already crea', 1]], `${theme.join()}, no blank lines`);
    }
    // A chapter's numbered title over a theme's: neither is the words' (a title between is no prose the number's words go on with).
    assert.deepEqual(read(paper(['Safety standard', '']).replace("2. Response to the Committee's recommendations", '2. Vehicles')), [[1, [34], 'The Government agree', 0], [2, [48], 'The Act already crea', 1]]);
    // A numbered title of one recommendation's theme is still its number ("1. Processing times" over its words).
    const titled = parse(lines('1. Processing times', '', 'The Home Office should publish a target for deciding claims. (Paragraph 18)', '', 'Response', '', 'Accepted.'));
    assert.deepEqual(titled.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [18]]]);
  });
});
