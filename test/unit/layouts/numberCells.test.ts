// A table's number cell on a line of its own above each recommendation, as a PDF's table gives its cells one under
// another ("4" / "The Department should …" / "Accepted. …"): the recommendations' numbers.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { layoutSummary } from '../../../server/src/features/layouts';
import { lines } from '../../support/fixture';

const table = (numbers: readonly string[]) => lines(
  'Government response to the Public Accounts Committee: progress table', '',
  'No.', 'Recommendation', 'Response', '',
  numbers[0], 'The Department should publish a plan for reducing the backlog by March 2026.', 'Accepted. The plan will be published in February 2026.', '',
  numbers[1], 'The Department should report its progress to the Committee every six months.', 'Accepted. The first report will be sent in July 2026.', '',
  numbers[2], 'The Department should set up an independent review of the scheme.', 'Not accepted. The scheme is already reviewed by the National Audit Office.',
);

describe('layout: a number cell above each recommendation', () => {
  it('numbers each recommendation by the cell above it', () => {
    const r = parse(table(['4', '7', '9']));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length]), [[4, 1], [7, 1], [9, 1]]);
    assert.match(layoutSummary(r), /numbered by a table’s number cell/);
    // (Cells "4." or "R4" are a number's own line over its words, which the numbered rule reads.)
    assert.deepEqual(parse(table(['4.', '7.', '9.'])).recommendations.map((x) => x.number), [4, 7, 9]);
    assert.deepEqual(parse(table(['R4', 'R7', 'R9'])).recommendations.map((x) => x.number), [4, 7, 9]);
  });

  it('numbers them by order where a number stands above only some (a page number), or the numbers do not rise', () => {
    assert.deepEqual(parse(table(['12', '', ''])).recommendations.map((x) => x.number), [1, 2, 3]);
    assert.deepEqual(parse(table(['4', '9', '7'])).recommendations.map((x) => x.number), [1, 2, 3]);
  });
});
