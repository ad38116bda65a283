// A label's number called one ("Recommendation No. 1:", "Recommendation number 6"), a heading in italics
// ("*Recommendation 5*", "_Recommendation 1_"), labels and headings in capitals ("RECOMMENDATION 1:", "GOVERNMENT
import { briefingRows } from '../../../server/src/features/briefing';
// RESPONSE"), and a heading with the paragraph in the number's place ("Recommendation (paragraph 12)", a Lords form).
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { matchLine } from '../../../server/src/model/rules';
import { copies, lines } from '../../support/fixture';

describe('layout: a label\'s number called one or left out, italics and capitals', () => {
  it('reads "Recommendation No. 1:" and "Recommendation number 6" by their numbers', () => {
    const r = parse(lines(
      'Government Response', '',
      'Recommendation No. 1: The Department should publish a workforce plan within a year.', '',
      'Response: Accepted. The plan will be published in the spring.', '',
      'Recommendation No.2: The Department should review the funding formula.', '',
      'Response: Not accepted.', '',
      'Recommendation number 6', '', 'The Department should consult the sector. (Paragraph 14)', '',
      'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length, x.text.split(' ').slice(0, 3).join(' ')]), [
      [1, 1, 'The Department should'],
      [2, 1, 'The Department should'],
      [6, 1, 'The Department should'],
    ]);
  });

  it('reads a number glued to its label or heading, as a PDF\'s text may give it ("Recommendation3: …", "RECOMMENDATION4"), in every copy', () => {
    const text = lines(
      'Government Response', '',
      'Recommendation3: The Department should publish a workforce plan within a year.', '', 'Response: Accepted.', '',
      'RECOMMENDATION4', 'The Department should review the funding formula.', '', 'Government response', 'Not accepted.',
    );
    for (const [name, copy] of copies(text)) {
      const r = parse(copy);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.responses.length, x.text]), [
        [3, 1, 'The Department should publish a workforce plan within a year.'],
        [4, 1, 'The Department should review the funding formula.'],
      ], name);
    }
  });

  it('reads a label or heading marked out by a word before it ("Key recommendation 3:", "Monitored recommendation 12") by its number, and not a sentence about one', () => {
    const r = parse(lines(
      'Government response', '',
      'Key recommendation 3: The Department should set out a plan for the hardest to reach premises. (Paragraph 14)', '',
      'The Government agrees with this recommendation.', '',
      '**Monitored recommendation 12:** The Department should write to the Committee with an update. (Paragraph 27)', '',
      'The Government agrees.', '',
      'Priority recommendation 15', '', 'The Department should consult the sector. (Paragraph 30)', '',
      'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.split(' ').slice(0, 3).join(' ')]), [
      [3, [14], 1, 'The Department should'],
      [12, [27], 1, 'The Department should'],
      [15, [30], 1, 'The Department should'],
    ]);
    // A sentence that opens with a word about a recommendation stays a reply's words.
    const reply = parse(lines(
      'Recommendation 3: The Department should set out a plan. (Paragraph 14)', '',
      'The Government agrees.', '',
      'Our recommendation 4 was accepted last year, and the plan follows it.',
    ));
    assert.deepEqual(reply.recommendations.map((x) => [x.number, x.responses.length]), [[3, 1]]);
  });

  it('reads a label whose number stands in brackets ("Recommendation (3):") by its number', () => {
    const r = parse(lines(
      'Government response', '',
      'Recommendation (3): The Department should pay childcare costs up front. (Paragraph 25)', '',
      'Government comment: The Government accepts this recommendation in part.', '',
      '**Recommendation (4):** The Department should raise the cap each year. (Paragraph 31)', '',
      'Government comment: The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.shortTitle]), [
      [3, [25], 1, 'The Department should pay childcare costs up front'],
      [4, [31], 1, 'The Department should raise the cap each year'],
    ]);
  });

  it('reads "Conclusion and recommendation 3" as a label or a heading, and a page in brackets after the number ("Recommendation 5 (page 12):"), by their numbers', () => {
    const r = parse(lines(
      'Government response', '',
      'Conclusion and recommendation 3: The Department should publish a plan for rural schools. (Paragraph 12)', '', 'The Government agrees.', '',
      'Conclusion and recommendation 4', '', 'The Department should review funding. (Paragraph 15)', '', 'Government response', '', 'Not accepted.', '',
      'Recommendation 5 (page 12): The Department should consult. (Paragraph 18)', '', 'The Government agrees.', '',
      'Recommendation 6 (pp. 14–15)', '', 'The Department should report. (Paragraph 21)', '', 'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.split(' ').slice(0, 2).join(' ')]), [
      [3, [12], 1, 'The Department'],
      [4, [15], 1, 'The Department'],
      [5, [18], 1, 'The Department'],
      [6, [21], 1, 'The Department'],
    ]);
    // The report's part of that name is no label.
    assert.equal(matchLine('Conclusions and recommendations').kind, 'text');
  });

  it('reads a label marked out by a word in brackets after its number ("Recommendation 3 (Key):") by its number', () => {
    const r = parse(lines(
      'Government response', '',
      'Recommendation 3 (Key): The Treasury should publish its assessment of the programme. (Paragraph 14)', '',
      'The Government agrees with the Committee’s recommendation.', '',
      '**Recommendation 4 (Priority recommendation):** HMRC should report on the tax gap every year.', '',
      'The Government disagrees with the Committee’s recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.split(' ').slice(0, 2).join(' ')]), [
      [3, [14], 1, 'The Treasury'],
      [4, [], 1, 'HMRC should'],
    ]);
  });

  it('reads "The Committee’s Recommendation 7:", a heading that ends with a dash ("Recommendation 8 –"), and a number with the label again without one ("9. Recommendation: …")', () => {
    const r = parse(lines(
      'Government response', '',
      'The Committee’s Recommendation 7: The Department should publish a plan for rural schools. (Paragraph 12)', '',
      'The Government agrees with this recommendation.', '',
      'Recommendation 8 –', '', 'The Department should review funding for small schools. (Paragraph 15)', '',
      'The Government does not accept this recommendation.', '',
      '9. Recommendation: The Department should consult on transport. (Paragraph 19)', '', 'Noted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.split(' ').slice(0, 2).join(' ')]), [
      [7, [12], 1, 'The Department'],
      [8, [15], 1, 'The Department'],
      [9, [19], 1, 'The Department'],
    ]);
  });

  it('reads "*Recommendation 5*" and "_Recommendation 7_" as headings, and leaves "Recommendation notes" as words', () => {
    const r = parse(lines(
      'Government response', '',
      '*Recommendation 5*', '', 'The Department should report every year. (Paragraph 10)', '',
      'Government response', '', 'Agreed.', '',
      '_Recommendation 7_', '', 'The Department should consult on the changes. (Paragraph 14)', '',
      'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[5, [10], 1], [7, [14], 1]]);
    assert.equal(parse(lines('Recommendation notes: the Department keeps them.')).recommendations.length, 0);
  });

  it('reads "[Recommendation 5]" in square brackets as a heading over the words, or as a label before them on their line', () => {
    const heading = parse(lines(
      'Government response', '',
      '[Recommendation 5]', '', 'The Department should report every year. (Paragraph 10)', '', 'Agreed.', '',
      '[Recommendation 7]', '', 'The Department should consult on the changes. (Paragraph 14)', '', 'Not accepted.',
    ));
    assert.deepEqual(heading.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), [
      [5, [10], 1, 'The Department should report every year. (Paragraph 10)'], [7, [14], 1, 'The Department should consult on the changes. (Paragraph 14)'],
    ]);
    const label = parse(lines('Government response', '', '[Recommendation 5] The Department should report every year. (Paragraph 10)', '', 'Agreed.', '', '[Recommendation 7] The Department should consult. (Paragraph 14)', '', 'Not accepted.'));
    assert.deepEqual(label.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), [
      [5, [10], 1, 'The Department should report every year. (Paragraph 10)'], [7, [14], 1, 'The Department should consult. (Paragraph 14)'],
    ]);
  });

  it('reads labels and response headings in capitals', () => {
    const r = parse(lines(
      'GOVERNMENT RESPONSE TO THE HEALTH COMMITTEE', '',
      'RECOMMENDATION 3: The Department should publish a workforce plan. (Paragraph 12)', '',
      'GOVERNMENT RESPONSE', '', 'The Government accepts this recommendation.', '',
      'RECOMMENDATION 4: The Department should review the funding formula. (Paragraph 18)', '',
      'GOVERNMENT RESPONSE', '', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.text.split(' ').slice(0, 2).join(' '), x.responses.length]), [[3, 'The Department', 1], [4, 'The Department', 1]]);
    assert.deepEqual(r.responses.map((x) => x.range.start.line), [4, 10]);
  });

  it('reads a response heading in small letters alone on its line ("government response", "**response:**"), never small words going on in prose', () => {
    for (const heading of ['government response', '**response:**', 'reply']) {
      const r = parse(lines(
        'Government response to the Health Committee', '',
        '1. The Department should publish a workforce plan. (Paragraph 12)', '',
        heading, '', 'The Government accepts this recommendation.', '',
        '2. The Department should review the funding formula. (Paragraph 18)', '',
        heading, '', 'The Government does not accept this recommendation.',
      ));
      assert.deepEqual(r.responses.map((x) => [x.kind, x.range.start.line]), [['heading', 4], ['heading', 10]], heading);
      assert.deepEqual(briefingRows(r, 'file:///h.txt').map((x) => [x.response, x.inferredStance]), [
        ['The Government accepts this recommendation.', 'accepted'], ['The Government does not accept this recommendation.', 'rejected'],
      ], heading);
    }
    // A wrapped line that goes on in small letters is the paragraph's words.
    const prose = parse(lines('1. The Department should publish a workforce plan, and set out its', 'response to the staffing review. (Paragraph 12)', '', 'We agree.'));
    assert.deepEqual(prose.paragraphs.map((x) => x.kind), ['recommendation', 'text']);
    assert.equal(prose.recommendations[0].responses.length, 1);
  });

  it('reads the citation in a heading with a footnote\'s number after it ("Recommendation 1 (paragraph 34)7") or naming the paper or the chapter ("(HL Paper 12, para 41)", "(Chapter 3, para 45)")', () => {
    const r = parse(lines(
      'Government response to the Lords Committee', '',
      'Recommendation 1 (paragraph 34)7', 'The Government should set a national target.', '',
      'Government response', '', 'The Government agrees.', '',
      'Recommendation 2 (HL Paper 12, para 41)[8]', 'The Government should publish a plan.', '',
      'Government response', '', 'The Government does not agree.', '',
      'Recommendation 3 (Chapter 3, para 45)', 'The Government should review the plan.', '',
      'Government response', '', 'The Government agrees.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text]), [
      [1, [34], 1, 'The Government should set a national target.'], [2, [41], 1, 'The Government should publish a plan.'], [3, [45], 1, 'The Government should review the plan.'],
    ]);
  });

  it('numbers by its place a heading that gives the paragraph in the number\'s place', () => {
    const r = parse(lines(
      'Government response to the Lords Committee', '',
      'Recommendation (paragraph 12)', '', 'The Government should publish a strategy for the sector.', '',
      'Government response', '', 'The Government agrees.', '',
      'Recommendation (paragraph 19)', '', 'The Government should review the powers of the regulator.', '',
      'Government response', '', 'The Government does not agree.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.split(' ').slice(0, 2).join(' ')]), [
      [1, [12], 1, 'The Government'],
      [2, [19], 1, 'The Government'],
    ]);
  });

  it('reads a label whose words follow its number with no stop ("Recommendation 3.1 Local authorities should …")', () => {
    const r = parse(lines(
      'Government Response to the Independent Review', '',
      'Chapter 3: Family help', '',
      'Recommendation 3.1 Local authorities should establish Family Help teams in every area.', '',
      'Response: Accepted. We will test Family Help in 12 areas from 2024.', '',
      '**Recommendation 3.2** The Department should ring-fence funding for Family Help.', '',
      'Response: Not accepted.', '',
      'Chapter 4: Child protection', '',
      'Recommendation 12 Child protection enquiries should be led by experienced social workers.', '',
      'Response: Accepted in principle.', '',
      'Recommendation 13 was accepted in full, as the table below shows.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.label, x.shortTitle.slice(0, 20)]), [
      [3, '3.1', 'Local authorities sh'],
      [3, '3.2', 'The Department shoul'],
      [12, '12', 'Child protection enq'],
    ]);
  });

  it('reads "(paragraph 34 of the report)" in a heading in the number\'s place and beside a label\'s number (Lords forms)', () => {
    const headed = parse(lines(
      'Government response to the House of Lords Select Committee on the Constitution', '',
      'Introduction', '', '1. The Government is grateful to the Committee for its report.', '',
      'Recommendation (paragraph 34 of the report)', 'The Government should publish guidance on the use of delegated powers.', '',
      'Government response', '2. The Government agrees and will publish it by the summer.', '',
      'Recommendation (paragraph 41 of the report)', 'The Government should give Parliament more time to scrutinise skeleton bills.', '',
      'Government response', '3. The Government does not agree.',
    ));
    assert.deepEqual(headed.recommendations.map((x) => [x.number, x.paragraphs, x.shortTitle.slice(0, 14)]), [[1, [34], 'The Government'], [2, [41], 'The Government']]);
    const labelled = parse(lines(
      'Government response', '',
      'Recommendation 1 (paragraph 45 of the report): The Government should publish guidance.', '', 'The Government agrees.', '',
      'Recommendation 2 (para 50 of the report) – The Government should act now.', '', 'We do not agree.',
    ));
    assert.deepEqual(labelled.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [
      [1, [45], 'The Government should publish guidance.'],
      [2, [50], 'The Government should act now.'],
    ]);
  });

  it('reads "(para 34 refers)" beside a heading\'s or a label\'s number as its citation', () => {
    const r = parse(lines(
      'Government response', '',
      'Recommendation 1 (para 34 refers)', 'The Government should set a national target for older people.', '',
      'Government response', '', 'Not agreed.', '',
      'Recommendation 2 (para 41 refers): Councils should plan for older people.', '',
      'Government response', '', 'Agreed.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text]), [
      [1, [34], 'The Government should set a national target for older people.'],
      [2, [41], 'Councils should plan for older people.'],
    ]);
  });

  it('leaves out of the words and the title a label that repeats the number before it ("1. Recommendation 1. The Secretary of State …"), not another number\'s', () => {
    const r = parse(lines(
      'Government response', '',
      '1. Conclusion 1. We are concerned that funding will fall. The Department must set out its plans. (Paragraph 12)',
      'The Government does not agree.',
      '2. Recommendation 2: The Agency should publish its programme. (Paragraph 17)',
      'Agreed.',
      '3. Recommendation 4. The Department should report each year. (Paragraph 23)',
      'Accepted.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.shortTitle.split(' ').slice(0, 3).join(' '), x.text.split(' ').slice(0, 2).join(' ')]), [
      [1, 'We are concerned', 'We are'],
      [2, 'The Agency should', 'The Agency'],
      // Another number's label is the words' own.
      [3, 'Recommendation 4. The', 'Recommendation 4.'],
    ]);
  });

  it('reads the paragraph a heading cites with no brackets ("Recommendation 4 — paragraph 12", "…, paragraphs 17 and 18"), in every copy', () => {
    const text = lines(
      'Government Response', '',
      'Recommendation 4 — paragraph 12', 'The Department should publish its data strategy.', '', 'Response', 'Accepted.', '',
      'Recommendation 7, paragraphs 17 and 18', 'The Department should appoint a chief data officer.', '', 'Response', 'Rejected.', '',
      'Recommendation 9: Para 20', 'The Department should report annually.', '', 'Response', 'Accepted in principle.', '',
      'Recommendation 10: Funding', 'The Department should fund it.', '', 'Response', 'Noted.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.split(' ').slice(0, 2).join(' ')]), [
        [4, [12], 'The Department'],
        [7, [17, 18], 'The Department'],
        [9, [20], 'The Department'],
        // A title is no citation.
        [10, [], 'The Department'],
      ], copy);
    }
    // Where the recommendation stands in the report, in brackets after the number ("(Chapter 3)"), is neither.
    const chapter = parse(lines('Recommendation 12 (Chapter 3)', '', 'The Department should publish the review. (Paragraph 3.14)', '', 'Government response', '', 'Accepted.', '', 'Recommendation 13 (Chapter 3)', '', 'The Department should consult. (Paragraph 3.16)', '', 'Government response', '', 'Not accepted.'));
    assert.deepEqual(chapter.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length]), [[12, [3.14], 1], [13, [3.16], 1]]);
  });

  it('reads a label with the paragraph between it and the words with no brackets, where it stands in brackets, or "#" before its number', () => {
    const text = lines(
      'Recommendation 4 – paragraph 12 – The Department should publish its plan.', '', 'Response: Accepted.', '',
      'Recommendation 5 (Chapter 2): The Department should consult on it.', '', 'Response: Not accepted.', '',
      'Recommendation #7: The Department should report each year.', '', 'Response: Agreed.', '',
      'Recommendation #9', '', 'The Department should fund it.', '', 'Government response', '', 'Noted.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.split(' ').slice(0, 2).join(' '), x.responses.length]), [
        [4, [12], 'The Department', 1],
        [5, [], 'The Department', 1],
        [7, [], 'The Department', 1],
        [9, [], 'The Department', 1],
      ], copy);
    }
  });

  it('reads a label with the citation in its number\'s place ("Committee recommendation (paragraph 45): …"), numbered by its place', () => {
    const text = lines(
      'Scottish Government response to the Committee', '',
      'Committee recommendation (paragraph 45): The Scottish Government should publish a delivery plan.', '', 'Scottish Government response: The Scottish Government agrees.', '',
      'Recommendation (para 52): Transport Scotland should review ferry procurement.', '', 'Scottish Government response: We do not agree.',
    );
    for (const [copy, t] of copies(text).slice(0, 3)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text, x.responses.length]), [
        [1, [45], 'The Scottish Government should publish a delivery plan.', 1],
        [2, [52], 'Transport Scotland should review ferry procurement.', 1],
      ], copy);
    }
  });

  it('reads a label with no number at all ("Recommendation: The Department should …"), with no blank lines too, numbered by its place; not a status', () => {
    const text = lines(
      'Government response to the Culture Committee',
      'Recommendation: The Department should publish a strategy for local museums.', 'Response: Accepted. The strategy will follow.',
      '**Recommendation:** The Department should fund free entry for children.', 'Response: Not accepted.',
    );
    assert.deepEqual(parse(text).recommendations.map((x) => [x.number, x.text, x.responses.length]), [
      [1, 'The Department should publish a strategy for local museums.', 1],
      [2, 'The Department should fund free entry for children.', 1],
    ]);
    assert.equal(matchLine('Recommendation: Accepted.').rule, 'text');
  });
  it('reads the paragraph an initial\'s number alone on its line cites ("R1 (paragraph 34)", "No. 2 (para 41)") as the recommendation\'s, in every copy', () => {
    const text = lines(
      'Government Response', '',
      'R1 (paragraph 34)', 'The Government should set a national target for specialist housing.', '',
      'Government response', '', 'The Government does not agree.', '',
      'No. 2 (para 41)', 'Councils should plan for the housing needs of older people.', '',
      'Government response', '', 'Agreed.',
    );
    for (const [copy, t] of copies(text)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.split(' ').slice(0, 2).join(' ')]), [
        [1, [34], 1, 'The Government'],
        [2, [41], 1, 'Councils should'],
      ], copy);
    }
  });
  it('reads "Recommendation" and its number with the paragraph it cites split over two lines ("Recommendation" / "1 (paragraph 34)"), in every copy', () => {
    const text = lines(
      'Government Response', '',
      'Recommendation', '1 (paragraph 34)', 'The Government should set a national target for specialist housing.', '',
      'Government response', '', 'The Government does not agree. Targets are set locally.', '',
      'Recommendation', '2 (paragraph 41)', 'Councils should plan for the housing needs of older people.', '',
      'Government response', '', 'Agreed.',
    );
    for (const [copy, t] of copies(text)) {
      const r = parse(t);
      assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.text.split(' ').slice(0, 2).join(' ')]), [
        [1, [34], 'The Government'],
        [2, [41], 'Councils should'],
      ], copy);
      assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => x.response), ['The Government does not agree. Targets are set locally.', 'Agreed.'], copy);
    }
  });
  it('reads "Paragraph 23" alone on the line under a heading, over the words, as the paragraph the recommendation cites ("Paragraph 23:", "(Paragraph 23)" too), in every copy', () => {
    const doc = (cite: (n: string) => string) => lines(
      'RESPONSE TO THE RECOMMENDATIONS OF THE SCOTTISH AFFAIRS COMMITTEE', '',
      'Recommendation 1', cite('Paragraph 23'), 'The UK Government should agree a joint plan for the oil and gas transition.', '',
      'Response', 'The UK Government agrees.', '',
      'Recommendation 2', cite('Paragraphs 31 and 32'), 'The UK Government should devolve powers over immigration.', '',
      'Response', 'The UK Government does not agree.',
    );
    for (const cite of [(n: string) => n, (n: string) => `${n}:`, (n: string) => `(${n})`]) {
      for (const [copy, t] of copies(doc(cite))) {
        const r = parse(t);
        assert.deepEqual(r.recommendations.map((x) => [x.number, x.paragraphs, x.responses.length, x.text.includes('should')]), [[1, [23], 1, true], [2, [31, 32], 1, true]], `${cite('Paragraph 1')}, ${copy}`);
        assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => x.response), ['The UK Government agrees.', 'The UK Government does not agree.'], `${cite('Paragraph 1')}, ${copy}`);
      }
    }
  });
});
