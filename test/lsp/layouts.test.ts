// Protocol tests on two layouts other than the seed's: a headed command paper and text copied from a PDF.
import { strict as assert } from 'assert';
import type { DocumentSymbol, Hover, LocationLink } from 'vscode-languageserver-types';
import { lines } from '../support/fixture';
import { startServer, type TestServer } from './client';

const HEADED = lines(
  'Government Response to the Transport Committee’s Report on Active Travel', '',
  'Presented to Parliament by the Secretary of State for Transport', '',
  'Recommendation 1', '', 'The Department should publish a cycling strategy within six months. (Paragraph 12)', '',
  'Government response', '', 'The Government accepts this recommendation and will publish the strategy in the spring.', '',
  'Recommendation 2', '', 'The Department should fund local authorities to build safe routes to school. (Paragraph 14)', '',
  'Government response', '', 'Not accepted. Funding is already provided through the settlement.', '',
  'Recommendation 3', '', 'The Department should review its guidance on school streets. (Paragraph 20)',
);

const PDF = lines(
  '1. The Department should publish a strategy that sets out how it will double cycling by',
  '2030. (Paragraph 12)',
  'We agree with the Committee. The Department for',
  'Environment, Food and Rural Affairs (Defra) will work with the Department on the strat-',
  'egy, which we will publish in the spring.',
  '2 Active travel: Government Response to the Committee’s Report',
  '2. The Department should fund local authorities properly. (Paragraph 14)',
  'We do not accept this recommendation. Local authorities already receive funding through',
  'Active travel: Government Response to the Committee’s Report 3',
  'the settlement.',
  '3. The Department should review the guidance on school streets. (Paragraph 20)',
  '4 Active travel: Government Response to the Committee’s Report',
  'The Government will consider this recommendation.',
  '4. The Department should set targets for walking. (Paragraph 22)',
);

describe('server over stdio: other layouts', () => {
  let server: TestServer;
  const request = <T>(method: string, uri: string, position?: { line: number; character: number }, extra: object = {}) =>
    server.connection.sendRequest(method, { textDocument: { uri }, ...(position ? { position } : {}), ...extra }) as Promise<T>;

  before(async () => {
    server = await startServer({ textDocument: { definition: { linkSupport: true } } });
  });
  after(() => server.close());

  it('a headed command paper: outline, definition both ways, the unanswered recommendation, stance in hover and export', async () => {
    const uri = 'file:///reports/headed.govresponse';
    const diagnostics = server.diagnostics(uri);
    await server.open(uri, HEADED);
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', uri);
    const recs = symbols.find((s) => s.detail?.startsWith('3 recommendations'))!;
    assert.match(recs.detail!, /read as: “Recommendation 7” headings; “Government response” headings/);
    assert.deepEqual(recs.children!.map((c) => c.name), [
      '1. The Department should publish a cycling strategy within…',
      '2. The Department should fund local authorities to build…',
      '3. The Department should review its guidance on school…',
    ]);
    // From the citation to the response heading, and from the heading back to the recommendation.
    const toResponse = await request<LocationLink[]>('textDocument/definition', uri, { line: 6, character: 75 });
    assert.deepEqual(toResponse.map((l) => l.targetSelectionRange.start.line), [8]);
    const back = await request<LocationLink[]>('textDocument/definition', uri, { line: 16, character: 3 });
    assert.deepEqual(back.map((l) => l.targetSelectionRange.start.line), [12]);
    const published = await diagnostics;
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'no-response').map((d) => [d.range.start.line, d.message.slice(0, 56)]), [
      [20, 'Recommendation 3 (Paragraph 20) has no government respon'],
    ]);
    const hover = await request<Hover>('textDocument/hover', uri, { line: 12, character: 16 });
    assert.match((hover.contents as { value: string }).value, /Inferred stance: \*\*rejected\*\* — from "Not accepted"/);
    const csv = await server.connection.sendRequest('committeeReport/export', { textDocument: { uri }, format: 'csv' }) as string;
    const rows = csv.trim().split(/\r?\n/).slice(1).map((r) => r.split(',').slice(0, 1).concat(r.match(/accepted|rejected|no response|no-response/)?.[0] ?? ''));
    assert.deepEqual(rows, [['1', 'accepted'], ['2', 'rejected'], ['3', 'no-response']]);
  });

  it('text copied from a PDF: page headers left out, definitions across lines, the unanswered recommendation', async () => {
    const uri = 'file:///reports/copied.txt';
    const diagnostics = server.diagnostics(uri);
    await server.open(uri, PDF, 'committee-report');
    const symbols = await request<DocumentSymbol[]>('textDocument/documentSymbol', uri);
    const recs = symbols.find((s) => s.detail?.startsWith('4 recommendations'))!;
    assert.match(recs.detail!, /page headers, footers and numbers left out/);
    assert.deepEqual(recs.children!.map((c) => [c.name.slice(0, 2), c.range.start.line, c.range.end.line]), [['1.', 0, 4], ['2.', 6, 9], ['3.', 10, 12], ['4.', 13, 13]]);
    const toResponse = await request<LocationLink[]>('textDocument/definition', uri, { line: 6, character: 60 });
    assert.deepEqual(toResponse.map((l) => l.targetSelectionRange.start.line), [7]);
    const back = await request<LocationLink[]>('textDocument/definition', uri, { line: 7, character: 5 });
    assert.equal(back.length, 0, 'plain text is not an anchor');
    const published = await diagnostics;
    assert.deepEqual(published.diagnostics.filter((d) => d.code === 'no-response').map((d) => d.range.start.line), [13]);
    const defra = await request<Hover>('textDocument/hover', uri, { line: 3, character: 40 });
    assert.match((defra.contents as { value: string }).value, /Department for Environment, Food and Rural Affairs/);
    const stance = await request<Hover>('textDocument/hover', uri, { line: 6, character: 0 });
    assert.match((stance.contents as { value: string }).value, /Inferred stance: \*\*rejected\*\* — from "We do not accept this recommendation"/);
    const md = await server.connection.sendRequest('committeeReport/export', { textDocument: { uri }, format: 'md' }) as string;
    assert.match(md, /^\| \[3\]\(file:\/\/\/reports\/copied\.txt#L11\) \| 20 \| .* \| under-consideration \|/m);
    assert.match(md, /^\| \[4\].* \| no-response \|/m);
  });
});
