// Protocol test: the Node server in a virtual workspace (a folder VS Code opened from a remote repository, which is
// not on disk) reads the user's glossary file and the workspace's reports through the client's two file requests.
import { strict as assert } from 'assert';
import type { Hover } from 'vscode-languageserver-types';
import { readSeed } from '../../scripts/corpus';
import { startServer, type TestServer } from './client';

const FOLDER = 'vscode-vfs://github/example/reports';
const GLOSSARY = `${FOLDER}/.vscode/committee-report-glossary.json`;
const OTHER = `${FOLDER}/other.txt`;
const FILES: Record<string, string> = {
  [GLOSSARY]: JSON.stringify({ entries: [{ term: 'QZX', expansion: 'Quality Zone Exchange' }] }),
  [OTHER]: `${readSeed()}\nThe Kestrel Office for Learning Budgets (KOLB) will report in the spring.\n`,
};

describe('server over stdio: a virtual workspace', () => {
  let server: TestServer;
  const asked: string[] = [];

  before(async () => {
    server = await startServer({}, undefined, [{ uri: FOLDER, name: 'reports' }], {}, {
      'committeeReport/readFile': (p: { uri: string; maxBytes: number }) => {
        asked.push(`file ${p.uri}`);
        const text = FILES[p.uri];
        return text === undefined ? null : text.length > p.maxBytes ? { tooLarge: text.length } : { text };
      },
      'committeeReport/readDirectory': (p: { uri: string }) => {
        asked.push(`directory ${p.uri}`);
        return p.uri === FOLDER ? [{ name: 'other.txt', uri: OTHER, directory: false }] : null;
      },
    });
  });
  after(() => server.close());

  it('reads the glossary and the other reports through the client, and hovers with them', async () => {
    const uri = `${FOLDER}/briefing.md`;
    await server.open(uri, '# Briefing\n\nThe QZX and the KOLB.\n', 'markdown');
    const hover = async (character: number) => {
      for (let i = 0; i < 100; i++) {
        const h = (await server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character } })) as (Hover & { contents: { value: string } }) | null;
        if (h) return h.contents.value;
        await new Promise((r) => setTimeout(r, 50));
      }
      return '';
    };
    assert.match(await hover(5), /Quality Zone Exchange/);
    assert.match(await hover(17), /Kestrel Office for Learning Budgets/);
    assert.deepEqual(asked, [`file ${GLOSSARY}`, `directory ${FOLDER}`, `file ${OTHER}`]);
  });
});
