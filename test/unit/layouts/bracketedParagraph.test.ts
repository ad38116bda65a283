// Layout: recommendations opened by "[Paragraph 29]", with no number of their own.
import { strict as assert } from 'assert';
import { isReport, parse } from '../../../server/src/model';
import { stances } from '../../../server/src/features/stance';
import { findings } from '../../../server/src/features/diagnostics';
import { lines } from '../../support/fixture';

describe('layout: "[Paragraph 29]" openings', () => {
  const text = lines(
    'Government response to the Committee', '',
    '[Paragraph 29] The Department should publish its review of the funding formula.', '', 'The Government agrees and will publish the review in the spring.', '',
    '**[Paragraph 34]** The Department should consult schools on the timetable.', '', 'We do not accept this recommendation.', '',
    '[Paras 40 and 41] The Department should report to the Committee within a year.',
  );

  it('reads each as a recommendation numbered by its place, citing its paragraph, answered by what follows', () => {
    const r = parse(text);
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, x.responses.length ? s[i].inferred.stance : 'none']), [
      [1, [29], 'accepted'], [2, [34], 'rejected'], [3, [40, 41], 'none'],
    ]);
    assert.equal(r.recommendations[0].text, 'The Department should publish its review of the funding formula.');
    assert.ok(r.layouts.includes('bracketed-paragraph') && r.layouts.includes('numbered-by-order'));
  });

  it('takes the bracket for the recommendation\'s label, not a reference, and the document for a report', () => {
    const r = parse(text);
    assert.deepEqual(r.references, []);
    assert.ok(isReport(r));
    assert.deepEqual(findings(r).map((f) => f.code).filter((c) => c !== 'undefined-acronym'), ['no-response']);
  });

  it('reads "Paragraph 45 – …" without brackets (a Scottish Government letter) the same way, the label its citation', () => {
    const r = parse(lines(
      'Scottish Government response to the Health Committee', '', 'Dear Convener,', '',
      'Paragraph 45 – The Committee recommends that the Scottish Government publishes a workforce plan by the end of the year.', '',
      'The Scottish Government agrees and will publish the plan in the autumn.', '',
      '**Paras 52 and 53** — The Committee asks the Scottish Government to set out how it will monitor waiting times.', '',
      'We will report to the Committee every six months.', '',
      'Paragraph 60 - The Committee recommends that a national care service is established.', '',
      'The Scottish Government does not accept this recommendation.', '', 'Yours sincerely,', '', 'Maree Todd MSP',
    ));
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.paragraphs, s[i].inferred.stance]), [
      [1, [45], 'accepted'], [2, [52, 53], 'unclear'], [3, [60], 'rejected'],
    ]);
    assert.equal(r.recommendations[0].text, 'The Committee recommends that the Scottish Government publishes a workforce plan by the end of the year.');
    assert.deepEqual(r.recommendations[0].citations[0].range, { start: { line: 4, character: 0 }, end: { line: 4, character: 12 } });
    assert.deepEqual(r.references, []);
  });

  it('leaves "Paragraph 45 – Government response", "Paragraph 46 – Agreed", "Paragraph 47: …" and running text a wrap cut to the other rules', () => {
    const r = parse(lines(
      '1. The Department should publish a plan. (Paragraph 45)', '',
      'Paragraph 45 – Government response', '', 'The Government agrees.', '',
      '2. The Department should consult. (Paragraph 46)', '', 'Paragraph 46 – Agreed', '',
      '3. The Department should publish the data. (Paragraph 47)', '', 'Paragraph 47: Publishing the data', '', 'We agree.', '',
      '4. The Department should report every year. (Paragraph 48)', '',
      'The Government will report as set out in', 'paragraph 48 - which the Committee welcomed - and in the annual report.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [45]], [2, [46]], [3, [47]], [4, [48]]]);
  });

  it('reads "(Paragraph 12) The Department should …" in round brackets, but not a citation a wrap put before a reply', () => {
    const r = parse(lines(
      'Government response to the Committee', '',
      '(Paragraph 12) The Department should publish a plan for school buildings.', '', 'We agree and will publish the plan in the spring.', '',
      '(Paragraph 19) The Department should fund repairs to every school.', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [
      [1, [12], 'The Department should publish a plan for school buildings.'],
      [2, [19], 'The Department should fund repairs to every school.'],
    ]);
    const row = parse(lines('1.That the MoD should set out how it will replace the aircraft, and when the new', '(Para 12) The in-service date will be set when the decision is taken.'));
    assert.deepEqual(row.recommendations.map((x) => x.paragraphs), [[12]]);
    assert.equal(row.responses.length, 1);
  });

  it('reads "[para 15] …" at a line\'s start as the citation of the recommendation above that has none yet, and its reply after it, where its words do not recommend', () => {
    const rows = parse(lines(
      'Recommendations and undertakings Government Response',
      '1.That the MoD look at ways in which it could further',
      'enhance the information on its website.',
      '[para 15] Website is being redeveloped. Veterans will be',
      'able to receive news by e-mail.',
      '2.That the MoD has been remiss in not using the data. [para 19] MAP data is being used.',
    ));
    assert.deepEqual(rows.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [15], 1], [2, [19], 1]]);
    assert.equal(rows.recommendations[0].text, 'That the MoD look at ways in which it could further enhance the information on its website. [para 15]');
    // Words that recommend open a recommendation of their own, as does a bracket after one that cites already.
    const own = parse(lines('Recommendation 1: The Department should act now.', '[Paragraph 12] The Department should publish a plan.', '', 'We agree.'));
    assert.deepEqual(own.recommendations.map((x) => x.paragraphs), [[], [12]]);
  });

  it('reads one under Markdown\'s heading marker, as an imported page gives it, in either bracket (it threw on the round one)', () => {
    for (const open of ['(Paragraph 12)', '[Paragraph 12]']) {
      const r = parse(lines(`# ${open}The Government should act now.`, '', 'We agree.'));
      assert.deepEqual(r.recommendations.map((x) => [x.paragraphs, x.text]), [[[12], 'The Government should act now.']]);
    }
  });

  it('ends one whose first line cites where a line opens as a reply does, with no blank line between', () => {
    const r = parse(lines(
      'Government response to the Committee',
      '(Paragraph 12) The Department should publish a plan for school buildings.', 'We agree and will publish the plan in the spring.',
      '[Paragraph 19] The Department should fund repairs to every school.', 'We do not accept this recommendation.',
      'Recommendation 3 (paragraph 45 of the report): The Government should publish guidance.', 'The Government agrees.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.paragraphs, x.text, r.responses[x.responses[0]]?.kind]), [
      [[12], 'The Department should publish a plan for school buildings.', 'plain'],
      [[19], 'The Department should fund repairs to every school.', 'plain'],
      [[45], 'The Government should publish guidance.', 'plain'],
    ]);
  });
});

