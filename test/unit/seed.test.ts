// The model on the real seed: every recommendation, its paragraph and range, and which response answers it.
import { strict as assert } from 'assert';
import { parse, type Report } from '../../server/src/model';
import { readSeed } from '../../scripts/corpus';

/** Number → [cited paragraph, first line, last line] (1-based lines), read off the seed by hand. */
const EXPECTED: Record<number, [number, number, number]> = {
  1: [17, 110, 110], 2: [18, 112, 112], 3: [20, 122, 122], 4: [21, 124, 124], 5: [24, 126, 126],
  6: [25, 128, 128], 7: [27, 169, 170], 8: [28, 172, 173], 9: [29, 175, 176], 10: [31, 206, 206],
  11: [33, 210, 210], 12: [34, 220, 220], 13: [36, 236, 236], 14: [38, 238, 238], 15: [41, 250, 250],
  16: [42, 252, 252], 17: [43, 260, 260], 18: [45, 274, 274], 19: [46, 292, 292], 20: [48, 306, 306],
  21: [50, 310, 310], 22: [52, 318, 318], 23: [54, 320, 320], 24: [57, 322, 322], 25: [58, 336, 336],
  26: [62, 360, 360], 27: [65, 364, 364], 28: [66, 366, 366], 29: [67, 382, 384], 30: [68, 399, 399],
  31: [70, 407, 407], 32: [72, 411, 411], 33: [73, 413, 413], 34: [77, 427, 427], 35: [78, 429, 429],
  36: [79, 447, 447], 37: [82, 453, 455], 38: [83, 459, 459],
};

/** Number → first line (1-based) of the response that answers it; read off the seed by hand. */
const ANSWERED_AT: Record<number, number> = {
  1: 114, 2: 114, 3: 130, 4: 140, 5: 144, 6: 158, 7: 178, 8: 190, 9: 202, 10: 208, 11: 212, 12: 222,
  13: 240, 14: 244, 16: 254, 17: 262, 18: 276, 19: 294, 20: 308, 21: 312, 22: 324, 23: 330, 24: 332,
  25: 338, 26: 362, 27: 368, 28: 376, 29: 386, 30: 401, 31: 409, 32: 415, 33: 419, 34: 431, 35: 439,
  36: 449, 37: 457, 38: 461,
};

describe('the seed report', () => {
  let report: Report;
  before(() => {
    report = parse(readSeed());
  });

  it('finds exactly 38 recommendations, numbered 1 to 38 in order', () => {
    assert.deepEqual(
      report.recommendations.map((r) => r.number),
      Array.from({ length: 38 }, (_, i) => i + 1),
    );
  });

  it('gives each recommendation its cited paragraph and its full range', () => {
    for (const rec of report.recommendations) {
      const [paragraph, first, last] = EXPECTED[rec.number];
      assert.deepEqual(rec.paragraphs, [paragraph], `recommendation ${rec.number} paragraph`);
      assert.equal(rec.range.start.line + 1, first, `recommendation ${rec.number} first line`);
      assert.equal(rec.range.end.line + 1, last, `recommendation ${rec.number} last line`);
      assert.equal(rec.range.end.character, report.lines[last - 1].length);
    }
  });

  it('answers 37 recommendations, each at the right place, and leaves recommendation 15 unanswered', () => {
    for (const rec of report.recommendations) {
      const at = rec.responses.map((i) => report.responses[i].range.start.line + 1);
      if (rec.number === 15) assert.deepEqual(at, [], 'recommendation 15 has no response');
      else assert.deepEqual(at, [ANSWERED_AT[rec.number]], `recommendation ${rec.number}`);
    }
    assert.equal(report.recommendations.filter((r) => r.responses.length > 0).length, 37);
  });

  it('gives recommendations 1 and 2 one shared plain response', () => {
    const [r1, r2] = report.recommendations;
    assert.deepEqual(r1.responses, r2.responses);
    const shared = report.responses[r1.responses[0]];
    assert.equal(shared.kind, 'plain');
    assert.deepEqual(shared.answers, [0, 1]);
  });

  it('records the Ofsted response as answering paragraph 42 only', () => {
    const ofsted = report.responses.find((r) => r.kind === 'response-from-heading' && r.from === 'Ofsted')!;
    assert.deepEqual(ofsted.answers.map((i) => report.recommendations[i].number), [16]);
    assert.deepEqual(ofsted.citations.map((c) => c.paragraph), [42]);
  });

  it('links the mis-cited "Paragraph 53" heading to recommendation 22 by its quoted words', () => {
    const heading = report.responses.find((r) => r.citations.some((c) => c.paragraph === 53))!;
    assert.deepEqual(heading.miscitation, { cited: 53, intended: 52, matchedBy: 'words-in-group' });
    assert.deepEqual(heading.answers.map((i) => report.recommendations[i].number), [22]);
  });

  it('records "Paragraph 54:" as answered jointly with "Paragraph 57:"', () => {
    const p54 = report.responses.find((r) => r.citations.some((c) => c.paragraph === 54))!;
    const p57 = report.responses.find((r) => r.citations.some((c) => c.paragraph === 57))!;
    assert.equal(p54.bodyParagraphs.length, 0);
    assert.equal(report.responses[p54.jointWith!], p57);
    assert.equal(p57.jointWith, undefined);
  });

  it('joins page-break continuations inside responses to the paragraph they continue', () => {
    const joined = report.paragraphs.filter((p) => p.joinedAcrossBreak).map((p) => p.lines.map((l) => l + 1));
    // "…capacity of local" / "authorities to meet…" (recommendation 29) and "…the right support at the right time…" (37)
    assert.ok(joined.some((ls) => ls[0] === 382 && ls.includes(384)));
    assert.ok(joined.some((ls) => ls[0] === 453 && ls.includes(455)));
    // "…Summary of Data Sources. The" / "Department also provides…" in the response to recommendation 12
    assert.ok(joined.some((ls) => ls[0] === 226 && ls.includes(228)));
    // Lists and headings are never joined.
    assert.ok(!joined.some((ls) => ls.includes(392) || ls.includes(254)));
  });

  it('finds the title block, the front-matter sections and the recommendations part', () => {
    const titles = report.sections.map((s) => s.title);
    assert.match(titles[0], /^Special Educational Needs and Disabilities: Government Response/);
    assert.deepEqual(titles.slice(1), [
      'The Education Committee',
      'Powers',
      'Publications',
      'Committee staff',
      'Contacts',
      'First Special Report',
      'Appendix: Government Response',
    ]);
    const appendix = report.sections[report.sections.length - 1];
    assert.deepEqual(appendix.children.map((c) => c.title), ['Introduction', 'Recommendations and responses']);
    assert.equal(appendix.children[1].range.start.line + 1, 110);
  });
});
