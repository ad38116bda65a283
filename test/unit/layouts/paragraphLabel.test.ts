// "Paragraph 12: The Department should …" with a reply's heading straight after it ("DHSC response: …"): the
// recommendation itself, opened by the paragraph it comes from, not a response heading over nothing.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { layoutSummary } from '../../../server/src/features/layouts';
import { copies, lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.paragraphs, r.title.slice(0, 24), r.response.slice(0, 24), r.inferredStance]);

describe('layout: recommendations opened by their paragraph ("Paragraph 12: …")', () => {
  const paper = lines(
    'Government response to the Health and Social Care Committee report on dentistry', '',
    'Introduction', '',
    'The Government welcomes the Committee\'s report and has considered its recommendations carefully.', '',
    'Paragraph 12: The Department should publish a long-term workforce plan for dentistry within six months.', '',
    'DHSC response: We agree. The plan will be published in spring 2025.', '',
    'Paragraph 19: NHS England should reform the dental contract so that it rewards prevention.', '',
    'NHS England response: NHS England accepts this recommendation.', '',
    'Paragraph 27: The Government should set out how it will reduce regional variation in access.', '',
    'DHSC response: We do not accept this recommendation.',
  );
  const expected = [
    [1, [12], 'The Department should pu', 'We agree. The plan will ', 'accepted'],
    [2, [19], 'NHS England should refor', 'NHS England accepts this', 'accepted'],
    [3, [27], 'The Government should se', 'We do not accept this re', 'rejected'],
  ];

  it('reads each as a recommendation citing its paragraph, numbered by its place, answered by the heading after it', () => {
    assert.deepEqual(rows(paper), expected);
    assert.match(layoutSummary(parse(paper)), /recommendations opened by the paragraph they come from/);
  });

  for (const [name, text] of copies(paper).slice(1)) {
    it(`reads it so ${name}`, () => {
      assert.deepEqual(rows(text), expected);
    });
  }

  it('reads the paragraph with a full stop after it, "Para 12. …", "Paras 23-24. …", but not a decimal number\'s point', () => {
    const labelled = lines(
      'Government Response', '',
      'Para 12. The Department should set a target for apprenticeships started by young people.', '',
      'Response: We do not accept this recommendation.', '',
      'Paras 23-24. The Department should report on the quality of apprenticeships each year.', '',
      'Response: Accepted in part. We will report on achievement rates.',
    );
    const read = (text: string) => rows(text).map((r) => [r[0], r[1], r[2], r[4]]);
    const expected = [
      [1, [12], 'The Department should se', 'rejected'],
      [2, [23, 24], 'The Department should re', 'accepted-in-part'],
    ];
    for (const [name, text] of copies(labelled).slice(0, 3)) assert.deepEqual(read(text), expected, name);
    // "Paragraph 3.20 The Department …" is paragraph 3.20's words, not paragraph 3's with "20" leading them.
    assert.equal(parse(lines('Paragraph 3.20 The Department should act. (Paragraph 7)', '', 'Agreed.')).recommendations[0]?.paragraphs.includes(3), false);
  });

  it('leaves "Paragraph N:" a response heading where a recommendation before it cites N, or it quotes one\'s opening', () => {
    const cited = parse(lines(
      '1. The Department should fund the reforms in full. (Paragraph 20)', '',
      'Paragraph 20: Funding for the reforms', '',
      'Response from the Department: paragraph 20', '',
      'We do not accept the Committee\'s finding.',
    ));
    assert.deepEqual(cited.recommendations.map((r) => r.number), [1]);
    assert.equal(cited.responses[0].kind, 'paragraph-heading');
    // A heading whose number is wrong (the recommendation cites 19) but which quotes the recommendation's opening.
    const quoted = parse(lines(
      '1. The Department should fund the reforms in full and without any delay at all. (Paragraph 19)', '',
      'Paragraph 20: The Department should fund the reforms in full', '',
      'Paragraph 21: The Department should publish its plans', '',
      'We do not accept the Committee\'s finding.',
    ));
    assert.deepEqual(quoted.recommendations.map((r) => r.number), [1]);
  });

  it('wraps a response heading\'s title onto its next line, not into the reply', () => {
    const r = briefingRows(parse(lines(
      '1. The Department should fund the reforms in full. (Paragraph 20)', '',
      'Paragraph 20: Funding for the additional costs to local', 'authorities of the reforms', '',
      'We provided £252 million to local authorities.',
    )), 'file:///t.txt');
    assert.equal(r[0].response, 'We provided £252 million to local authorities.');
  });

  it('wraps words that recommend onto a next line that opens with a capital, but not onto a reply', () => {
    const r = briefingRows(parse(lines(
      '1. The Department should ensure that local authorities publish their Local Offers. (Paragraph 78)', '',
      'Paragraph 78: The Department should ensure that local authorities are producing Local', 'Offers that are in line with the original intention.', '',
      'The Department has reiterated these principles.',
    )), 'file:///t.txt');
    assert.equal(r[0].response, 'The Department has reiterated these principles.');
    // With no blank line, a line that opens as a reply does is the reply, not the heading's title.
    const reply = briefingRows(parse(lines(
      '1. The Department should ensure that local authorities publish their Local Offers. (Paragraph 78)', '',
      'Paragraph 78: The Department should ensure that local authorities are producing Local', 'The Government agrees and will write to them.',
    )), 'file:///t.txt');
    assert.equal(reply[0].response, 'The Government agrees and will write to them.');
  });

  it('reads "Paragraph 34 The Committee recommends …", a space alone after the number, where the words recommend or ask; a heading\'s title after a space stays words', () => {
    const r = parse(lines(
      'The Scottish Government\'s response', '',
      'Paragraph 34 The Committee recommends that the Scottish Government sets out the timeline for the framework.', '',
      'Scottish Government response', 'The Scottish Government will publish the timeline later this year.', '',
      'Paragraph 41 The Committee asks the Scottish Government to clarify how the code will be enforced.', '',
      'Scottish Government response', 'The code will be enforced through conditions on payments.', '',
      'Paragraph 58 Funding for the new framework', '',
      'The Scottish Government will publish its budget in December.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.paragraphs, x.title.slice(0, 30), x.response.slice(0, 20)]), [
      [1, [34], 'The Committee recommends that ', 'The Scottish Governm'],
      [2, [41], 'The Committee asks the Scottis', 'The code will be enf'],
    ]);
    // So where a wrap cut the words after "asks" (a capital opens the next line).
    const wrapped = parse(lines(
      'Paragraph 41 The Committee asks the Scottish', 'Government to clarify how the code of practice', 'will be enforced.', '',
      'Scottish Government response', 'The code will be enforced through conditions on', 'support payments.',
    ));
    assert.deepEqual(wrapped.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [[1, [41], 'The Committee asks the Scottish Government to clarify how the code of practice will be enforced.']]);
  });

  it('reads a letter\'s "Para 45: The Committee calls on …", "… asks …", answered in turn with no heading by who answers, whatever it says', () => {
    const r = parse(lines(
      'Dear Clare,', '',
      'Para 45: The Committee calls on the Scottish Government to publish a rural workforce strategy by the end of 2025.', '',
      'The Scottish Government published the strategy in December 2024 and will report on its progress annually.', '',
      'Para 52: The Committee recommends that the Scottish Government reviews the funding formula for rural practices.', '',
      'The Scottish Government does not intend to review the formula at this time.', '',
      'Para 60: The Committee asks the Scottish Government to set out how it will improve access to dentistry on islands.', '',
      'We recognise the challenges and will set out further measures in the spring.', '',
      'Yours sincerely,',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[1, [45], 1], [2, [52], 1], [3, [60], 1]]);
    // A heading's title in the Committee's words over a reply that opens with its decision stays a heading where a recommendation cites it.
    const cited = parse(lines('1. The Scottish Government should publish a strategy. (Paragraph 45)', '', 'Para 45: The Committee calls on the Scottish Government to publish a strategy', '', 'The Scottish Government published it in 2024.'));
    assert.deepEqual(cited.responses.map((x) => x.kind), ['paragraph-heading']);
  });
});
