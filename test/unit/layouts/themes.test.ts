// Responses by theme that name the recommendations they answer; a summary of decisions at the front; "|" cells.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { stances } from '../../../server/src/features/stance';
import { lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.response, r.inferredStance]);

describe('layout: responses by theme that name their recommendations', () => {
  it('gives each named recommendation its theme\'s response, and leaves one never named unanswered', () => {
    assert.deepEqual(rows(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      '3. The Department should review eligibility. (Paragraph 16)', '', '4. The Department should consult parents. (Paragraph 18)', '',
      'Funding for transport (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.', '',
      'Recommendations 3 and 4: We will consider the rules as part of the review.',
    )), [
      [1, 'The Government accepts these recommendations.', 'accepted'],
      [2, 'The Government accepts these recommendations.', 'accepted'],
      [3, 'We will consider the rules as part of the review.', 'under-consideration'],
      [4, 'We will consider the rules as part of the review.', 'under-consideration'],
    ]);
    const r = parse(lines('1. The Department should act. (Paragraph 3)', '', '2. It should report. (Paragraph 4)', '', 'Reporting (Recommendation 2)', '', 'We agree.'));
    assert.deepEqual(r.recommendations.map((x) => x.responses.length), [0, 1]);
  });

  it('reads a bare "Government response" over the themes as their title, not a reply to every recommendation', () => {
    const r = parse(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      '3. The Department should consult parents. (Paragraph 18)', '',
      'Government response', '',
      'Funding for transport (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.',
    ));
    assert.deepEqual(r.recommendations.map((x) => x.responses.map((k) => r.responses[k].headingTitle)), [['Funding for transport'], ['Funding for transport'], []]);
    // A "Government response" with words of its own under it still answers its group.
    const said = parse(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      'Government response', '', 'We welcome the report.', '',
      'Funding for transport (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.',
    ));
    assert.deepEqual(said.recommendations.map((x) => x.responses.length), [2, 2]);
  });

  it('reads a theme\'s heading that names its topic and no number as the reply to the one unanswered recommendation with its words', () => {
    const text = (topic: string) => lines(
      '1. The Department should improve how it communicates changes. (Paragraph 20)', '', '2. The Department should write to every person affected. (Paragraph 24)', '',
      '3. The Government should commission an independent review of the changes. (Paragraph 31)', '',
      'Communications (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.', '',
      topic, '', 'The Government does not accept that a further review is needed.',
    );
    assert.deepEqual(rows(text('Independent review')), [
      [1, 'The Government accepts these recommendations.', 'accepted'],
      [2, 'The Government accepts these recommendations.', 'accepted'],
      [3, 'The Government does not accept that a further review is needed.', 'rejected'],
    ]);
    // A heading whose words no unanswered recommendation has ("Next steps") stays the reply's words (which accept, and
    // do not accept a claim after: in part).
    assert.deepEqual(rows(text('Next steps')).map((r) => [r[0], r[2]]), [[1, 'accepted-in-part'], [2, 'accepted-in-part'], [3, 'no-response']]);
  });

  it('reads each recommendation\'s stance from the sentences of a shared response that name it', () => {
    const stances = (text: string) => rows(text).map((r) => [r[0], r[2]]);
    // One reply after three recommendations, naming them: each is decided by the sentences about it.
    assert.deepEqual(stances(lines(
      '1. The Department should publish a workforce plan. (Paragraph 14)', '', '2. HMPPS should report on retention. (Paragraph 19)', '',
      '3. The Ministry should set a target for vacancies. (Paragraph 27)', '',
      'We welcome the Committee\'s work on the workforce. The Government accepts recommendations 1 and 2. A plan will be published in the spring. We do not accept recommendation 3, as targets distort priorities.', '',
      '4. The Ministry should end agency staffing. (Paragraph 33)', '', 'The Government accepts this recommendation.',
    )), [[1, 'accepted'], [2, 'accepted'], [3, 'rejected'], [4, 'accepted']]);
    // A theme's reply that names one of its recommendations only: the other is read from the words before any is named.
    assert.deepEqual(stances(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      'Funding for transport (Recommendations 1 and 2)', '', 'We note the Committee\'s concerns. On recommendation 2, the Government agrees and will publish the formula.',
    )), [[1, 'noted'], [2, 'accepted']]);
    // Naming none of them, or only a recommendation of another group, the reply decides for all as a whole.
    assert.deepEqual(stances(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      'Funding for transport (Recommendations 1 and 2)', '', 'The Government accepts these recommendations, as it did recommendation 9 of the last report.',
    )), [[1, 'accepted'], [2, 'accepted']]);
  });

  it('reads them again after an edit that changes which recommendations share the words, as a fresh parse would', () => {
    const text = (n: number) => lines(
      '2. The Department should publish the formula. (Paragraph 14)', '', `${n}. The Department should fund transport. (Paragraph 12)`, '',
      'We note the Committee\'s concerns. We accept recommendation 1.',
    );
    const first = parse(text(1));
    assert.deepEqual(stances(first).map((x) => x.inferred.stance), ['noted', 'accepted']);
    // Recommendation 1 renumbered 7: the words name neither of the two, and decide for both as a whole.
    const edited = parse(text(7), { previous: first });
    assert.deepEqual(stances(edited).map((x) => x.inferred.stance), stances(parse(text(7))).map((x) => x.inferred.stance));
    assert.deepEqual(stances(edited).map((x) => x.inferred.stance), ['accepted', 'accepted']);
  });

  it('reads a theme heading before the recommendations it names as a heading over them, not a response', () => {
    const r = parse(lines('Funding (Recommendations 1 and 2)', '', '1. The Department should fund it. (Paragraph 3)', '', 'Agreed.', '', '2. It should report. (Paragraph 4)', '', 'Noted.'));
    assert.deepEqual(rows(lines('Intro.', '', 'Funding (Recommendations 1 and 2)', '', '1. The Department should fund it. (Paragraph 3)', '', 'Agreed.', '', '2. It should report. (Paragraph 4)', '', 'Noted.')), [[1, 'Agreed.', 'accepted'], [2, 'Noted.', 'noted']]);
    assert.equal(r.recommendations.length, 2);
  });
});

describe('a summary of decisions, and cells separated by "|"', () => {
  it('does not read a status row ("Recommendation 1: Accepted") as a second recommendation 1', () => {
    const r = parse(lines(
      'Summary', '', 'Recommendation 1: Accepted', 'Recommendation 2: Not accepted', '',
      'Recommendation 1: The Department should act. (Paragraph 3)', '', 'The Government accepts this recommendation.', '',
      'Recommendation 2: The Department should report. (Paragraph 4)', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [3]], [2, [4]]]);
  });

  it('gives a reply that opens by naming recommendations ("On recommendations 3 and 4, …") to them, under a theme that names none', () => {
    assert.deepEqual(rows(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      '3. The Department should review eligibility. (Paragraph 16)', '', '4. The Department should consult parents. (Paragraph 18)', '',
      'Funding (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.', '',
      'Eligibility', '', 'On recommendations 3 and 4, the Government will consider the rules as part of the review.', '', 'It will report next year.',
    )), [
      [1, 'The Government accepts these recommendations.', 'accepted'],
      [2, 'The Government accepts these recommendations.', 'accepted'],
      [3, 'On recommendations 3 and 4, the Government will consider the rules as part of the review. It will report next year.', 'under-consideration'],
      [4, 'On recommendations 3 and 4, the Government will consider the rules as part of the review. It will report next year.', 'under-consideration'],
    ]);
    // Typing another number there gives the reply to that recommendation, by the keystroke path as afresh.
    const long = ' as the Committee set out at some length in its report and in the evidence it heard from witnesses';
    const before = lines('1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '', 'Funding (Recommendation 1)', '', 'The Government accepts this.' + long, '', 'Eligibility', '', 'On recommendation 1, the Government will also review the rules.' + long);
    const after = before.replace('On recommendation 1,', 'On recommendation 2,');
    const typed = parse(after, { previous: parse(before) });
    assert.deepEqual(typed, parse(after));
    assert.deepEqual(typed.recommendations.map((x) => x.responses.length), [1, 1]);
    // A reply of one line before it ("Agreed") stays that reply, not a heading.
    assert.deepEqual(rows(lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      'Funding (Recommendation 1)', '', 'Agreed', '', 'On recommendation 2, the Government will consider the formula.',
    )), [[1, 'Agreed', 'accepted'], [2, 'On recommendation 2, the Government will consider the formula.', 'under-consideration']]);
    // Under a recommendation's own heading and reply heading, such an opening goes on with that reply.
    const own = parse(lines('Recommendation 1', 'The Department should fund transport. (Paragraph 12)', '', 'Government response', '', 'On recommendation 1, we agree.'));
    assert.deepEqual(own.responses.map((x) => [x.answers, x.bodyParagraphs.length]), [[[0], 1]]);
  });

  it('gives a reply that names unanswered recommendations in brackets among its first words to them ("… (recommendations 3 and 4) …")', () => {
    const doc = (reply: string, heading = 'Eligibility') => lines(
      '1. The Department should fund transport. (Paragraph 12)', '', '2. The Department should publish the formula. (Paragraph 14)', '',
      '3. The Department should review eligibility. (Paragraph 16)', '', '4. The Department should consult parents. (Paragraph 18)', '',
      'Funding (Recommendations 1 and 2)', '', 'The Government accepts these recommendations.', '', heading, '', reply,
    );
    const r = parse(doc('The Government will review the rules and consult parents (recommendations 3 and 4) as part of its review.'));
    assert.deepEqual(r.recommendations.map((x) => x.responses.length), [1, 1, 1, 1]);
    assert.notEqual(r.recommendations[2].responses[0], r.recommendations[0].responses[0]);
    // Recommendations answered already are only pointed to: the words go on with the reply they stand in (under a
    // heading whose words no unanswered recommendation has; "Eligibility" is recommendation 3's topic, and heads its reply).
    const pointed = parse(doc('As with funding (recommendations 1 and 2), the Government will keep the rules under review.', 'Other matters'));
    assert.deepEqual(pointed.recommendations.map((x) => x.responses.length), [1, 1, 0, 0]);
    const topic = parse(doc('As with funding (recommendations 1 and 2), the Government will keep the rules under review.'));
    assert.deepEqual(topic.recommendations.map((x) => x.responses.map((k) => topic.responses[k].headingTitle)), [['Funding'], ['Funding'], ['Eligibility'], []]);
    // Typing another number there gives the reply to that one, by the keystroke path as afresh.
    const long = ' as the Committee set out at some length in its report and in the evidence it heard from witnesses';
    const before = doc('The Government will review the rules (recommendation 3) as part of its review.' + long);
    const after = before.replace('(recommendation 3)', '(recommendation 4)');
    const typed = parse(after, { previous: parse(before) });
    assert.deepEqual(typed, parse(after));
    assert.deepEqual(typed.recommendations.map((x) => x.responses.length), [1, 1, 0, 1]);
  });

  it('gives each theme\'s reply to what it names under a group\'s heading ("Government response") or with none, the titles as headings, and leaves one never named unanswered', () => {
    const doc = (heading: string[]) => lines(
      '1. The Department should publish a funding plan. (Paragraph 20)', '2. The Department should raise per-pupil funding. (Paragraph 24)',
      '3. The Department should review the formula. (Paragraph 30)', '4. The Department should fund special needs apart. (Paragraph 38)',
      '5. The Department should publish data on deficits. (Paragraph 45)', '', ...heading,
      'Long-term funding', '', 'The Government agrees that schools need certainty (recommendations 1 and 2).', '',
      'The funding formula', '', 'The formula is reviewed every year, so a separate review is not needed (recommendation 3).', '',
      'Special educational needs', '', 'Recommendation 4 is accepted. High needs funding will be separate from 2026.',
    );
    for (const heading of [['Government response', ''], []]) {
      const r = parse(doc(heading));
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.response.slice(0, 28), x.inferredStance]), [
        [1, 'The Government agrees that s', 'accepted'], [2, 'The Government agrees that s', 'accepted'],
        [3, 'The formula is reviewed ever', 'unclear'], [4, 'Recommendation 4 is accepted', 'accepted'], [5, '', 'no-response'],
      ], heading.join());
      assert.deepEqual(r.paragraphs.filter((p) => p.kind === 'section-heading').map((p) => r.lines[p.lines[0]]), ['Long-term funding', 'The funding formula', 'Special educational needs']);
      // Naming another there, typed, gives the reply to that one, by the keystroke path as afresh.
      const before = doc(heading);
      const after = before.replace('(recommendation 3)', '(recommendation 5)');
      const typed = parse(after, { previous: parse(before) });
      assert.deepEqual(typed, parse(after));
      assert.deepEqual(typed.recommendations.map((x) => x.responses.length), [1, 1, 0, 1, 1]);
    }
    // Opening by naming them ("On recommendations 1 and 2, …") does the same under the group's heading.
    const opening = parse(doc(['Government response', '']).replace('The Government agrees that schools need certainty (recommendations 1 and 2).', 'On recommendations 1 and 2, the Government agrees that schools need certainty.'));
    assert.deepEqual(opening.recommendations.map((x) => x.responses.length), [1, 1, 1, 1, 0]);
    // Under a recommendation's own heading, a reply that names it goes on with that heading's response.
    const own = parse(lines('Recommendation 4', 'The Department should fund special needs. (Paragraph 38)', '', 'Government response', 'Recommendation 4 is accepted. Funding will follow.'));
    assert.deepEqual(own.responses.map((x) => [x.kind, x.answers]), [['heading', [0]]]);
  });

  it('reads a reply cell after "|", and an empty one as no reply', () => {
    assert.deepEqual(rows(lines('1.That the Department act (Para 5) | Accepted | in hand', '2.That it report (Para 6) |  | ')), [[1, 'Accepted; in hand', 'accepted'], [2, '', 'no-response']]);
  });
});
