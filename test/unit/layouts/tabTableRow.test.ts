// Layout: a table whose cells tabs part, one recommendation a row, as a table copied out of a web page or a Word file
// saved as text gives it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, String(r.paragraphs), r.response.split('. ')[0], r.inferredStance]);
/** The text as written, with CRLF, and with a blank line after every line. */
const copies = (text: string) => [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\n\n')];

describe('layout: tables whose cells tabs part', () => {
  const numbered = lines(
    'Government response to the Transport Committee', '',
    'No.\tRecommendation\tResponse',
    '1\tThe Department should publish a plan for rural buses.\tAccepted. The plan will be published in June 2025.',
    '2\tThe Department should fund rural routes for ten years. (Paragraph 18)\tNot accepted. Funding is set at each spending review.',
    '3\tThe Department should report on fares every year.\tPartially accepted. We will report every two years.',
    '4\tThe Department should update the Committee in a year.\t',
  );

  it('reads each row as a recommendation, numbered by its first cell, the cells after its words its response with their decision', () => {
    for (const text of copies(numbered)) {
      assert.deepEqual(rows(text), [
        [1, '', 'Accepted', 'accepted'],
        [2, '18', 'Not accepted', 'rejected'],
        [3, '', 'Partially accepted', 'accepted-in-part'],
        [4, '', '', 'no-response'],
      ]);
    }
    // Text below the table is not the last row's reply: its empty cell leaves it unanswered.
    for (const text of copies(`${numbered}\n\nThe Department thanks the Committee for its report.\n`)) assert.deepEqual(rows(text).at(-1), [4, '', '', 'no-response']);
    const r = parse(numbered);
    assert.equal(r.recommendations[0].text, 'The Department should publish a plan for rural buses.');
    assert.ok(r.layouts.includes('tab-table-row'));
    // The header row names no part of the outline: the recommendations' part keeps its own name.
    assert.deepEqual(r.sections.map((s) => s.title), ['Government response to the Transport Committee', 'Recommendations and responses']);
  });

  it('reads the number under a "Paragraph" column as the paragraph cited, the rows numbered by place, also after an edit to the header', () => {
    const text = lines(
      'Scottish Government response', '',
      'Paragraph\tCommittee recommendation\tScottish Government response',
      '45\tThe Committee recommends that the Government publishes a workforce plan.\tThe Scottish Government accepts this recommendation.',
      '52\tThe Committee asks the Government to set out how it will monitor waiting times.\tWe will report every six months.',
      '60\tThe Committee calls for more funding for unpaid carers.\t',
    );
    const read = (t: string) => parse(t).recommendations.map((x) => [x.number, x.paragraphs, x.responses.length > 0]);
    for (const copy of copies(text)) assert.deepEqual(read(copy), [[1, [45], true], [2, [52], true], [3, [60], false]]);
    assert.deepEqual(read(text.replace('Paragraph\t', 'Para no.\t')).map((r) => r[0]), [1, 2, 3]);
    assert.deepEqual(read(text.replace('Paragraph\t', 'No.\t')), [[45, [], true], [52, [], true], [60, [], false]]);
    for (const header of ['Paragraxph\tCommittee recommendation\tScottish Government response', 'No.\tCommittee recommendation\tScottish Government response']) {
      const edited = text.replace('Paragraph\tCommittee recommendation\tScottish Government response', header);
      assert.deepEqual(parse(edited, { previous: parse(text) }), parse(edited));
    }
  });

  it('reads a paragraph\'s column after the words, or a paragraph\'s cell after the number, as the citation, not the reply', () => {
    const after = lines(
      'No.\tRecommendation\tPara\tResponse',
      '1\tThe Department should publish a workforce plan for social care.\t45\tAccepted. The plan will be published in the autumn.',
      '2\tThe Treasury should increase funding for unpaid carers.\t60\tNot accepted.',
    );
    assert.deepEqual(rows(after), [[1, '45', 'Accepted', 'accepted'], [2, '60', 'Not accepted.', 'rejected']]);
    const between = lines(
      '1\t45\tThe Department should publish a workforce plan for social care.\tAccepted. The plan will be published in the autumn.',
      '2\t60\tThe Treasury should increase funding for unpaid carers.\tNot accepted.',
    );
    assert.deepEqual(rows(between), [[1, '45', 'Accepted', 'accepted'], [2, '60', 'Not accepted.', 'rejected']]);
  });

  it('reads a table with no numbers, each row whose words recommend numbered by its place, and a labelled row to its cell\'s tab', () => {
    const text = lines(
      'Scottish Government response', '',
      'Committee recommendation\tScottish Government response',
      'The Scottish Government should publish a plan for rural GP recruitment.\tThe Scottish Government accepts this recommendation.',
      'NHS boards should report vacancy rates every quarter.\tWe agree and will ask boards to do so from April.',
      'The Scottish Government should review the rural practice allowance.\t',
    );
    for (const copy of copies(text)) assert.deepEqual(rows(copy), [[1, '', 'The Scottish Government accepts this recommendation.', 'accepted'], [2, '', 'We agree and will ask boards to do so from April.', 'accepted'], [3, '', '', 'no-response']]);
    const labelled = parse(lines('Recommendation\tResponse\tExplanation', 'Recommendation 1. The Welsh Government should publish a plan.\tAccept\tA plan will follow.', 'Recommendation 2. The Welsh Government should fund care.\tReject\tPay is for employers.'));
    assert.deepEqual(briefingRows(labelled, 'file:///t.txt').map((r) => [r.number, r.inferredStance]), [[1, 'accepted'], [2, 'rejected']]);
    assert.equal(labelled.recommendations[0].text, 'The Welsh Government should publish a plan.');
    // A line a wrap carried over, its tab after the citation, goes on with the recommendation it belongs to.
    const wrapped = parse(lines('Recommendation\tGovernment response', '1. The Department should publish a workforce plan for the', 'NHS by the end of 2024. (Paragraph 30)\tAccepted. The plan was published.'));
    assert.deepEqual(wrapped.recommendations.map((r) => [r.number, r.paragraphs, r.text.split(' ').slice(0, 3).join(' ')]), [[1, [30], 'The Department should']]);
  });

  it('reads every row under a header that names the recommendations\' column as one, a conclusion too; not a theme\'s row', () => {
    const text = lines(
      'Scottish Government response', '',
      'Committee recommendation\tScottish Government response',
      'The Committee is concerned that patients in rural areas wait longer.\tThe Scottish Government shares this concern.',
      'Rural access\t',
      'Digital consultations have improved access for many patients.\tNoted.',
      'The Scottish Government should publish waiting times.\tWe agree.',
    );
    for (const copy of copies(text)) assert.deepEqual(rows(copy), [[1, '', 'The Scottish Government shares this concern.', 'unclear'], [2, '', 'Noted.', 'noted'], [3, '', 'We agree.', 'accepted']]);
    // A line a tab indents is no row.
    assert.equal(parse(lines('Recommendation\tResponse', '\tThe Committee is concerned that rural areas wait.\tA worry.')).recommendations.length, 0);
  });

  it('reads a tracker whose words\' cell opens with the number ("1. HMRC should …"), its reply from the first cell after a target date', () => {
    const text = lines(
      'Treasury Minutes progress report', '',
      'Recommendation\tTarget date\tStatus\tUpdate',
      '1. HMRC should publish its plan for reducing call waiting times.\tJune 2026\tImplemented\tThe plan was published in May 2026.',
      '2. HMRC should report on the cost of errors in tax credits.\tN/A\tUnder consideration\tHMRC will decide by the summer.',
      '3. HMRC should review its approach to debt collection.\tMarch 2027\tNot accepted\tHMRC considers its approach proportionate.',
    );
    for (const t of copies(text)) {
      assert.deepEqual(rows(t), [
        [1, '', 'Implemented The plan was published in May 2026.', 'accepted'],
        [2, '', 'Under consideration HMRC will decide by the summer.', 'under-consideration'],
        [3, '', 'Not accepted HMRC considers its approach proportionate.', 'rejected'],
      ]);
    }
  });

  it('leaves alone a numbered paragraph with a tab after its number, a summary of statuses, and rows of a few words', () => {
    const r = parse(lines('1.\tThe Department should publish a plan. (Paragraph 3)', '', 'The Government accepts this recommendation.'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text]), [[1, 'The Department should publish a plan. (Paragraph 3)']]);
    assert.ok(!r.layouts.includes('tab-table-row'));
    const summary = parse(lines(
      'Summary of responses', '',
      'Recommendation\tParagraph\tResponse', '1\t12\tAccepted', '2\t18\tNot accepted', '',
      'Recommendation 1: The Department should publish a national plan for dementia care. (Paragraph 12)', '',
      'The Government accepts this recommendation.', '',
      'Recommendation 2: The Department should make dementia care free. (Paragraph 18)', '',
      'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(summary.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]], [2, [18]]]);
    assert.deepEqual(briefingRows(summary, 'file:///t.txt').map((x) => x.inferredStance), ['accepted', 'rejected']);
    assert.equal(parse(lines('Date\tVenue\tTime', '12\tLeeds\t10am')).recommendations.length, 0);
  });
});
