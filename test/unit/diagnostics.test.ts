// Diagnostics: each rule on small fixtures with its false cases, severities and @ignore, and exactly the expected findings on the seed.
import { strict as assert } from 'assert';
import { parse } from '../../server/src/model';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { responseDates } from '../../server/src/features/dates';
import { DEFAULT_SETTINGS, type ReportSettings } from '../../server/src/features/settings';
import { readSeed } from '../../scripts/corpus';
import { Glossary } from '../../server/src/glossary/glossary';
import { lines } from '../support/fixture';

const URI = 'file:///r.txt';
const run = (text: string, settings: ReportSettings = DEFAULT_SETTINGS) => computeDiagnostics(parse(text), URI, settings);
const codes = (text: string, settings?: ReportSettings) => run(text, settings).map((d) => `${d.range.start.line}:${d.code}`);

describe('diagnostics', () => {
  it('warns on a recommendation with no response, pointing at the nearest response', () => {
    const [d] = run(lines('15. Schools. (Paragraph 41)', '', '16. Ofsted. (Paragraph 42)', '', 'Response from Ofsted: paragraph 42', '', 'Text.'));
    assert.equal(d.code, 'no-response');
    assert.equal(d.severity, 2);
    assert.equal(d.message, 'Recommendation 15 (Paragraph 41) has no government response. Check whether it was answered under another heading, or chase it.');
    assert.deepEqual(d.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 27 } });
    assert.equal(d.relatedInformation![0].location.range.start.line, 4);
    assert.equal(d.relatedInformation![0].message, 'Nearest response: Response from Ofsted: paragraph 42');
    assert.match(d.codeDescription!.href, /docs\/diagnostics\.md#no-response$/);
  });

  it('does not warn when every recommendation is answered, by heading or shared text', () => {
    assert.deepEqual(codes(lines('1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', 'Both answered.', '', '3. C. (Paragraph 3)', '', 'Paragraph 3: C.', '', 'Yes.')), []);
  });

  it('warns on a heading citing an unknown paragraph and names the recommendation it quotes', () => {
    const ds = run(lines('22. We recommend a neutral role for parents. (Paragraph 52)', '', 'Paragraph 53: ...a neutral role for parents.', '', 'No.'));
    assert.deepEqual(ds.map((d) => d.code), ['unknown-paragraph']);
    assert.match(String(ds[0].message), /cites Paragraph 53, but no recommendation cites that paragraph\. It most likely answers recommendation 22 \(Paragraph 52\)/);
  });

  it('says when an unknown paragraph matches nothing, with no quick fix', () => {
    const ds = run(lines('1. Alpha beta. (Paragraph 1)', '', 'Paragraph 1: Alpha beta.', '', 'Yes.', '', 'Paragraph 9: Something else entirely.', '', 'Text.'));
    assert.deepEqual(ds.map((d) => d.code), ['unknown-paragraph']);
    assert.match(String(ds[0].message), /its words match none/);
    assert.equal(ds[0].data, undefined);
  });

  it('informs when a heading has no text of its own', () => {
    const ds = run(lines('1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', 'Paragraph 1: A.', '', 'Paragraph 2: B.', '', 'Text for both.'));
    assert.deepEqual(ds.map((d) => [d.code, d.severity, d.message]), [['joint-response', 3, 'Paragraph 1 has no response text of its own: it is answered jointly with Paragraph 2.']]);
  });

  it('flags numbers out of sequence and repeated, and recommendations citing no paragraph or a shared one', () => {
    const text = lines(
      '1. A. (Paragraph 1)', '', 'Answer.', '',
      '3. C. (Paragraph 3)', '', 'Answer.', '',
      '3. D. (Paragraph 4)', '', 'Answer.', '',
      '4. E.', '', 'Answer.', '',
      '5. F. (Paragraph 4)', '', 'Answer.',
    );
    assert.deepEqual(codes(text), ['4:out-of-sequence', '8:duplicate-number', '12:no-paragraph', '16:duplicate-paragraph']);
  });

  it('does not flag each of 1 … n given once in another order (replies sorted by decision), and still flags a gap in such an order', () => {
    const rec = (n: number) => [`${n}. Text ${n}. (Paragraph ${n + 10})`, '', 'Answer.', ''];
    const sorted = (...ns: number[]) => lines('Part A: Recommendations the Government accepts', '', ...rec(ns[0]), ...rec(ns[1]), 'Part B: Recommendations the Government does not accept', '', ...ns.slice(2).flatMap(rec));
    assert.deepEqual(codes(sorted(1, 3, 2, 4)), []);
    assert.deepEqual(codes(sorted(1, 3, 2, 5)), ['6:out-of-sequence', '12:out-of-sequence', '16:out-of-sequence']);
  });

  it('takes numbering that restarts at 1 under each chapter\'s heading as each chapter\'s own, and still flags a number repeated within a chapter', () => {
    const rec = (label: string, paragraph: number) => [`${label}. Text. (Paragraph ${paragraph})`, '', 'Government response', '', 'Answer.', ''];
    const chapters = (...third: string[]) =>
      lines('Chapter 2: The state of the sector', '', ...rec('1', 15), ...rec('2', 19), 'Chapter 3: Funding', '', ...third.flatMap((label, k) => rec(label, 34 + k)));
    assert.deepEqual(codes(chapters('1', '2', '3')), []);
    assert.deepEqual(codes(chapters('1', '2', '2')), ['28:duplicate-number']);
    // Without the heading, a second 1 is a repeat.
    assert.deepEqual(codes(lines(...rec('1', 15), ...rec('2', 19), ...rec('1', 34))), ['12:duplicate-number']);
  });

  it('takes conclusions numbered apart from the recommendations ("Conclusion 1", "Recommendation 1") as two numberings, and one joint numbering as one', () => {
    const item = (label: string, paragraph: number) => [label, `The words of it. (Paragraph ${paragraph})`, '', 'Response', 'The Government agrees.', ''];
    const apart = lines(...item('Conclusion 1', 14), ...item('Recommendation 1', 20), ...item('Conclusion 2', 31), ...item('Recommendation 2', 35), ...item('Recommendation 2', 40));
    // Two numberings: only the recommendation repeated within its own is flagged.
    assert.deepEqual(codes(apart), ['24:duplicate-number']);
    // One numbering under both labels still flags its gap.
    assert.deepEqual(codes(lines(...item('Conclusion 1', 14), ...item('Recommendation 2', 20), ...item('Conclusion 4', 31))), ['12:out-of-sequence']);
  });

  it('does not flag numbering that runs in order with distinct paragraphs', () => {
    assert.deepEqual(codes(lines('1. A. (Paragraph 1)', '', 'Answer.', '', '2. B. (Paragraph 5)', '', 'Answer.')), []);
  });

  it('hints at an acronym written in two cases, towards the more common form', () => {
    const ds = run(lines('1. A WSOA. (Paragraph 1)', '', 'The WSOA and the WSoA, then the WSOA\'s plan.'));
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character]), [['acronym-case', 2, 17]]);
    assert.equal(ds[0].severity, 4);
    assert.equal(ds[0].message, '"WSoA" is also written "WSOA" in this report (3 times against 1). Use one form throughout.');
  });

  it('does not take capitalised words or names for acronym variants', () => {
    assert.deepEqual(codes(lines('1. SEND matters. (Paragraph 1)', '', 'Send the SEND plan to CooperGibson and Coopergibson.')), []);
  });

  it('informs when the response came later than the norm, with the days taken', () => {
    const text = lines('On 23 October 2019 the Committee published its report. The response was received on 20 July 2020.', '', '1. A. (Paragraph 1)', '', 'Yes.');
    const [d] = run(text);
    assert.equal(d.code, 'late-response');
    assert.equal(d.message, "The Government's response arrived 271 days after the report was published (23 October 2019 to 20 July 2020), later than the usual two months.");
    assert.equal(run(text, { ...DEFAULT_SETTINGS, lateResponse: { months: 10 } }).length, 0, 'within a ten-month norm');
  });

  it('reads the dates again after an edit to the front matter, and keeps them after an edit below it (the keystroke path)', () => {
    const front = 'On 23 October 2019 the Committee published its report. The response was received on 20 July 2020.';
    const body = ['', '1. A. (Paragraph 1)', '', 'Yes.'];
    const first = parse(lines(front, ...body));
    const dates = responseDates(first);
    assert.equal(dates.received?.text, '20 July 2020');
    const typedBelow = parse(lines(front, ...body.slice(0, -1), 'Yes, agreed.'), { previous: first });
    assert.equal(responseDates(typedBelow), dates, 'the same dates, not read again');
    const typedAbove = parse(lines(front.replace('20 July', '21 July'), ...body.slice(0, -1), 'Yes, agreed.'), { previous: typedBelow });
    assert.equal(responseDates(typedAbove).received?.text, '21 July 2020');
    const lineAbove = parse(lines('The response was received on 1 August 2020.', front, ...body), { previous: typedAbove });
    assert.equal(responseDates(lineAbove).received?.text, '1 August 2020');
    assert.equal(responseDates(lineAbove).received?.range.start.line, 0);
  });

  it('says nothing of a response within the norm or without dates', () => {
    assert.deepEqual(codes(lines('The Committee published its report on 1 May 2020. The response was received on 30 June 2020.', '', '1. A. (Paragraph 1)', '', 'Yes.')), []);
    assert.deepEqual(codes(lines('No dates here.', '', '1. A. (Paragraph 1)', '', 'Yes.')), []);
  });

  it('applies the severity the user chose, and "off"', () => {
    const text = lines('1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', 'Paragraph 2: B.', '', 'Yes.');
    assert.equal(run(text, { ...DEFAULT_SETTINGS, diagnostics: { 'no-response': 'error' } })[0].severity, 1);
    assert.deepEqual(run(text, { ...DEFAULT_SETTINGS, diagnostics: { 'no-response': 'off' } }), []);
  });

  it('stays quiet for the next block after "@ignore: code", and only for that code and block', () => {
    const text = lines('@ignore: no-response', '1. A. (Paragraph 1)', '', '2. B. (Paragraph 2)', '', '3. C. (Paragraph 3)', '', 'Paragraph 3: C.', '', 'Yes.');
    assert.deepEqual(codes(text), ['3:no-response']);
    assert.deepEqual(codes(text.replace('@ignore: no-response', '@ignore: out-of-sequence')), ['1:no-response', '3:no-response']);
  });

  it('informs once, at its first use, about an acronym nobody defines', () => {
    const ds = run(lines('1. The XQZ and the XQZs. (Paragraph 1)', '', 'The Frobnication Unit (FBU) and the DfE, then XQZ again.'));
    assert.deepEqual(ds.map((d) => [d.code, d.range.start.line, d.range.start.character, d.severity]), [['undefined-acronym', 0, 7, 3]]);
    assert.equal(ds[0].message, '"XQZ" is not in the glossary and this report does not define it. Add it to your glossary so that its hover explains it.');
    assert.deepEqual(ds[0].data, { fix: 'add-to-glossary', term: 'XQZ' });
  });

  it('takes an acronym a glossary annex lists ("EUTR⇥EU Timber Regulation") as defined', () => {
    const text = lines('1. The Department should enforce the EUTR and the XQZ. (Paragraph 1)', '', 'Agreed.', '', 'Annex A: Glossary', '', 'EUTR\tEU Timber Regulation');
    assert.deepEqual(run(text).filter((d) => d.code === 'undefined-acronym').map((d) => d.data?.term), ['XQZ']);
  });

  it('takes words set in capitals for words, not acronyms: a heading in capitals, and a word the report also writes in small letters', () => {
    const text = lines(
      'APPENDIX: GOVERNMENT RESPONSE', '',
      'BUDGET AND RESOURCING', '',
      '1. The Department should publish the ANNEX and the KOLB figures. (Paragraph 1)', '',
      'Yes. The annex will be published with the DPA figures.',
    );
    // "ANNEX" is written as a word too; "KOLB" and "DPA" are not, and no heading holds them.
    assert.deepEqual(run(text).filter((d) => d.code === 'undefined-acronym').map((d) => d.data?.term), ['KOLB', 'DPA']);
  });

  it('knows the common acronyms of parliamentary papers without a glossary: UK, CP, Cm, HC, HL, MPs, NHS, HMG …', () => {
    const text = lines(
      'Government Response to the Committee (HC 20, HL Paper 12), presented as CP 1422 (formerly Cm 9876) to MPs across the UK.',
      '',
      '1. HMG, the NHS, HMRC, HMPPS, the MoD, DCMS, Defra and the FCDO should act with the EU and the UN. (Paragraph 1)',
      '',
      'Yes.',
    );
    assert.deepEqual(run(text).filter((d) => d.code === 'undefined-acronym').map((d) => d.message), []);
  });

  it('keeps acronym findings right after typing beside, into and out of an acronym (the keystroke path)', () => {
    const at = (text: string, previous: ReturnType<typeof parse>) => {
      const report = parse(text, { previous });
      const found = computeDiagnostics(report, URI).map((d) => [d.code, d.range, d.message]);
      assert.deepEqual(found, computeDiagnostics(parse(text), URI).map((d) => [d.code, d.range, d.message]), text);
      return report;
    };
    const versions = [
      ['1. The XQZ and the WSoA. (Paragraph 1)', 'Yes, the WSOA and XQZ.'],
      // Typed before the first uses, on their line: they move along it.
      ['1. Then the XQZ and the WSoA. (Paragraph 1)', 'Yes, the WSOA and XQZ.'],
      // Typed into an acronym, making another one; then out of it again.
      ['1. Then the XQZR and the WSoA. (Paragraph 1)', 'Yes, the WSOA and XQZ.'],
      ['1. Then the XQZ and the WSoA. (Paragraph 1)', 'Yes, the WSOA and XQZ.'],
      // A case form changed on the second line.
      ['1. Then the XQZ and the WSoA. (Paragraph 1)', 'Yes, the WSoA and XQZ.'],
    ];
    let previous = parse(lines(versions[0][0], '', versions[0][1]));
    computeDiagnostics(previous, URI);
    for (const [first, second] of versions.slice(1)) previous = at(lines(first, '', second), previous);
  });

  it('says nothing of acronyms the user glossary knows, or when switched off', () => {
    const text = lines('1. The XQZ. (Paragraph 1)', '', 'Yes.');
    const glossary = new Glossary(undefined, [{ entries: [{ term: 'XQZ', expansion: 'Ex Que Zed' }], origin: 'test' }]);
    assert.deepEqual(computeDiagnostics(parse(text), URI, DEFAULT_SETTINGS, glossary), []);
    assert.deepEqual(codes(text, { ...DEFAULT_SETTINGS, diagnostics: { 'undefined-acronym': 'off' } }), []);
  });

  it('finds exactly the expected findings on the seed', () => {
    const ds = run(readSeed());
    assert.deepEqual(
      ds.map((d) => `${d.range.start.line + 1}:${d.code}`),
      ['68:late-response', '200:acronym-case', '232:acronym-case', '250:no-response', '324:unknown-paragraph', '330:joint-response'],
    );
    assert.equal(ds.filter((d) => d.code === 'no-response').length, 1, 'no "no response" on the 37 answered recommendations');
  });
});
