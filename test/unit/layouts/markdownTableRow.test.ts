// Layout: a Markdown table with one recommendation a row, the decision in the cell after it.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { responseWords } from '../../../server/src/features/stance';
import { outlineText } from '../../../server/src/features/outlineText';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.md').map((r) => [r.number, r.response.split('. ')[0], r.inferredStance]);

describe('layout: Markdown table rows', () => {
  const table = lines(
    '# Written Response by the Welsh Government', '',
    '| Recommendation | Response | Explanation | Financial implications |',
    '| --- | --- | --- | --- |',
    '| **Recommendation 1.** The Welsh Government should set a national target. | Accept | We will set a national ambition. | None. |',
    '| **Recommendation 2.** The Welsh Government should publish data for each school. | Accept in principle | Data for secondary schools is published. | None. |',
    '| Recommendation 3: The Welsh Government should fund an officer for every cluster. | **Reject** | Local authorities are responsible. | None. |',
    '| 4. The Welsh Government should update the Committee in a year. |  |  |  |',
  );

  it('reads each row as a recommendation, and the cells after the first as its response with its decision', () => {
    assert.deepEqual(rows(table), [[1, 'Accept', 'accepted'], [2, 'Accept in principle', 'accepted'], [3, 'Reject', 'rejected'], [4, '', 'no-response']]);
    const r = parse(table);
    assert.equal(r.recommendations[0].text, 'The Welsh Government should set a national target.');
    assert.equal(r.recommendations[2].shortTitle, 'The Welsh Government should fund an officer for…');
    assert.ok(r.layouts.includes('markdown-table-row'));
  });

  it('numbers by its place a row with no number and no citation whose words recommend, also past an empty number\'s cell', () => {
    const text = lines(
      '| Committee recommendation | Scottish Government response |', '| --- | --- |',
      '| The Scottish Government should publish a plan for rural GP recruitment. | The Scottish Government accepts this recommendation. |',
      '|  | NHS boards should report vacancy rates every quarter. | We agree. |',
      '| Rural practices face high vacancy rates. | We note this conclusion. |',
    );
    assert.deepEqual(rows(text), [[1, 'The Scottish Government accepts this recommendation.', 'accepted'], [2, 'We agree', 'accepted']]);
  });

  it('reads every row under a header that names the recommendations\' column as one, a conclusion too; not a theme\'s row or the header again', () => {
    const text = lines(
      '# Scottish Government response', '',
      '| Committee recommendation or conclusion | Scottish Government response |', '| --- | --- |',
      '| The Committee is concerned that patients in rural areas wait longer for appointments. | The Scottish Government shares this concern. |',
      '| The Scottish Government should publish waiting times. | We agree. We will publish them. |',
      '| Rural access | |',
      '| Committee recommendation or conclusion | Scottish Government response |',
      '| Digital consultations have improved access for many patients. | Noted. |',
      '| Health boards should report on the use of locums. | |',
    );
    for (const copy of [text, text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\n\n')]) {
      assert.deepEqual(rows(copy), [[1, 'The Scottish Government shares this concern.', 'unclear'], [2, 'We agree', 'accepted'], [3, 'Noted.', 'noted'], [4, '', 'no-response']]);
    }
    const r = parse(text);
    assert.equal(r.recommendations[0].text, 'The Committee is concerned that patients in rural areas wait longer for appointments.');
    assert.equal(r.recommendations[2].text, 'Digital consultations have improved access for many patients.');
    // A table whose header names no such column (figures, a glossary) keeps its rows as text.
    assert.equal(parse(lines('| Term | Meaning |', '| --- | --- |', '| The Committee is concerned that rural areas wait. | A worry. |')).recommendations.length, 0);
  });

  it('shows a theme\'s row across the table as a heading over the rows after it, and each row\'s reply in the outline without the table\'s bars', () => {
    const r = parse(lines(
      '# Scottish Government response', '',
      '| Committee recommendation or conclusion | Scottish Government response | Timescale |', '| --- | --- | --- |',
      '| Waiting times | | |',
      '| The Scottish Government should publish waiting times. | We agree. | From April. |',
      '| Rural access | | |',
      '| The Committee is concerned that rural patients wait longer. | Noted. | |',
    ));
    const text = outlineText(r);
    assert.match(text, /\n {2}1\. The Scottish Government should publish waiting times.*\(Response: We agree\. — From April\.\)\n/);
    assert.match(text, /\nRural access \(line 7\)\n {2}2\. The Committee is concerned that rural patients.*\(Response: Noted\)\n/);
    // A document that opens with its table is not titled by the header row.
    assert.doesNotMatch(outlineText(parse(lines('| No. | Recommendation | Response |', '| --- | --- | --- |', '| 1 | The Department should act. | Agreed. |'))), /\| No\./);
  });

  it('leaves a row with empty reply cells unanswered whatever text stands below the table; a row a wrap cut keeps its reply from the next line', () => {
    assert.deepEqual(rows(`${table}\n\nThe Welsh Government thanks the Committee for its work.\n`).at(-1), [4, '', 'no-response']);
    // Nor is it the reply of a last row that has one.
    const answered = parse(lines('| Recommendation | Response |', '| --- | --- |', '| 1. The Department should publish the data. | Accepted. |', '', 'Annex A: Glossary'));
    assert.equal(responseWords(answered, 0).trim(), 'Accepted.');
    const wrapped = lines('| Recommendation | Response |', '| --- | --- |', '| 1. The Department should publish the data every year. (Paragraph 12) |', 'Accepted. The data is published. |');
    assert.deepEqual(rows(wrapped), [[1, 'Accepted', 'accepted']]);
  });

  it('leaves a row unanswered whose cell under the Government\'s response is empty, whatever a committee\'s column after it says', () => {
    const tracker = lines(
      '| Rec no. | Recommendation | Government response (July 2025) | Progress (December 2026) |',
      '|---|---|---|---|',
      '| 1 | Ofwat should publish each company\'s spending every year. (Paragraph 24) | Accepted. Ofwat will publish the figures. | Completed. |',
      '| 2 | The Environment Agency should increase unannounced inspections. (Paragraph 31) | | Not answered in the response. |',
    );
    assert.deepEqual(rows(tracker), [[1, 'Accepted', 'accepted'], [2, '', 'no-response']]);
    // A reply in a later column under no such header is the reply (a tracker's "| Rec | Target date | Status |").
    const status = lines('| Recommendation | Target date | Status |', '| --- | --- | --- |', '| 1. The Department should publish the data. | | Accepted |');
    assert.deepEqual(rows(status), [[1, 'Accepted', 'accepted']]);
  });

  it('ends the reply before a column the header names the Committee\'s own ("Committee comment"), whose words are not the Government\'s', () => {
    const r = parse(lines(
      '| No. | Recommendation | Government response | Committee comment |', '|---|---|---|---|',
      '| 1 | The Department should fund a support team in every school. | The Department will consider this. | Accepted, we hope. |',
      '| 2 | NHS England should publish waiting times. | Accepted. Data is published monthly. | We welcome this. |',
      '| 3 | The Department should review the guidance. | | We regret the silence. |',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.md').map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'The Department will consider this.', 'under-consideration'],
      [2, 'Accepted. Data is published monthly.', 'accepted'],
      [3, '', 'no-response'],
    ]);
  });

  it('reads the reply\'s cells one after another as sentences, and a cell\'s own line breaks ("<br>") as spaces', () => {
    const r = parse(lines(
      '| No. | Recommendation | Response | Detail | Timescale |', '| --- | --- | --- | --- | --- |',
      '| 1 | The Home Office should publish data each quarter. (Paragraph 14) | Accepted | Data will be published.<br><br>It will cover every route. | April 2025 |',
      '| 2 | The Home Office should end the use of hotels. (Paragraph 22) | Not accepted. | Hotels remain necessary. |  |',
    ));
    assert.deepEqual(r.recommendations.map((_, i) => responseWords(r, i).trim()), [
      'Accepted. Data will be published. It will cover every route. April 2025',
      'Not accepted. Hotels remain necessary.',
    ]);
    // …and in the recommendation's own cell.
    const words = parse(lines('| No. | Recommendation | Response |', '| --- | --- | --- |', '| 1 | The Welsh Government should publish a strategy.<br>It should include targets.<br/>And dates. | Accept |'));
    assert.equal(words.recommendations[0].text, 'The Welsh Government should publish a strategy. It should include targets. And dates.');
    assert.equal(words.recommendations[0].shortTitle, 'The Welsh Government should publish a strategy. It…');
  });

  it('numbers by its place a row whose first cell cites a paragraph but has no number, and leaves the header rows alone', () => {
    const r = parse(lines('| Recommendation | Response |', '| --- | --- |', '| The Department should act (Paragraph 12) | Agreed |', '| The Department should report (Paragraph 15) | Noted |'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [12]], [2, [15]]]);
    assert.deepEqual(rows(lines('| Recommendation | Response |', '| --- | --- |', '| The Department should act (Paragraph 12) | Agreed |')), [[1, 'Agreed', 'accepted']]);
  });

  it('reads a number in a cell of its own, the recommendation in the next, and leaves a summary of statuses alone', () => {
    const r = parse(lines(
      '| No. | Recommendation | Government response |', '| --- | --- | --- |',
      '| 1 | The Department should simplify fares. (Paragraph 21) | Accepted. The Department will publish a structure in 2026. |',
      '| 2 | The Department should cap rises at inflation. (Paragraph 30) | Not accepted. Fares are set by operators. |',
      '| 3 | The Department should publish closure data. (Paragraph 35) |  |',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.paragraphs]), [
      [1, 'The Department should simplify fares. (Paragraph 21)', [21]],
      [2, 'The Department should cap rises at inflation. (Paragraph 30)', [30]],
      [3, 'The Department should publish closure data. (Paragraph 35)', [35]],
    ]);
    assert.deepEqual(rows(lines('| No. | Recommendation | Response |', '| --- | --- | --- |', '| 1 | The Department should act. (Paragraph 21) | Agreed. |', '| 2 | The Department should pay. (Paragraph 30) |  |')), [[1, 'Agreed.', 'accepted'], [2, '', 'no-response']]);
    // A summary at the front: each number with its status, never a recommendation.
    assert.equal(parse(lines('| Recommendation | Status |', '| --- | --- |', '| 1 | Accepted |', '| 2 | Not accepted |')).recommendations.length, 0);
  });

  it('decides by a progress table\'s status what was done, and leaves what says nothing of a decision unclear', () => {
    const status = (cell: string) => rows(lines('| No. | Recommendation | Status |', '| --- | --- | --- |', `| 1 | The Department should act. (Paragraph 12) | ${cell} |`))[0][2];
    assert.deepEqual(['Implemented', 'Partially implemented', 'Complete', 'Completed', 'Not implemented', 'Ongoing', 'Superseded'].map(status), [
      'accepted', 'accepted-in-part', 'accepted', 'accepted', 'unclear', 'unclear', 'unclear',
    ]);
  });

  it('reads rows with no bar before their first cell (a number alone in it), and leaves a status summary and prose alone', () => {
    const r = parse(lines(
      'No. | Recommendation | Government response | Status',
      '1 | The Department should publish a strategy. (Paragraph 12) | Accepted. It will be published in the spring. | In progress',
      '2 | The Department should fund a campaign. (Paragraph 24) | Not accepted. | Closed',
      '3 | The Department should review the penalties. (Paragraph 19) |  |',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.paragraphs]), [
      [1, 'The Department should publish a strategy. (Paragraph 12)', [12]],
      [2, 'The Department should fund a campaign. (Paragraph 24)', [24]],
      [3, 'The Department should review the penalties. (Paragraph 19)', [19]],
    ]);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.inferredStance]), [[1, 'accepted'], [2, 'rejected'], [3, 'no-response']]);
    assert.equal(parse(lines('1 | Accepted |', '2 | Not accepted |')).recommendations.length, 0);
    assert.equal(parse(lines('2024 | a good year for the scheme, as the figures show.')).recommendations.length, 0);
  });
  it('reads the words from the column the header names the recommendations\', after others ("| Report | Recommendation | … |")', () => {
    const text = lines(
      '# Treasury Minutes progress report', '',
      '| Report | Recommendation | Target date | Status | Update |', '|---|---|---|---|---|',
      '| 12th report: Child maintenance (HC 123) | 1. The Department should set out how it will reduce arrears. | December 2025 | Implemented | The strategy was published in October 2025. |',
      '| 12th report: Child maintenance (HC 123) | 2. The Department should improve its telephone service. | March 2026 | Work in progress | Waiting times have fallen. |',
      '| 15th report: Prison estate | 1. The Ministry should publish a plan for the prison estate. (Paragraph 14) | Summer 2026 | Not accepted | |',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text, x.citations.map((c) => c.paragraph)]), [
      [1, 'The Department should set out how it will reduce arrears.', []],
      [2, 'The Department should improve its telephone service.', []],
      [3, 'The Ministry should publish a plan for the prison estate. (Paragraph 14)', [14]],
    ]);
    assert.deepEqual(briefingRows(r, 'file:///t.md').map((x) => [x.number, x.inferredStance]), [[1, 'accepted'], [2, 'unclear'], [3, 'rejected']]);
  });

  it('reads a cell holding the cited paragraph alone, between the number and the words, as the citation', () => {
    const r = parse(lines(
      '| No. | Para | Recommendation | Government response | Status |',
      '|---|---|---|---|---|',
      '| 1 | 12 | The Department should publish a plan to reduce agency costs. | Accepted. A plan was published in May. | Complete |',
      '| 2 | Paras 18-19 | The Department should report annually on vacancy rates. | Not accepted. | Closed |',
      '3 | 25 | The Department should abolish the cap on bursaries. | Accepted in part. | Open',
      // A year in that column is a date, not a paragraph: the words start there.
      '| 4 | 2024 | The Department should review the bursaries. | Noted. | Open |',
    ));
    assert.deepEqual(r.recommendations.slice(0, 3).map((x) => [x.number, x.shortTitle, x.paragraphs]), [
      [1, 'The Department should publish a plan to reduce…', [12]],
      [2, 'The Department should report annually on vacancy rates', [18, 19]],
      [3, 'The Department should abolish the cap on bursaries', [25]],
    ]);
    assert.deepEqual([r.recommendations[3].number, r.recommendations[3].paragraphs], [4, []]);
    assert.deepEqual(briefingRows(r, 'file:///t.txt').slice(0, 3).map((x) => [x.number, x.inferredStance]), [[1, 'accepted'], [2, 'rejected'], [3, 'accepted-in-part']]);
    // The citation is where the cell's number stands.
    assert.deepEqual(r.recommendations[0].citations.map((c) => [c.paragraph, c.range.start.character, c.range.end.character]), [[12, 6, 8]]);
  });

  it('reads the number under a "Paragraph" column as the paragraph cited, the rows numbered by their place, also after an edit to the header', () => {
    const text = lines(
      'Scottish Government response to the report', '',
      '| Paragraph | Committee recommendation | Scottish Government response |',
      '| --- | --- | --- |',
      '| 45 | The Committee recommends that the Government publishes a workforce plan. | The Scottish Government accepts this recommendation. |',
      '| 52 | The Committee asks the Government to set out how it will monitor waiting times. | We will report every six months. |',
      '| 60 | The Committee calls for more funding for unpaid carers. | |',
    );
    const read = (t: string) => parse(t).recommendations.map((x) => [x.number, x.label, x.paragraphs, x.responses.length > 0]);
    assert.deepEqual(read(text), [[1, '1', [45], true], [2, '2', [52], true], [3, '3', [60], false]]);
    assert.deepEqual(parse(text).recommendations[1].citations.map((c) => [c.paragraph, c.range.start.character, c.range.end.character]), [[52, 2, 4]]);
    // "Para no." too; under a "No." column the number is the recommendation's own.
    assert.deepEqual(read(text.replace('| Paragraph |', '| Para no. |')).map((r) => r[0]), [1, 2, 3]);
    assert.deepEqual(read(text.replace('| Paragraph |', '| No. |')), [[45, '45', [], true], [52, '52', [], true], [60, '60', [], false]]);
    // Typed into the header, the rows are read as a fresh parse reads them.
    for (const header of ['| Paragraxph | Committee recommendation | Scottish Government response |', '| No. | Committee recommendation | Scottish Government response |']) {
      const edited = text.replace('| Paragraph | Committee recommendation | Scottish Government response |', header);
      assert.deepEqual(parse(edited, { previous: parse(text) }), parse(edited));
    }
  });

  it('leaves a summary of statuses with the paragraph in a cell of its own alone, the recommendations given after it', () => {
    const summary = (first: string, row: (n: number, para: number, status: string) => string) => parse(lines(
      'Annex A: Summary of Government responses', '',
      first,
      row(1, 12, 'Accepted'), row(2, 18, 'Partially accepted'), row(3, 25, 'Not accepted'), '',
      'Recommendation 1: The Department should publish a national plan for dementia care. (Paragraph 12)', '',
      'The Government accepts this recommendation.', '',
      'Recommendation 2: The Department should fund a dementia adviser for every practice. (Paragraph 18)', '',
      'The Government partially accepts this recommendation.', '',
      'Recommendation 3: The Department should make dementia care free. (Paragraph 25)', '',
      'The Government does not accept this recommendation.',
    ));
    for (const r of [
      summary('Recommendation | Paragraph | Response', (n, para, status) => `${n} | ${para} | ${status}`),
      summary('| Recommendation | Paragraph | Response |\n| --- | --- | --- |', (n, para, status) => `| ${n} | ${para} | ${status} |`),
    ]) {
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.shortTitle.slice(0, 14)]), [[1, [12], 'The Department'], [2, [18], 'The Department'], [3, [25], 'The Department']]);
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => x.inferredStance), ['accepted', 'accepted-in-part', 'rejected']);
    }
  });
  it('reads the decision of a status cell after the reply\'s words ("| … | A plan will follow. | Accepted |"), in a Markdown table, a tab-parted one and bar-parted rows', () => {
    const markdown = lines(
      '| No. | Recommendation | Government response | Status |', '| --- | --- | --- | --- |',
      '| 1 | The Department should publish a plan for rural buses. | A plan will be published in the spring. | Accepted |',
      '| 2 | The Department should review fares for young people. | Fares are set by operators. | Not accepted |',
      '| 3 | The Department should consult on the network. | The Department will write to councils. | None |',
    );
    const tabs = lines('No.\tRecommendation\tResponse\tStatus', '1\tThe Department should publish a plan for rural buses.\tA plan will follow.\tAccepted', '2\tThe Department should fund rural routes.\tFunding is set at each review.\tNot accepted');
    const bars = lines('Government response', '', '1. The Department should publish a plan for rural buses. | A plan will follow. | Accepted', '2. The Department should fund rural routes. | Funding is set at each review. | Not accepted');
    assert.deepEqual(briefingRows(parse(markdown), 'file:///t.md').map((x) => x.inferredStance), ['accepted', 'rejected', 'unclear']);
    for (const text of [tabs, bars]) assert.deepEqual(briefingRows(parse(text), 'file:///t.txt').map((x) => x.inferredStance), ['accepted', 'rejected']);
    // A decision opening the reply's words decides first.
    const first = parse(markdown.replace('A plan will be published', 'Not accepted. A plan was published'));
    assert.equal(briefingRows(first, 'file:///t.md')[0].inferredStance, 'rejected');
  });
});
