// Page furniture of web pages and printouts: links, copyright and date lines, print codes, a browser's header and footer.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { lines } from '../../support/fixture';

describe('layout: a web page\'s and a printout\'s furniture', () => {
  it('is never a response: links, copyright and "Prepared" lines after the last row are left out', () => {
    const r = parse(lines(
      '1.That the UK ratify the Treaty. (Para 57) Accepted    ', '',
      'previous page contents next page', '',
      'House of Commons home page Parliament home page House of Lords home page search page enquiries index', '',
      '© Parliamentary copyright 2001', 'Prepared 5 February 2001',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['Accepted']);
    assert.deepEqual(r.furniture, [2, 4, 6, 7]);
  });

  it('reads a sentence on across a browser\'s printed footer and header, and across "Back to top"', () => {
    const r = parse(lines(
      '1. The Department should publish the data. (Paragraph 3)', '',
      'We agree and will publish the data every', 'https://www.gov.uk/government/publications/a-response 3/20', '03/12/2026, 14:05 Government response to the Committee', 'quarter from April.', '',
      'Back to top', '',
      '2. The Department should report. (Paragraph 4)', '', 'Noted.', '', 'E03350021 03/26', '978-1-5286-5830-1', '',
      // A page's footer that runs its links and its copyright together.
      'Back to top © Parliamentary copyright 2008',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['We agree and will publish the data every quarter from April.', 'Noted.']);
  });

  it('leaves a command paper\'s imprint on its last page out of the last response ("CP 1234", its ISBN and printer\'s lines), and keeps the paper\'s number on the cover', () => {
    const imprint = ['CP 1234', 'ISBN 978-1-5286-0000-0', 'E02999999 06/24', 'Printed on paper containing 40% recycled fibre content minimum',
      'Printed in the UK by HH Associates Ltd. on behalf of the Controller of His Majesty\'s Stationery Office'];
    for (const gap of [[], ['']]) {
      const r = parse(lines(
        'Government response to the Committee', '', 'CP 1234', '',
        '1. The Department should publish a plan. (Paragraph 12)', '', 'The Government agrees. The plan will be published in June.', '',
        '2. The Department should consult. (Paragraph 15)', '', 'The Government agrees. A consultation will open in the autumn.', '',
        ...imprint.flatMap((l) => [l, ...gap]),
      ));
      assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government agrees. The plan will be published in June.', 'The Government agrees. A consultation will open in the autumn.'], JSON.stringify(gap));
      assert.deepEqual(r.paragraphs.filter((p) => r.lines[p.lines[0]] === 'CP 1234').map((p) => p.kind), ['text', 'end-matter']);
    }
  });

  it('leaves a command paper\'s ISBN and printer\'s reference out of the last response where they share a line, blank lines about it or none', () => {
    for (const gap of [[], ['']]) {
      const r = parse(lines(
        'Recommendation 1', 'The Ministry should write to the Committee. (Paragraph 40)', ...gap,
        '5. The Government will write to the Committee in November 2027.', ...gap, 'E03412345 978-1-5286-5000-1',
      ));
      assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government will write to the Committee in November 2027.'], JSON.stringify(gap));
    }
  });

  it('leaves out a contents list\'s entries, which name the recommendations with a leader of dots to their pages', () => {
    const r = parse(lines(
      'Government Response to the Committee', '', 'Contents', '',
      'Introduction ........................................ 3',
      'Recommendation 1: Workforce planning ................ 4',
      'Recommendation 2: Retention . . . . . . . . . . . . . 5',
      '3. Pay …………………………………… 6',
      'Annex ................................................ iv', '',
      'Recommendation 1: Workforce planning', '', 'The Department should publish workforce projections. (Paragraph 32)', '', 'Government response', '', 'The Government agrees.', '',
      'Recommendation 2: Retention', '', 'NHS England should set a target for retention. (Paragraph 45)', '', 'Government response', '', 'The Government does not agree.', '',
      '3. The Government should commit to a pay settlement. (Paragraph 58)', '', 'The Government will consider this.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [32], 1], [2, [45], 1], [3, [58], 1]]);
    // (The heading "Contents" alone is a page's link, as a web page's is.)
    assert.deepEqual(r.furniture, [2, 4, 5, 6, 7, 8]);
  });

  it('leaves out a web page\'s footnotes with their links back ("1   HC (2007-08) 123 Back"), its markers in the text kept', () => {
    const r = parse(lines(
      '1. The Department should publish a workforce plan.[1] (Paragraph 12)', '', 'The Government agrees and will publish the plan in 2009.[2]', '',
      '2. The Department should review the tariff. (Paragraph 18)', '', 'The Government does not accept this recommendation.[3]', '',
      'previous page contents next page', '', '1   HC (2007-08) 123 Back', '', '[2] Cm 7345 Back', '', '3   Payment by Results Guidance, Department of Health, 2008 Back',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), ['The Government agrees and will publish the plan in 2009.[2]', 'The Government does not accept this recommendation.[3]']);
    // A line that opens with a number and ends a sentence with the word is no footnote.
    const prose = parse(lines('1. The Department should act. (Paragraph 3)', '', '2 of the schemes will be brought back.', '', 'Agreed.'));
    assert.equal(prose.furniture.length, 0);
  });

  it('leaves out a printed page\'s footnotes that cite a source, with no heading over them, a blank line before them or none', () => {
    const r = parse(lines(
      'Recommendation 1', 'The Department should publish a workforce plan by the end of 2025.1 (Paragraph 20)', '',
      'Government response', 'The Department agrees and will publish the plan in the summer.', '',
      'Recommendation 2', 'NHS England should report on the use of agency staff every quarter.2 (Paragraph 24)', '',
      'Government response', 'NHS England accepts this recommendation.',
      '1 Oral evidence taken on 3 May 2024, Q45', '2 Written evidence from NHS Providers (WFP0031)', '3 Ibid., para 12.',
      '4 Health and Social Care Committee, Fourth Report of Session 2024–25, Nursing workforce, HC 654', '',
      'Recommendation 3', 'The Department should review the funding of nurse training. (Paragraph 31)', '',
      'Government response', 'The Government does not accept this recommendation and will', '5 Qq 12–14', 'say why in its next letter.',
    ));
    assert.deepEqual(r.responses.map((_, i) => responseBodyText(r, i)), [
      'The Department agrees and will publish the plan in the summer.',
      'NHS England accepts this recommendation.',
      'The Government does not accept this recommendation and will say why in its next letter.',
    ]);
    // A numbered paragraph whose words only open as a source's might is a paragraph.
    const prose = parse(lines('1. The Department should act. (Paragraph 3)', '', 'Agreed.', '', '2 Written evidence to the Committee showed that the scheme works well.'));
    assert.equal(prose.furniture.length, 0);
  });

  it('leaves out a gov.uk page\'s request for feedback and its licence lines after the last reply', () => {
    const r = parse(lines(
      'Recommendation 1', 'Ofsted should consider attendance in its inspections. (Paragraph 33)', '', 'Ofsted will continue to consider attendance.', '',
      'Is this page useful?', 'Maybe', 'Report a problem with this page', '', 'Is this page useful? Maybe Yes this page is useful No this page is not useful', 'Help us improve GOV.UK', '',
      'OGL', 'All content is available under the Open Government Licence v3.0, except where otherwise stated', '© Crown copyright',
    ));
    assert.equal(responseBodyText(r, 0), 'Ofsted will continue to consider attendance.');
    // The same words in a sentence are the reply's.
    const said = parse(lines('Recommendation 1', 'Ofsted should act. (Paragraph 33)', '', 'We asked users whether the page was useful.', 'Is this page useful? We think so.'));
    assert.equal(responseBodyText(said, 0), 'We asked users whether the page was useful. Is this page useful? We think so.');
  });

  it('leaves alone prose that names pages or copyright in a sentence', () => {
    const r = parse(lines('1. The Department should act. (Paragraph 3)', '', 'Copyright law is a matter for the Intellectual Property Office, which will consult.', '', 'See the next page for the contents of the plan.'));
    assert.equal(responseBodyText(r, 0), 'Copyright law is a matter for the Intellectual Property Office, which will consult. See the next page for the contents of the plan.');
  });
});

describe('layout rules: first characters outside ASCII', () => {
  it('are tried too: "• item" is a list item', () => {
    const r = parse(lines('1. The Department should act. (Paragraph 3)', '', 'We agree. We will:', '• publish a plan;', '• report on it.'));
    assert.deepEqual(r.paragraphs.map((p) => p.kind), ['recommendation', 'text', 'list-item', 'list-item']);
  });
});
