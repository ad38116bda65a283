// The command-line tool: outline and check output, formats and exit codes.
import { strict as assert } from 'assert';
import { mkdtempSync, writeFileSync, mkdirSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { run } from '../../server/src/cli';
import { SEED_PATH } from '../../scripts/corpus';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('cli', () => {
  it('prints the outline of the seed', async () => {
    const r = await cli('outline', SEED_PATH);
    assert.equal(r.code, 0);
    assert.match(r.out, /^ {4}15\. We heard a lot about local authorities' poor… \[Paragraph 41, line 250\] → no response$/m);
    assert.match(r.out, /38 recommendations, 37 answered, 1 without a response\.$/);
  });

  it('says at the head of the outline how the report was read', async () => {
    const r = await cli('outline', SEED_PATH);
    assert.match(r.out.split('\n')[0], /^Read as: numbered recommendations \(“18\. … \(Paragraph 45\)”\); plain-text responses; “Paragraph 20:” response headings; “Response from …: paragraph N” headings\.$/);
  });

  it('reads a file saved with a byte-order mark as an editor does, its first line from its first word', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-cli-bom-'));
    const file = path.join(dir, 'bom.txt');
    writeFileSync(file, '\ufeffRecommendation 4: The Department should publish a plan. (Paragraph 3)\n\nGovernment response\n\nAgreed.\n');
    const r = await cli('outline', file);
    assert.match(r.out, /^ {2}4\. The Department should publish a plan \[Paragraph 3, line 1\] → answered at line 3 \(Government response\)$/m);
  });

  it('refuses a binary file with a plain message and exit 2, for each command', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-cli-bin-'));
    const file = path.join(dir, 'scan.txt');
    writeFileSync(file, Buffer.from(Array.from({ length: 4000 }, (_, i) => (i * 37) % 256)));
    for (const command of [['outline'], ['check'], ['export']]) {
      const r = await cli(...command, file);
      assert.equal(r.code, 2, command[0]);
      assert.equal(r.err, `${file} is not a text file (it holds binary data, such as an image, a PDF or a Word file). Give the report's text instead.`);
      assert.equal(r.out, '');
    }
  });

  it('checks a file: path:line:col: severity code: message, exit 1 at the default --fail-on warning', async () => {
    const r = await cli('check', SEED_PATH);
    assert.equal(r.code, 1);
    const lines = r.out.split('\n');
    assert.equal(lines.length, 6);
    assert.ok(lines.includes(`${SEED_PATH}:250:1: warning no-response: Recommendation 15 (Paragraph 41) has no government response. Check whether it was answered under another heading, or chase it.`));
    assert.match(r.err, /6 findings in 1 report\./);
  });

  it('exits 0 when nothing reaches --fail-on, and gives JSON with --format json', async () => {
    assert.equal((await cli('check', '--fail-on', 'error', SEED_PATH)).code, 0);
    const r = await cli('check', '--format=json', '--fail-on=none', SEED_PATH);
    assert.equal(r.code, 0);
    const [file] = JSON.parse(r.out);
    assert.equal(file.file, SEED_PATH);
    assert.deepEqual(file.findings.map((f: { code: string }) => f.code), ['late-response', 'acronym-case', 'acronym-case', 'no-response', 'unknown-paragraph', 'joint-response']);
    assert.deepEqual(Object.keys(file.findings[3]), ['line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message']);
  });

  it('searches folders for files that look like reports and skips the rest', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-'));
    mkdirSync(path.join(dir, 'sub'));
    writeFileSync(path.join(dir, 'sub', 'clean.txt'), '1. A. (Paragraph 1)\n\nYes.\n\n2. B. (Paragraph 2)\n\nYes.\n\n3. C. (Paragraph 3)\n\nYes.\n');
    writeFileSync(path.join(dir, 'letter.md'), 'Dear Sir,\n\nThank you.\n');
    const r = await cli('check', dir);
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /0 findings in 1 report\./);
  });

  it('exits 2 with a plain message on bad usage or a missing file', async () => {
    assert.equal((await cli('check')).code, 2);
    assert.match((await cli('check', '--format', 'xml', SEED_PATH)).err, /--format must be text or json/);
    assert.match((await cli('check', '/no/such/file')).err, /^\/no\/such\/file does not exist\. Check the name and try again\.$/);
    assert.equal((await cli('frobnicate')).code, 2);
    assert.equal((await cli()).code, 2);
  });
});

describe('cli: which files are reports', () => {
  it('takes a report for a folder\'s tracker exactly when its outline reads recommendations in it (a hard-wrapped copy too)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cr-cli-detect-'));
    // The citations are on the lines after the numbers: a detector of its own, not the reader, once missed this.
    const wrapped = [
      '1. The Department should publish a strategy that sets out how it will double cycling', 'by 2030. (Paragraph 12)', 'We agree with the Committee.',
      '2. The Department should fund local authorities properly for the new', 'duties. (Paragraph 14)', 'We do not accept this recommendation.',
      '3. The Department should review the guidance on school streets and', 'publish it. (Paragraph 20)', 'The Government will consider this.',
      '4. The Department should report to the Committee on progress within', 'a year. (Paragraph 22)', 'Agreed.',
    ].join('\n');
    writeFileSync(path.join(dir, 'wrapped.txt'), wrapped);
    writeFileSync(path.join(dir, 'letter.txt'), 'Dear Sir,\n\n1. One point (Paragraph 3)\n\n2. Another point.\n');
    const outline = await cli('outline', path.join(dir, 'wrapped.txt'));
    assert.match(outline.out, /4 recommendations, 4 answered/);
    const tracker = await cli('tracker', dir, '--format', 'json');
    assert.equal(tracker.code, 0, tracker.err);
    assert.deepEqual(JSON.parse(tracker.out).reports.map((r: { name: string }) => r.name), ['wrapped.txt']);
  });
});
