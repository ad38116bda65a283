// "Recommendation 1 (Accepted)", "Recommendation 2 – Not accepted", "Recommendation 3: Accepted in part" over the
// recommendation's words and then the reply: the decision beside the number is the reply's, and the words end at the
// first paragraph (or, with no blank lines, sentence) after words that recommend.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { decidedLabel } from '../../../server/src/model/verdicts';
import { copies, lines } from '../../support/fixture';

const rows = (text: string) => briefingRows(parse(text), 'file:///t.txt').map((r) => [r.number, r.title.slice(0, 24), r.response.slice(0, 24), r.inferredStance]);

describe('layout: headings that give the decision beside the number', () => {
  const paper = lines(
    'Progress report on the Committee’s recommendations', '',
    'Recommendation 1 (Accepted)', '',
    'The Department should publish a heat in buildings delivery plan.', '',
    'Publication is expected in the spring, after consultation with local authorities.', '',
    'Recommendation 2 – Not accepted', '',
    'The Department should set a target for ferry reliability. It should report on it each year.', '',
    'Reliability depends on the age of the fleet, which new vessels will address.', '',
    'Recommendation 3: Accepted in part', '',
    'The Department should fund local authorities to maintain roads.', '',
    'Additional funding is provided in the next budget.',
  );
  const expected = [
    [1, 'The Department should pu', 'Publication is expected ', 'accepted'],
    [2, 'The Department should se', 'Reliability depends on t', 'rejected'],
    [3, 'The Department should fu', 'Additional funding is pr', 'accepted-in-part'],
  ];

  it('reads the words under each, the reply after them, and the decision as the reply’s', () => {
    assert.deepEqual(rows(paper), expected);
  });

  for (const [name, text] of copies(paper).slice(1)) {
    it(`reads it so ${name}`, () => {
      assert.deepEqual(rows(text), expected);
    });
  }

  it('leaves a summary’s status lines text, in brackets as after a colon', () => {
    const r = parse(lines(
      'Summary', '', 'Recommendation 1 (Accepted)', 'Recommendation 2 (Not accepted)', '',
      'Recommendation 1: The Department should act. (Paragraph 3)', '', 'The Government accepts this recommendation.', '',
      'Recommendation 2: The Department should report. (Paragraph 4)', '', 'We do not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs]), [[1, [3]], [2, [4]]]);
  });

  it('does not take a title in brackets for a decision', () => {
    assert.deepEqual(decidedLabel('Recommendation 1 (Accepted in part)'), { number: 1, decisionAt: 18 });
    assert.equal(decidedLabel('Recommendation 1 (Funding)'), undefined);
    assert.equal(decidedLabel('Recommendation 1 (Accepted) and more words'), undefined);
  });

  it('reads a reply heading with the decision beside it in brackets ("Response (Partially accepted)"): the decision decides, the words under it are the response', () => {
    const r = parse(lines(
      'Recommendation 1', 'The MoD should publish complaints data. (Paragraph 40)', '', 'Response (Partially accepted)', 'The MoD will publish some of the data.', '',
      'Recommendation 2', 'The MoD should review the contract. (Paragraph 45)', '', 'Government response to recommendation 2 [Not accepted]', 'The contract runs to 2030.',
    ));
    const rows = briefingRows(r, 'file:///d.txt');
    assert.deepEqual(rows.map((x) => [x.number, x.inferredStance, x.response]), [[1, 'accepted-in-part', 'The MoD will publish some of the data.'], [2, 'rejected', 'The contract runs to 2030.']]);
  });

  it('reads the decision after the citation, beyond a dash or a colon ("… (Paragraph 12) – Accepted"), as the reply\'s first words, the paragraph under it the rest', () => {
    for (const [label, between] of [['Recommendation 1. ', ' – '], ['1. ', ' - '], ['Recommendation 1: ', ': '], ['1. ', '—']]) {
      const text = lines(
        'Response to the Committee', '',
        `${label}Defra should publish a land use framework by the end of the year. (Paragraph 12)${between}Accepted`, '',
        'Defra will publish the framework in the autumn.', '',
        `${label.replace('1', '2')}Defra should set targets for peatland restoration. (Paragraph 19)${between}Partially accepted`, '',
        'Defra has set targets for upland peat and is considering lowland peat as part of its land use framework.', '',
      );
      assert.deepEqual(briefingRows(parse(text), 'file:///d.txt').map((x) => [x.number, x.title.slice(0, 24), x.inferredStance, x.response.slice(0, 24)]), [
        [1, 'Defra should publish a l', 'accepted', 'Accepted Defra will publ'],
        [2, 'Defra should set targets', 'accepted-in-part', 'Partially accepted Defra'],
      ], JSON.stringify(between));
    }
    // A wrap may put the dash and the decision on a line of their own: the decision still decides.
    const wrapped = parse(lines(
      'Recommendation 1. Defra should set targets for', 'peatland restoration. (Paragraph 19)', '– Partially accepted', '', 'Defra has set targets for upland peat.',
    ));
    assert.deepEqual(briefingRows(wrapped, 'file:///d.txt').map((x) => [x.number, x.inferredStance]), [[1, 'accepted-in-part']]);
  });
});
