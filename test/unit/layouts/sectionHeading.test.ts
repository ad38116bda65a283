// Headings between the recommendations: chapters and themes are in no response, and end what came before them.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { responseBodyText } from '../../../server/src/features/responseText';
import { lines } from '../../support/fixture';
import { briefingRows } from '../../../server/src/features/briefing';

const answers = (text: string) => {
  const r = parse(text);
  return r.recommendations.map((x) => [x.number, x.responses.map((i) => responseBodyText(r, i)).join(' | ')]);
};

describe('layout: headings between the recommendations', () => {
  it('leaves a chapter heading out of the response before it, and a recommendation before it unanswered', () => {
    assert.deepEqual(answers(lines(
      'Chapter 4: Planning and licensing', '',
      '1. The principle should be put on a statutory footing. (Paragraph 58)', '', 'Government response', '', 'The Government accepts this recommendation in part.', '',
      '2. Licensing authorities should consider the cultural value of a venue. (Paragraph 63)', '',
      'Chapter 5: Next steps', '',
      '1. DCMS should report to the Committee in twelve months. (Paragraph 70)', '', 'Government response', '', 'The Government accepts this recommendation.',
    )), [[1, 'The Government accepts this recommendation in part.'], [2, ''], [1, 'The Government accepts this recommendation.']]);
  });

  it('does not join a long chapter heading to the recommendation after it, as if a page break had cut a sentence', () => {
    const text = lines(
      'Chapter 2: Funding at work', '',
      'The Department should publish its funding plan for every school in Bristol. (Paragraph 2)', '',
      'Chapter 3: Transport and Workforce and Workforce for families', '',
      'The Department should publish its funding plan for every school in Cardiff. (Paragraph 4)', '',
      'Government response', '',
      'The Government accepts this recommendation.',
    );
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.shortTitle.slice(0, 14), x.range.start.line]), [['The Department', 2], ['The Department', 6]]);
    assert.deepEqual(answers(text), [[1, ''], [2, 'The Government accepts this recommendation.']]);
  });

  it('leaves a theme heading out of the response before it, two levels of heading too, and up to four', () => {
    assert.deepEqual(answers(lines(
      'Recommendation 1 (paragraph 34)', 'The Government should set a national target.', '', 'Government response', '', 'The Government does not agree.', '',
      'Funding and finance', '', 'Grants to councils', '',
      'Recommendation 2 (paragraph 63)', 'The Government should extend the programme.', '', 'Government response', '', 'The Government notes the recommendation.',
    )), [[1, 'The Government does not agree.'], [2, 'The Government notes the recommendation.']]);
    // Three levels (a Treasury Minute's next report, its department and its subject): none in the reply before them.
    const three = lines(
      '1: PAC recommendation: The Department should publish its recovery estimates.', '',
      '1.1 The government agrees with the Committee\'s recommendation.', '', '1.2 The estimates will be in the annual report.', '',
      'Thirty-second report of Session 2025–26', '', 'HM Revenue & Customs', '', 'Closing the tax gap', '',
      '1: PAC recommendation: HMRC should publish a plan to close the tax gap.', '', '1.1 The government agrees with the Committee\'s recommendation.',
    );
    const headings = (text: string) => { const r = parse(text); return r.paragraphs.filter((x) => x.kind === 'section-heading').map((x) => r.lines[x.lines[0]]); };
    assert.deepEqual(headings(three), ['Thirty-second report of Session 2025–26', 'HM Revenue & Customs', 'Closing the tax gap']);
    // Four are more than a heading stands over: the first of five is words.
    assert.deepEqual(headings(three.replace('HM Revenue', 'Tax\n\nCompliance\n\nHM Revenue')), ['Tax', 'Compliance', 'HM Revenue & Customs', 'Closing the tax gap']);
  });

  it('leaves a numbered heading ("2. Storm overflows") out of the response before it, and keeps a reply\'s numbered paragraphs', () => {
    const text = lines(
      '1. Net zero and the water sector', '',
      'Recommendation 1', 'Ofwat should require water companies to publish net zero plans. (Paragraph 14)', '', 'Response', 'Ofwat agrees.', '',
      'Recommendation 2', 'The Government should set a target for reducing leakage. (Paragraph 20)', '', 'Response', 'A target is already set.', '',
      '2. Storm overflows', '',
      'Recommendation 3', 'The Environment Agency should publish monitoring data. (Paragraph 31)', '', 'Response', 'Agreed.', '', '4. Data will be real-time from 2025', '', '5. The Agency will report on it',
    );
    assert.deepEqual(answers(text), [[1, 'Ofwat agrees.'], [2, 'A target is already set.'], [3, 'Agreed. Data will be real-time from 2025 The Agency will report on it']]);
    const r = parse(text);
    assert.deepEqual(r.paragraphs.filter((p) => p.kind === 'section-heading').map((p) => r.lines[p.lines[0]]), ['2. Storm overflows']);
  });

  it('keeps a short reply straight after its recommendation, a decision, and a field, as response words', () => {
    assert.deepEqual(answers(lines(
      '1. The Department should act. (Paragraph 3)', '', 'See our response to recommendation 4', '',
      '2. The Department should fund it. (Paragraph 4)', '', 'The Department agrees.', '', 'Target implementation date: March 2026', '',
      '3. The Department should report. (Paragraph 5)', '', 'Agreed', '',
      '4. The Department should consult. (Paragraph 6)',
    )), [[1, 'See our response to recommendation 4'], [2, 'The Department agrees. Target implementation date: March 2026'], [3, 'Agreed'], [4, '']]);
  });

  it('reads a title over replies that each name what they answer ("The Government\'s responses" / "Response to recommendation 1") as a heading, no reply of its own', () => {
    const r = parse(lines(
      '1. The Department should publish a workforce plan. (Paragraph 12)', '2. The Department should fund more training places. (Paragraph 18)', '',
      'The Government\'s responses', '',
      'Response to recommendation 1', 'The Government accepts this recommendation.', '',
      'Response to recommendation 2', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.response]), [
      [1, 'The Government accepts this recommendation.'],
      [2, 'The Government does not accept this recommendation.'],
    ]);
    assert.equal(r.paragraphs.find((p) => r.lines[p.lines[0]] === 'The Government\'s responses')?.kind, 'section-heading');
    // A reply's words over such a heading stay the reply ("See our response to recommendation 4").
    const see = parse(lines('1. The Department should publish a plan. (Paragraph 12)', '', 'See our response to recommendation 2', '', 'Response to recommendation 2', 'Agreed.'));
    assert.equal(responseBodyText(see, see.recommendations[0].responses[0]), 'See our response to recommendation 2');
  });
});
