// A summary of the recommendations at the front ("1. …", "2. …" one after another), which the body then gives again,
// each with its response: the summary is front matter, not a second set of recommendations.
import { strict as assert } from 'assert';
import { parse } from '../../../server/src/model';
import { briefingRows } from '../../../server/src/features/briefing';
import { findings } from '../../../server/src/features/diagnostics';
import { lines } from '../../support/fixture';
import { responseBodyText } from '../../../server/src/features/responseText';
import { stances } from '../../../server/src/features/stance';

const text = lines(
  'Government response to the Science, Innovation and Technology Committee', '',
  'Summary of recommendations', '',
  '1. The Government should set out its plan for the regulation of artificial intelligence. (Paragraph 20)',
  '2. The Government should fund the safety institute for five years. (Paragraph 31)', '',
  'Responses to the recommendations', '',
  'Recommendation 1', 'The Government should set out its plan for the regulation of artificial intelligence. (Paragraph 20)', '',
  'Government response', 'We agree. The plan was published in February.', '',
  'Recommendation 2', 'The Government should fund the safety institute for five years. (Paragraph 31)', '',
  'Government response', 'We partially agree. Funding is confirmed for three years.',
);

describe('layout: a summary of the recommendations at the front', () => {
  it('reads the summary as front matter and the body\'s recommendations once, each with its response', () => {
    const r = parse(text);
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.length]), [[1, 9], [2, 15]].map(([n, l]) => [n, l, 1]));
    assert.deepEqual([r.paragraphs.find((p) => p.lines.includes(4))!.kind, r.paragraphs.find((p) => p.lines.includes(5))!.kind], ['text', 'text']);
    assert.ok(r.layouts.includes('summary-list'));
    assert.deepEqual(findings(r).map((f) => f.code).filter((c) => c !== 'undefined-acronym'), []);
  });

  it('reads a summary table whose cells bars part, the body straight after it, as front matter', () => {
    const r = parse(lines(
      'Summary of recommendations', '', 'No. | Recommendation | Response',
      '1. The Government should publish a national space strategy. | Accepted',
      '2. UKRI should review grant funding for early-career researchers. | Accepted in part', '',
      'Recommendation 1', '', 'The Government should publish a national space strategy. (Paragraph 14)', '', 'Government response', '', 'The Government agrees.', '',
      'Recommendation 2', '', 'UKRI should review grant funding for early-career researchers. (Paragraph 31)', '', 'Government response', '', 'UKRI accepts this recommendation in part.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.paragraphs]), [[1, 6, [14]], [2, 14, [31]]]);
    assert.ok(r.layouts.includes('summary-list'));
  });

  it('reads a bulleted summary with no numbers, the body numbered after it in the same order and words, as front matter', () => {
    const summary = ['Summary of the Committee\'s recommendations', '', '• The Department should publish a rural bus strategy. (Paragraph 12)', '• The Department should fund rural routes for ten years. (Paragraph 18)', ''];
    const body = [
      'Government response', '', '1. The Department should publish a rural bus strategy. (Paragraph 12)', '', 'The Government agrees.', '',
      '2. The Department should fund rural routes for ten years. (Paragraph 18)', '', 'Not accepted.',
    ];
    const r = parse(lines('Government response to the report on rural buses', '', ...summary, ...body));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.length]), [[1, 9, 1], [2, 13, 1]]);
    assert.deepEqual(stances(r).map((x) => x.inferred.stance), ['accepted', 'rejected']);
    assert.ok(r.layouts.includes('summary-list'));
    // Bullets that say other things than the body are recommendations of their own.
    const other = parse(lines('Government response to the report on rural buses', '', ...summary.map((l) => l.replace('rural bus strategy', 'cycling plan').replace('rural routes for ten years', 'ferries')), ...body));
    assert.ok(!other.layouts.includes('summary-list'));
    assert.equal(other.recommendations.length, 4);
  });

  it('reads a table at the end that gives the recommendations again with their status (an annex\'s) as a summary, not a second set', () => {
    const body = [
      'Recommendation 1', '', 'The Government should publish a national space strategy. (Paragraph 14)', '', 'Government response', '', 'The Government agrees.', '',
      'Recommendation 2', '', 'The Government should fund a launch site in Scotland. (Paragraph 22)', '', 'Government response', '', 'We do not accept this recommendation.', '',
      'Annex A: Summary of recommendations and responses', '', 'No. | Recommendation | Response',
    ];
    const r = parse(lines(...body, '1. The Government should publish a national space strategy. | Accepted', '2. The Government should fund a launch site in Scotland. | Rejected'));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.length]), [[1, 0, 1], [2, 8, 1]]);
    assert.ok(r.layouts.includes('closing-summary'));
    // …nor, as a Markdown table, its heading and header rows the last reply's words.
    const md = parse(lines(...body.slice(0, -1), '| No. | Recommendation | Response |', '| --- | --- | --- |', '| 1 | The Government should publish a national space strategy. | Accepted |', '| 2 | The Government should fund a launch site in Scotland. | Rejected |'));
    assert.deepEqual(md.recommendations.map((x) => [x.number, responseBodyText(md, x.responses[0])]), [[1, 'The Government agrees.'], [2, 'We do not accept this recommendation.']]);
    // Rows that say other things, or give numbers the body did not, are recommendations of their own.
    const other = parse(lines(...body, '3. The Government should fund a space academy. | Accepted', '4. The Government should publish launch data. | Rejected'));
    assert.deepEqual(other.recommendations.map((x) => x.number), [1, 2, 3, 4]);
    // Nor are a chapter's recommendations numbered again, unanswered at the end, whose words are nearly the first
    // chapter's: a summary gives the body's words again, all of them.
    const chapters = parse(lines(
      'Chapter 1: Schools', '1. The Department should publish publish publish publish in Leeds. (Paragraph 2)', '2. The Department should publish publish publish publish in Bristol. (Paragraphs 2 and 3)',
      'Government response', 'The Government accepts this recommendation.', '3. The Department should publish publish publish publish in Cardiff. (Paragraph 2)',
      'Government response', 'The Government accepts this recommendation.',
      'Chapter 2: Work', '1. The Department should publish publish publish publish in Glasgow. (Paragraph 2)', 'Government response', 'The Government accepts this recommendation.',
      '2. The Department should publish publish publish publish in Belfast. (Paragraph 2)', '3. The Department should publish publish publish publish in Norwich. (Paragraphs 2 and 3)',
    ));
    assert.deepEqual(chapters.recommendations.map((x) => [x.number, x.responses.length > 0]), [[1, true], [2, true], [3, true], [1, true], [2, false], [3, false]]);
    assert.ok(!chapters.layouts.includes('closing-summary'));
  });

  it('keeps chapters whose numbers restart, and a list whose numbers come again with other words, as recommendations', () => {
    const restart = parse(lines(
      'Chapter 1: Schools', '',
      '1. The Department should fund school repairs. (Paragraph 10)', '2. The Department should publish the condition survey. (Paragraph 11)', '',
      'Government response', 'We accept both recommendations.', '',
      'Chapter 2: Colleges', '',
      '1. The Department should review college pay. (Paragraph 30)', '', 'Government response', 'We do not accept this.', '',
      '2. The Department should simplify college funding. (Paragraph 31)', '', 'Government response', 'We will consider this.',
    ));
    assert.equal(restart.recommendations.length, 4);
    assert.ok(!restart.layouts.includes('summary-list'));
  });

  it('compares the words of the recommendations, not their labels and citations, which every one has', () => {
    // Chapters whose numbers restart, the first unanswered, each recommendation short: the labels ("Committee
    // recommendation 1:") and citations ("(Paragraph 2)") alone made three in five of their words alike.
    const r = parse(lines(
      'Chapter 1: Schools',
      'Committee recommendation 1: The Department should survey and publish times in Leeds (Paragraph 2).',
      'Committee recommendation 2: The Department should publish in Bristol (Paragraphs 2 and 3).',
      'Chapter 2: Work',
      'Committee recommendation 1: The Department should publish in Cardiff (Paragraph 2).', 'Government response', 'We agree.',
      'Committee recommendation 2: The Department should publish in Glasgow (Paragraphs 2 and 3).', 'Government response', 'We agree.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.length]), [[1, 1, 0], [2, 2, 0], [1, 4, 1], [2, 7, 1]]);
    assert.ok(!r.layouts.includes('summary-list'));
  });

  it('keeps a list renumbered "1." throughout, and one that more recommendations follow, even in the same words', () => {
    const rec = (n: string, what: string, p: number) => [`${n} The Department should ${what}. (Paragraph ${p})`];
    const answer = ['', 'Government response', 'We agree.', ''];
    const renumbered = parse(lines(...rec('1.', 'fund repairs', 10), ...rec('1.', 'publish the survey', 11), '', ...rec('1.', 'fund repairs', 10), ...answer, ...rec('1.', 'publish the survey', 11), ...answer));
    assert.equal(renumbered.recommendations.length, 4);
    const more = parse(lines(
      'Chapter 1', '', ...rec('1.', 'fund repairs', 10), ...rec('2.', 'publish the survey', 11), '',
      'Chapter 2', '', ...rec('1.', 'fund repairs', 10), ...answer, ...rec('2.', 'publish the survey', 11), ...answer,
      'Chapter 3', '', ...rec('1.', 'review pay', 12), ...answer,
    ));
    assert.equal(more.recommendations.length, 5);
    assert.ok(!renumbered.layouts.includes('summary-list') && !more.layouts.includes('summary-list'));
  });

  it('reads an edit of the body afresh, as a new parse would: one that makes it say other things than the summary', () => {
    // The body numbered as the summary is ("2. …"), whose words an edit inside the line would otherwise patch in place.
    const numbered = text.replace('Recommendation 1\nThe Government', '1. The Government').replace('Recommendation 2\nThe Government', '2. The Government');
    const before = parse(numbered);
    assert.ok(before.layouts.includes('summary-list'));
    const edited = numbered.replace('fund the safety institute for five years. (Paragraph 31)\n\nGovernment', 'reorganise every regional laboratory network. (Paragraph 31)\n\nGovernment');
    assert.notEqual(edited, text);
    const after = parse(edited, { previous: before });
    const fresh = parse(edited);
    assert.deepEqual(after.recommendations.map((x) => [x.number, x.range, x.text]), fresh.recommendations.map((x) => [x.number, x.range, x.text]));
    assert.deepEqual(after.paragraphs.map((p) => p.kind), fresh.paragraphs.map((p) => p.kind));
    assert.equal(fresh.recommendations.length, 4);
  });

  it('reads "Recommendation 1" again over the reply alone as naming the listed recommendation it answers', () => {
    const r = parse(lines(
      'Government response to the Committee\'s report', '',
      'Summary of recommendations', '',
      '1. The Department should publish a strategy for adult social care. (Paragraph 12)',
      '2. The Department should fund a pay rise for care workers. (Paragraph 19)', '',
      'Government responses', '',
      'Recommendation 1', 'The Government accepts this recommendation and will publish a strategy in 2026.', '',
      'Recommendation 2', '', 'The Government does not accept this recommendation.',
    ));
    assert.deepEqual(r.recommendations.map((x) => [x.number, x.range.start.line, x.responses.map((i) => responseBodyText(r, i))]), [
      [1, 4, ['The Government accepts this recommendation and will publish a strategy in 2026.']],
      [2, 5, ['The Government does not accept this recommendation.']],
    ]);
    assert.ok(r.layouts.includes('answers-under-headings'));
    // Headings over words of their own are the recommendations again, not replies.
    const again = parse(lines(
      '1. The Department should publish a strategy. (Paragraph 12)', '2. The Department should fund a pay rise. (Paragraph 19)', '',
      'Recommendation 1', 'The Department should publish a strategy for adult social care.', '', 'Recommendation 2', 'The Department should fund it.',
    ));
    assert.ok(!again.layouts.includes('answers-under-headings'));
  });

  it('reads "Recommendation 1" over a reply that opens with its decision alone, under it or after a blank line, with that decision', () => {
    const r = parse(lines(
      'Summary of recommendations', '',
      '1. The Department should publish a strategy for adult social care. (Paragraph 12)',
      '2. The Department should fund a pay rise for care workers. (Paragraph 19)', '',
      'Government responses', '',
      'Recommendation 1', 'Accepted. The strategy will be published in 2026.', '',
      'Recommendation 2', '', 'Not accepted. Pay is a matter for employers.',
    ));
    assert.deepEqual(briefingRows(r, 'file:///t.txt').map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'Accepted. The strategy will be published in 2026.', 'accepted'],
      [2, 'Not accepted. Pay is a matter for employers.', 'rejected'],
    ]);
    // So with the reply on the label's line, "Recommendation 1: The Government accepts …".
    const inline = parse(lines(
      'Summary of recommendations', '',
      '1. The Department should publish a strategy for adult social care. (Paragraph 12)',
      '2. The Department should fund a pay rise for care workers. (Paragraph 19)', '',
      'Recommendation 1: The Government accepts this recommendation. The strategy will follow.', '',
      'Recommendation 2: Not accepted. Pay is a matter for employers.',
    ));
    assert.deepEqual(briefingRows(inline, 'file:///t.txt').map((x) => [x.number, x.response, x.inferredStance]), [
      [1, 'The Government accepts this recommendation. The strategy will follow.', 'accepted'],
      [2, 'Not accepted. Pay is a matter for employers.', 'rejected'],
    ]);
  });

  it('reads each reply under "Recommendation 1 – Accepted", its decision beside the number, and leaves "Government responses" a heading', () => {
    const r = parse(lines(
      'Government response to the Education Committee', '',
      'Summary of recommendations', '',
      '1. The Department should publish a strategy for teacher recruitment. (Paragraph 12)',
      '2. The Department should review the bursary scheme. (Paragraph 19)', '',
      'Government responses', '',
      'Recommendation 1 – Accepted', 'A strategy will be published in the spring.', '',
      'Recommendation 2: Not accepted', 'The bursary scheme is reviewed each year already.',
    ));
    const s = stances(r);
    assert.deepEqual(r.recommendations.map((x, i) => [x.number, x.responses.length, s[i].inferred.stance]), [[1, 1, 'accepted'], [2, 1, 'rejected']]);
    assert.ok(r.layouts.includes('answers-under-headings'));
    // With no blank lines, each such heading starts a paragraph of its own.
    const packed = parse(r.text.split('\n').filter((l) => l.trim()).join('\n'));
    const p = stances(packed);
    assert.deepEqual(packed.recommendations.map((x, i) => [x.number, x.responses.length, p[i].inferred.stance]), [[1, 1, 'accepted'], [2, 1, 'rejected']]);
  });
});

