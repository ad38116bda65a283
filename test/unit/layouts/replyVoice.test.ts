// A reply with no heading, no citation before it and no decision word, in the answerer's own voice ("The Scottish
// Government will publish …", "We do not believe …"), after a recommendation's words that recommend: under
// "Recommendation 1", and after "Para 14: The Government should …".
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { opensInReplyVoice } from '../../../server/src/model/verdicts';
import { copies, lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.paragraphs, r.title.slice(0, 24), r.response.slice(0, 24)]);

describe('layout: a reply in the answerer’s own voice, with no heading or decision word', () => {
  const headed = lines(
    'Scottish Government Response to the Net Zero, Energy and Transport Committee', '',
    'Recommendation 1', '',
    'The Scottish Government should publish a heat in buildings delivery plan.', '',
    'The Scottish Government will publish the delivery plan in 2025.', '',
    'Recommendation 2', '',
    'The Scottish Government should set a target for ferry reliability.', '',
    'We do not believe a target would improve reliability. Investment in new vessels is the priority.', '',
    'Recommendation 3', '',
    'The Scottish Government should fund local authorities to maintain roads.', '',
    'We will provide additional funding in the next budget.',
  );
  const expected = [
    [1, [], 'The Scottish Government ', 'The Scottish Government '],
    [2, [], 'The Scottish Government ', 'We do not believe a targ'],
    [3, [], 'The Scottish Government ', 'We will provide addition'],
  ];

  for (const [name, text] of copies(headed)) {
    it(`ends the words under "Recommendation 1" where the reply starts, ${name}`, () => {
      assert.deepEqual(rows(text), expected);
    });
  }

  it('keeps a second paragraph of the Committee’s words, which recommends or is not the answerer’s voice, in the recommendation', () => {
    const r = rows(lines(
      'Recommendation 1', '',
      'The Department should publish a workforce plan.', '',
      'The Government will need to fund it in full.', '',
      'This will ensure that trusts can plan ahead.', '',
      'Government response', '',
      'We agree.',
    ));
    assert.deepEqual(r, [[1, [], 'The Department should pu', 'We agree.']]);
    const committee = parse(lines('Recommendation 1', '', 'The Department should publish a plan.', '', 'The Committee will return to this.', '', 'Government response', '', 'We agree.'));
    assert.equal(committee.recommendations.length, 1);
    assert.equal(committee.recommendations[0].range.end.line, 4);
  });

  it('keeps the Committee’s own "We will …" in the recommendation where it ends at the citation or a reply’s heading follows it, in every copy, headed or numbered', () => {
    const text = lines(
      'Recommendation 1', '',
      'The Department should publish its plan for the programme by the end of the year.', '',
      'We will return to this issue in our next report. (Paragraph 12)', '',
      'Government response', '', 'The Government accepts this recommendation.', '',
      'Recommendation 2', '',
      'The Department should review its approach to procurement.', '',
      'We will want to see clear evidence of progress.', '',
      'Government response', '', 'The Government agrees.',
    );
    for (const [copy, t] of copies(text)) {
      assert.deepEqual(rows(t), [
        [1, [12], 'The Department should pu', 'The Government accepts t'],
        [2, [], 'The Department should re', 'The Government agrees.'],
      ], copy);
    }
    // The same under numbers with no citation: the paragraph a reply's heading follows is the recommendation's.
    const numbered = text.replace('Recommendation 1\n\n', '1. ').replace('Recommendation 2\n\n', '2. ').replace(' (Paragraph 12)', '');
    for (const [copy, t] of copies(numbered)) {
      assert.deepEqual(rows(t), [
        [1, [], 'The Department should pu', 'The Government accepts t'],
        [2, [], 'The Department should re', 'The Government agrees.'],
      ], copy);
    }
  });

  const labelled = lines(
    'Government response', '',
    'Para 14: The Government should review the funding formula for further education colleges.', '',
    'The Government agrees that the formula should be reviewed and will do so next year.', '',
    'Para 19: The Government should extend free school meals to all children in families receiving Universal Credit.', '',
    'We will keep eligibility under review.', '',
    'Paragraph 27: Ministers should report annually to Parliament on progress.', '',
    'The Government accepts this recommendation.',
  );
  for (const [name, text] of copies(labelled)) {
    it(`reads "Para 14: The Government should …" followed by its reply as the recommendation, ${name}`, () => {
      assert.deepEqual(rows(text), [
        [1, [14], 'The Government should re', 'The Government agrees th'],
        [2, [19], 'The Government should ex', 'We will keep eligibility'],
        [3, [27], 'Ministers should report ', 'The Government accepts t'],
      ]);
    });
  }

  it('ends the words under "Recommendation 1" where who answers states what it has done, not where the Committee finds fault, in every copy', () => {
    const text = lines(
      'Recommendation 1', '',
      'We recommend that the Government sets out a clear policy on the future of special schools.', '',
      'The Government has made clear its commitment to special schools, which will continue to play a vital role.', '',
      'Recommendation 2', '',
      'The Department should publish its workforce plan.', '',
      'The Department has failed to say when the plan will be ready.', '',
      'We agree. The plan will be published in May.',
    );
    for (const [copy, t] of copies(text)) {
      assert.deepEqual(rows(t), [
        [1, [], 'We recommend that the Go', 'The Government has made '],
        [2, [], 'The Department should pu', 'We agree. The plan will '],
      ], copy);
    }
  });

  it('ends a labelled recommendation that cites nothing, with no blank lines, where who answers states what it does ("The Ministry already publishes …")', () => {
    const text = lines(
      'Recommendation 1: The Ministry should publish a projection of the prison population every six months.',
      'The Ministry already publishes projections annually and we do not believe more frequent ones would be accurate.',
      'Recommendation 2: The Ministry should expand the use of electronic monitoring.',
      'Accepted. Capacity will increase by half by 2027.',
    );
    assert.deepEqual(rows(text), [
      [1, [], 'The Ministry should publ', 'The Ministry already pub'],
      [2, [], 'The Ministry should expa', 'Accepted. Capacity will '],
    ]);
  });

  it('tells who answers from other capitalised words, and a reply from words that recommend', () => {
    for (const s of ['We will publish the plan.', 'The Scottish Government will publish it.', 'Welsh Ministers will consider it.', 'The Department for Education is already reviewing it.', 'NHS England has already begun.', 'DHSC does not believe this is needed.', 'Ofsted will publish data.', 'The Government accepts this recommendation.', 'The Environment Agency will publish the data from January.', 'The Care Quality Commission is already piloting it.', 'HM Prison and Probation Service will review it.', 'The Home Office will publish the data.', 'We are unable to publish readiness information.', 'We cannot agree to a pause.']) {
      assert.equal(opensInReplyVoice(s), true, s);
    }
    for (const s of ['This will ensure that trusts can plan.', 'The Committee will return to this.', 'The Government will need to act.', 'We recommend that the Department publishes it.', 'Local authorities will struggle.', 'The Department has been too slow to act.', 'The Department is currently failing pupils.', 'The Government has not yet acted.', 'The Environment Agency should publish the data.', 'The Environment Agency has been too slow.', 'We are unable to see why the Department should wait.', 'The Department is unable to say how much it spends.']) {
      assert.equal(opensInReplyVoice(s), false, s);
    }
  });

  it('reads saying whose matter it is as a reply ("This is a matter for Ofcom"), not a matter for concern; with no blank lines, it ends the labelled words', () => {
    for (const s of ['This is a matter for Ofcom, which is independent of Government.', 'This is not a matter for the Department.', 'That is primarily a matter for HM Treasury.']) assert.equal(opensInReplyVoice(s), true, s);
    for (const s of ['This is a matter for concern.', 'This is a matter for regret.', 'This is a matter for Ofcom, which should act.']) assert.equal(opensInReplyVoice(s), false, s);
    const r = parse(lines(
      'Recommendation 1: The Government should publish a revised timetable for gigabit coverage.', 'We agree. A revised timetable will be published in December.',
      'Recommendation 2: Ofcom should require providers to publish their rural coverage plans.', 'This is a matter for Ofcom, which is independent of Government.',
    ));
    assert.deepEqual(rows(r.text).map((x) => x[3]), ['We agree. A revised time', 'This is a matter for Ofc']);
  });

  it('ends the words under a heading that cites, with no blank lines, where the answerer says "We are unable to …"', () => {
    const r = parse(lines(
      'Recommendation 1 (paragraph 23)', 'The MoD must set out how it will rebuild stockpiles of munitions.', 'The Government agrees that rebuilding stockpiles is a priority.',
      'Recommendation 2 (paragraph 31)', 'The MoD should publish an annual report on the readiness of the armed forces.', 'We are unable to publish readiness information for reasons of national security.',
    ));
    assert.deepEqual(rows(r.text), [[1, [23], 'The MoD must set out how', 'The Government agrees th'], [2, [31], 'The MoD should publish a', 'We are unable to publish']]);
  });

  it('reads numbered recommendations answered in turn by a public body named by what it is ("The Environment Agency will …")', () => {
    const r = parse(lines(
      'Government response to the Environmental Audit Committee', '',
      '1. The Environment Agency should publish real-time data on storm overflows.', '', 'The Environment Agency will publish the data from January.', '',
      '2. The Government should set a target for river quality.', '', 'The Government will consult on a target in the spring.', '',
      '3. The Environment Agency should double its inspections of farms.', '', 'The Environment Agency has increased its inspections and will publish the results.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length]), [[1, 1], [2, 1], [3, 1]]);
  });
});
