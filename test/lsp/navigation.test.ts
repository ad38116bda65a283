// Protocol tests on the seed: every citation to its response, every response heading back, the running-text references.
import { strict as assert } from 'assert';
import type { CodeLens, DocumentLink, Hover, Location, LocationLink } from 'vscode-languageserver-types';
import { parse } from '../../server/src/model';
import { readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from './client';

const URI = 'file:///reports/seed.txt';
const seed = readSeed();
const seedLines = seed.split('\n');
const model = parse(seed);

/** 0-based line and the column of `needle` on the 1-based line `lineNo` of the seed. */
function find(lineNo: number, needle: string, offset = 1) {
  const character = seedLines[lineNo - 1].indexOf(needle);
  assert.ok(character >= 0, `"${needle}" on line ${lineNo}`);
  return { line: lineNo - 1, character: character + offset };
}

describe('server over stdio: navigation on the seed', () => {
  let server: TestServer;
  const definitionAt = (position: { line: number; character: number }) =>
    server.connection.sendRequest('textDocument/definition', { textDocument: { uri: URI }, position }) as Promise<LocationLink[]>;

  before(async () => {
    server = await startServer({ textDocument: { definition: { linkSupport: true } } });
    await server.open(URI, seed);
  });
  after(() => server.close());

  it('takes each of the 38 citations to its response, and recommendation 15 nowhere', async () => {
    let landed = 0;
    for (const rec of model.recommendations) {
      const c = rec.citations[0].range.start;
      const links = await definitionAt({ line: c.line, character: c.character + 2 });
      const expected = rec.responses.map((i) => {
        const r = model.responses[i];
        return (r.headingRange ?? r.range).start.line;
      });
      assert.deepEqual(links.map((l) => l.targetSelectionRange.start.line), expected, `recommendation ${rec.number}`);
      if (rec.number === 15) assert.deepEqual(links, []);
      if (links.length) landed++;
    }
    assert.equal(landed, 37);
    // Recommendation 18's "(Paragraph 45)" lands on the first line of its plain response, line 276.
    const r18 = await definitionAt(find(274, '(Paragraph 45)', 3));
    assert.deepEqual(r18.map((l) => l.targetSelectionRange.start.line + 1), [276]);
  });

  it('takes each of the 20 response headings back to the recommendation that cites it', async () => {
    const headings = model.responses.filter((r) => r.headingRange);
    assert.equal(headings.length, 20);
    const back: Record<number, number> = {};
    for (const r of headings) {
      const c = r.citations[0].range.start;
      const links = await definitionAt({ line: c.line, character: c.character + 1 });
      assert.equal(links.length, 1, `heading on line ${c.line + 1}`);
      back[c.line + 1] = model.recommendations.find((x) => x.numberRange.start.line === links[0].targetSelectionRange.start.line)!.number;
    }
    assert.deepEqual(back, {
      130: 3, 140: 4, 144: 5, 158: 6, 178: 7, 190: 8, 202: 9, 240: 13, 244: 14, 254: 16,
      324: 22, 330: 23, 332: 24, 368: 27, 376: 28, 401: 30, 415: 32, 419: 33, 431: 34, 439: 35,
    });
  });

  it('follows the three running-text references of the seed', async () => {
    // "In our response to recommendations 7–9 above" → the responses to 7, 8 and 9.
    const a = await definitionAt(find(212, 'recommendations 7–9', 3));
    assert.deepEqual(a.map((l) => l.targetSelectionRange.start.line + 1), [178, 190, 202]);
    // "As per our response to paragraph 29 of the report" → the response to recommendation 9 (Paragraph 29).
    const b = await definitionAt(find(308, 'paragraph 29 of the report', 3));
    assert.deepEqual(b.map((l) => l.targetSelectionRange.start.line + 1), [202]);
    // "As noted in our response to recommendation 22" → the response to 22 (the mis-cited "Paragraph 53" heading).
    const c = await definitionAt(find(362, 'recommendation 22', 3));
    assert.deepEqual(c.map((l) => l.targetSelectionRange.start.line + 1), [324]);
  });

  it('finds all references to recommendation 9 from its citation, running text included', async () => {
    const refs = (await server.connection.sendRequest('textDocument/references', {
      textDocument: { uri: URI },
      position: find(176, '(Paragraph 29)', 3),
      context: { includeDeclaration: true },
    })) as Location[];
    assert.deepEqual(refs.map((l) => l.range.start.line + 1), [175, 176, 202, 212, 308]);
  });

  it('returns plain Locations to a client without link support', async () => {
    const plain = await startServer();
    try {
      await plain.open(URI, seed);
      const locs = (await plain.connection.sendRequest('textDocument/definition', {
        textDocument: { uri: URI },
        position: find(274, '(Paragraph 45)', 3),
      })) as Location[];
      assert.deepEqual(locs.map((l) => [l.uri, l.range.start.line + 1]), [[URI, 276]]);
    } finally {
      await plain.close();
    }
  });

  it('previews the response on hover over a citation, and the recommendation over a heading', async () => {
    const onCitation = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position: find(274, '(Paragraph 45)', 3),
    })) as Hover;
    assert.match((onCitation.contents as { value: string }).value, /We agree that SENCOs play an important role/);
    const onHeading = (await server.connection.sendRequest('textDocument/hover', {
      textDocument: { uri: URI },
      position: find(324, 'Paragraph 53', 2),
    })) as Hover;
    const text = (onHeading.contents as { value: string }).value;
    assert.match(text, /\*\*Recommendation 22\*\*/);
    assert.match(text, /cites Paragraph 53, which no recommendation cites/);
  });

  it('gives code lenses and document links', async () => {
    const lenses = (await server.connection.sendRequest('textDocument/codeLens', { textDocument: { uri: URI } })) as CodeLens[];
    assert.equal(lenses.filter((l) => l.command!.title === 'No response').length, 1);
    assert.equal(lenses.filter((l) => l.command!.title.startsWith('Response ↓')).length, 37);
    const links = (await server.connection.sendRequest('textDocument/documentLink', { textDocument: { uri: URI } })) as DocumentLink[];
    assert.ok(links.some((l) => l.target === 'https://lginform.local.gov.uk/'));
    assert.ok(links.some((l) => l.target === 'https://www.parliament.uk/education-committee'));
  });

  it('answers the Go to Response and Go to Recommendation requests', async () => {
    const res = (await server.connection.sendRequest('committeeReport/goToResponse', {
      textDocument: { uri: URI },
      position: find(274, 'six months', 0),
    })) as { range: { start: { line: number } } };
    assert.equal(res.range.start.line + 1, 276);
    const none = (await server.connection.sendRequest('committeeReport/goToResponse', {
      textDocument: { uri: URI },
      position: find(250, 'local authorities', 0),
    })) as { message: string };
    assert.equal(none.message, 'Recommendation 15 has no government response in this report.');
    const back = (await server.connection.sendRequest('committeeReport/goToRecommendation', {
      textDocument: { uri: URI },
      position: find(278, 'mainstream', 0),
    })) as { range: { start: { line: number } } };
    assert.equal(back.range.start.line + 1, 274);
  });
});
