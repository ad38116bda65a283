// Layout: recommendations with no number, citation, label or marks, each a paragraph with its reply after it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseWords, stances } from '../../../server/src/features/stance';
import { copies, lines } from '../../support/fixture';

describe('layout: plain recommendations, each answered in the paragraphs after it', () => {
  const text = lines(
    'Government response to the Committee\'s report on rural broadband', '',
    'The Government thanks the Committee for its report. Our response to each recommendation follows.', '',
    'The Government should set a target date for full-fibre coverage in rural areas.', '',
    'The Government agrees that a clear target is important. We will publish a date in the spring.', '',
    'Ofcom should review the universal service obligation.', '',
    'Ofcom has agreed to carry out a review and will report by the end of 2026.', '',
    'It will consult providers first, as they should be heard.', '',
    'The Department should publish an annual progress report on rural connectivity.', '',
    'We do not accept this recommendation. Progress is already reported every quarter.',
  );

  it('reads each as a recommendation numbered by its place, answered by the paragraphs after it, in every copy with blank lines', () => {
    for (const [copy, t] of copies(text).filter(([name]) => name !== 'with no blank lines')) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.split(' ').slice(0, 3).join(' ')]), [[1, 'The Government should'], [2, 'Ofcom should review'], [3, 'The Department should']], copy);
      assert.deepEqual(stances(r).map((s) => s.inferred.stance), ['accepted', 'accepted', 'rejected'], copy);
      assert.match(responseWords(r, 1), /^\s*Ofcom has agreed .* as they should be heard\.$/, copy);
    }
  });

  it('reads a number that opens the words with no stop, bare or in square brackets, as the recommendation\'s', () => {
    for (const [open, close] of [['', ' '], ['[', '] '], ['', '   ']]) {
      const numbered = text
        .replace('The Government should set', `${open}4${close}The Government should set`)
        .replace('Ofcom should review', `${open}7${close}Ofcom should review`)
        .replace('The Department should publish', `${open}9${close}The Department should publish`);
      const r = parse(numbered);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.split(' ').slice(0, 3).join(' ')]), [[4, 'The Government should'], [7, 'Ofcom should review'], [9, 'The Department should']], open + close);
    }
  });

  it('reads nothing so where only one pair stands, or where another layout found the recommendations', () => {
    const one = parse(lines('Government response', '', 'The Government should set a target date for full-fibre coverage.', '', 'The Government agrees.'));
    assert.deepEqual(one.recommendations.length, 0);
    const numbered = parse(lines(
      '1. The Government should set a target date for coverage. (Paragraph 4)', '', 'We agree.', '',
      'Local authorities should also plan their own networks now.', '', 'We will write to them.', '',
      'Providers should share their data with councils.', '', 'We will ask them to.',
    ));
    assert.deepEqual(numbered.recommendations.map((x) => x.number), [1]);
  });
});
