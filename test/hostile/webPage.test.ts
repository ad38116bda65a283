// Web pages built to be slow to read: each is read in time, and its text is kept.
import * as assert from 'assert';
import { htmlToText } from '../../server/src/import/html';
import { boundNesting, MAX_DEPTH } from '../../server/src/import/nesting';
import { within } from './bounds';

describe('hostile web pages: reading stays linear', () => {
  it('reads a paragraph of 20,000 bold runs', async () => {
    // Moving each bold run's trailing space outside its "**" read the whole growing line: 5–18 s for 180 KB.
    const html = `<main><p>${'<b>word </b> '.repeat(20_000)}</p></main>`;
    const { text } = await within(5000, 'reading the page', () => htmlToText(html));
    assert.ok(text.startsWith('**word** **word**'));
    assert.equal(text.match(/\*\*word\*\*/g)?.length, 20_000);
  });

  it('reads a <pre> with a long run of spaces inside it', async () => {
    // The pattern that trimmed the line's end backtracked over the run: 29 s for 157 KB.
    const html = `<main><pre>start${' '.repeat(200_000)}end<br>${' '.repeat(200_000)}<b>more</b></pre></main>`;
    const { text } = await within(5000, 'reading the page', () => htmlToText(html));
    assert.match(text, /^start {200000}end\n\*\*more\*\*\n$/);
  });

  for (const [what, open, close] of [
    ['<b>', '<b>', '</b>'],
    ['<div>', '<div>', '</div>'],
    ['<ol><li>', '<ol><li>', '</li></ol>'],
  ]) {
    it(`reads elements nested 100,000 deep (${what}), keeping their text`, async () => {
      // htmlparser2's own handling of its open elements grows with the depth at every tag: 9 s to 1 min 55 s.
      const html = `<main><p>Recommendation text${open.repeat(100_000)}deep words${close.repeat(100_000)}</p></main>`;
      const { text } = await within(5000, 'reading the page', () => htmlToText(html));
      assert.match(text, /deep words/);
    });
  }
});

describe('the bound on nesting', () => {
  it('leaves a page as it is when nothing nests past the bound', () => {
    const html = '<html><body><main><p>One<p>Two<ul><li>a<li>b</ul><script>if (a < b) { x = "</p>"; }</script><!-- <div><div> --></main></body></html>';
    assert.equal(boundNesting(html), html);
  });

  it('takes out the tags past the bound, their end tags too, and keeps their text', () => {
    const html = `${'<div>'.repeat(MAX_DEPTH + 3)}text${'</div>'.repeat(MAX_DEPTH + 3)}<p>after</p>`;
    const bounded = boundNesting(html);
    assert.equal(bounded, `${'<div>'.repeat(MAX_DEPTH)}text${'</div>'.repeat(MAX_DEPTH)}<p>after</p>`);
  });

  it('counts depth as the parser does: paragraphs and list items a new one closes, void and self-closed elements, quoted ">"', () => {
    const items = Array.from({ length: 2 * MAX_DEPTH }, (_, i) => `<li title="a>b">item ${i}<br><img src="x"/><p>para<p>more</li><li>next<div/>`).join('');
    const rows = Array.from({ length: 2 * MAX_DEPTH }, (_, i) => `<tr><td>${i}<td>cell`).join('');
    const html = `<ul>${items}</ul><table>${rows}</table>`;
    assert.equal(boundNesting(html), html);
  });
});
