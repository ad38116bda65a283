// Quick fixes: each produces the intended text and changes nothing else (whole documents compared).
import { strict as assert } from 'assert';
import { parse } from '../../server/src/model';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { codeActions } from '../../server/src/features/codeActions';
import { summary } from '../../server/src/features/commands';
import { readSeed } from '../../scripts/corpus';
import { lines } from '../support/fixture';
import { applyWorkspaceEdit } from '../support/edits';

const URI = 'file:///r.txt';

function fixes(text: string, code: string) {
  const report = parse(text);
  const diagnostics = computeDiagnostics(report, URI).filter((d) => d.code === code);
  return codeActions(report, URI, diagnostics);
}

const GROUP = lines('15. Schools. (Paragraph 41)', '', '16. Ofsted. (Paragraph 42)', '', 'Response from Ofsted: paragraph 42', '', 'Text.', '', '17. Next. (Paragraph 43)', '', 'Yes.');

describe('quick fixes', () => {
  it('adds a to-do under an unanswered recommendation, and nothing else', () => {
    const [todo] = fixes(GROUP, 'no-response');
    assert.equal(todo.title, 'Add a to-do to chase the response to recommendation 15');
    assert.equal(
      applyWorkspaceEdit(GROUP, URI, todo.edit),
      GROUP.replace('15. Schools. (Paragraph 41)', '15. Schools. (Paragraph 41)\n@todo: chase the response to recommendation 15'),
    );
  });

  it('inserts a response heading stub after the group, which leaves the recommendation unanswered until it has words', () => {
    const [, stub] = fixes(GROUP, 'no-response');
    const after = applyWorkspaceEdit(GROUP, URI, stub.edit);
    assert.equal(
      after,
      GROUP.replace('Text.', "Text.\n\nParagraph 41: Schools\n\n@todo: add the Government's response to recommendation 15"),
    );
    const report = parse(after);
    assert.equal(report.recommendations[0].responses.length, 1, 'the heading is the place its response goes');
    assert.deepEqual(summary(report), { recommendations: 3, unanswered: 1, todos: 1 });
    const [finding] = computeDiagnostics(report, URI).filter((d) => d.code === 'no-response');
    assert.match(String(finding.message), /^Recommendation 15 \(Paragraph 41\) has a response heading \(line 9\) with no response under it yet\./);
    assert.deepEqual(fixes(after, 'no-response').map((f) => f.title), ['Add a to-do to chase the response to recommendation 15'], 'no second heading');
    // Words under the heading answer it.
    const answered = parse(after.replace("@todo: add the Government's response to recommendation 15", 'We agree.'));
    assert.deepEqual(summary(answered), { recommendations: 3, unanswered: 0, todos: 0 });
  });

  it('keeps CRLF line ends when it inserts lines', () => {
    const crlf = GROUP.replace(/\n/g, '\r\n');
    const [todo] = fixes(crlf, 'no-response');
    const after = applyWorkspaceEdit(crlf.replace(/\r\n/g, '\n'), URI, todo.edit);
    assert.ok(after.includes('(Paragraph 41)\r\n@todo: chase'));
  });

  it('changes a mis-cited "Paragraph 53" to 52 on the seed, and only those digits', () => {
    const seed = readSeed();
    const [fix] = fixes(seed, 'unknown-paragraph');
    assert.equal(fix.title, 'Change to Paragraph 52');
    const after = applyWorkspaceEdit(seed, URI, fix.edit);
    assert.equal(after, seed.replace('Paragraph 53: ...the Department', 'Paragraph 52: ...the Department'));
    assert.ok(!computeDiagnostics(parse(after), URI).some((d) => d.code === 'unknown-paragraph'));
  });

  it('changes an acronym to its dominant form, and only that occurrence', () => {
    const text = lines('1. A WSOA. (Paragraph 1)', '', 'The WSOA and the WSoA, then the WSOA.');
    const [fix] = fixes(text, 'acronym-case');
    assert.equal(fix.title, 'Change to WSOA');
    assert.equal(applyWorkspaceEdit(text, URI, fix.edit), text.replace('the WSoA', 'the WSOA'));
  });

  it('offers nothing for diagnostics without fix data or with data it does not know', () => {
    const report = parse(GROUP);
    const d = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: 'x' };
    assert.deepEqual(codeActions(report, URI, [d, { ...d, data: { fix: 'format-disk' } }, { ...d, data: 'junk' }]), []);
  });
});
