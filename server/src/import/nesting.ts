// A bound on how deeply a page's elements nest, before the page reaches the HTML parser. htmlparser2 keeps its open
// elements in a list it adds to and takes from at the front, which costs time in the depth at every tag: a page
// nesting 100,000 elements took minutes. No page's report text needs more than a few dozen levels, so tags past
// MAX_DEPTH are taken out (their text stays) in one pass over the page. The pass knows only what it needs to count
// depth as the parser does: comments, declarations, quoted attribute values, elements with no end tag, elements whose
// content is raw text, and the elements an opening tag closes by itself (an open <p> or <li> before the next one).

/** How deeply elements may nest; deeper tags are left out. */
export const MAX_DEPTH = 256;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen', 'basefont', 'frame', 'isindex']);
/** Elements whose content the parser reads as text, not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);
/**
 * The open elements an opening tag closes while one of them is the innermost (as htmlparser2 does: a new <li> closes
 * the open <li>, a block closes an open <p>, a cell the open cell).
 */
const CLOSES = new Map<string, ReadonlySet<string>>();
const closing = (names: string, closed: string[]) => {
  const set = new Set(closed);
  for (const name of names.split(' ')) CLOSES.set(name, set);
};
closing('p address article aside blockquote details div dl fieldset figcaption figure footer form header hr main nav ol pre section table ul', ['p']);
closing('h1 h2 h3 h4 h5 h6', ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
closing('tr', ['tr', 'th', 'td']);
closing('th', ['th']);
closing('td', ['thead', 'th', 'td']);
closing('li', ['li']);
closing('a', ['a']);
closing('option', ['option']);
closing('optgroup', ['optgroup', 'option']);
closing('dd dt', ['dd', 'dt']);
closing('rt rp', ['rt', 'rp']);
closing('tbody tfoot', ['thead', 'tbody']);
closing('select input output button datalist textarea', ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);

const NAME = /[a-zA-Z][^\s/>]*/y;

/** `html` with the tags past MAX_DEPTH taken out; the same string when none is that deep. */
export function boundNesting(html: string, maxDepth = MAX_DEPTH): string {
  const stack: string[] = [];
  const leftOut = new Map<string, number>();
  const kept: string[] = [];
  let copiedFrom = 0;
  const drop = (from: number, to: number) => {
    kept.push(html.slice(copiedFrom, from));
    copiedFrom = to;
  };
  const n = html.length;
  let i = html.indexOf('<');
  while (i >= 0 && i < n) {
    let next = i + 1;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      next = end < 0 ? n : end + 3;
    } else if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      next = end < 0 ? n : end + 1;
    } else {
      const closing = html[i + 1] === '/';
      NAME.lastIndex = i + (closing ? 2 : 1);
      const m = NAME.exec(html);
      if (m) {
        const name = m[0].toLowerCase();
        const end = tagEnd(html, NAME.lastIndex);
        next = end + 1;
        if (closing) {
          const skipped = leftOut.get(name) ?? 0;
          if (skipped > 0) {
            leftOut.set(name, skipped - 1);
            drop(i, next);
          } else {
            const at = stack.lastIndexOf(name);
            if (at >= 0) stack.length = at;
          }
        } else {
          const closes = CLOSES.get(name);
          while (closes && stack.length && closes.has(stack[stack.length - 1])) stack.pop();
        }
        if (!closing && !VOID.has(name) && html[end - 1] !== '/') {
          if (stack.length >= maxDepth) {
            leftOut.set(name, (leftOut.get(name) ?? 0) + 1);
            drop(i, next);
          } else stack.push(name);
          if (RAW_TEXT.has(name)) {
            // Its content is text, not tags: go on at its end tag.
            const close = new RegExp(`</${name}[\\s/>]`, 'ig');
            close.lastIndex = next;
            const found = close.exec(html);
            next = found ? found.index : n;
          }
        }
      }
    }
    i = html.indexOf('<', next);
  }
  if (!kept.length) return html;
  kept.push(html.slice(copiedFrom));
  return kept.join('');
}

/** Where the tag whose name ends at `from` ends: its ">" outside quoted attribute values (or the end of the page). */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
  }
  return html.length;
}
