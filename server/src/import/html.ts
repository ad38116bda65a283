// A web page (or a Word file mammoth has turned into HTML) as report text, read with htmlparser2: a small, fast,
// forgiving parser of the HTML that pages really have, which only tokenises — nothing is run, nothing is fetched.
// The text keeps what the layout rules read (model/rules): headings as Markdown "#" lines, paragraphs with a blank
// line between, list items with their real numbers (<ol start>, <li value>), bold as **…**, quotations as "> ",
// table rows one a line (a table of recommendations as a Markdown table: tables.ts). The page's furniture — scripts,
// styles, navigation, header, footer, cookie banners, forms — is left out; when the page has a <main> (or else an
// <article>), only that is read.
import { Parser } from 'htmlparser2';
import { LineBuilder } from './lineBuilder';
import { boundNesting } from './nesting';
import { tableLines } from './tables';

/** Elements whose content is never text of the report. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'svg', 'iframe', 'object', 'canvas', 'head', 'title', 'dialog']);
/** What a container of page furniture is, in words, by its id or class ("page footer" for `<div id="footer">`). */
function furnitureName(cls: string): string {
  if (/footer/i.test(cls)) return 'page footer';
  if (/header|banner/i.test(cls)) return 'page header';
  if (/menu|\bnav(?:igation)?\b|skip|breadcrumb/i.test(cls)) return 'navigation menu';
  return 'page furniture section';
}

/** Containers that are page furniture by their id or class. */
const FURNITURE = /(?:^|[\s_-])(?:cookie|consent|banner|skip|breadcrumbs?|site-header|footer|govuk-header|related|share|feedback|menu|nav|navigation)(?:$|[\s_-])/i;
/** A page's own header by its id alone, as older parliament pages mark the logo and menu: `<div id="header">`, `id="masthead"`. */
const HEADER_ID = /^(?:header|masthead)$/i;
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'blockquote', 'pre', 'dt', 'dd', 'figcaption', 'caption', 'table', 'ul', 'ol', 'dl', 'hr']);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'track', 'wbr']);

export interface HtmlReading {
  text: string;
  /** What was left out, in words, for the user: "3 scripts", "the navigation", "a cookie banner". */
  removed: string[];
}

interface Frame {
  tag: string;
  dropped: boolean;
}

/** The whole page read, and the part of it that is the report (the <main>, else the first <article>, else the body). */
export function htmlToText(html: string): HtmlReading {
  const hasMain = /<main[\s>]/i.test(html);
  const hasArticle = !hasMain && /<article[\s>]/i.test(html);
  const scopeTag = hasMain ? 'main' : hasArticle ? 'article' : undefined;
  const removedCounts = new Map<string, number>();
  const note = (what: string) => removedCounts.set(what, (removedCounts.get(what) ?? 0) + 1);

  const out: string[] = [];
  const line = new LineBuilder();
  const stack: Frame[] = [];
  let droppedDepth = 0;
  let scopeDepth = scopeTag ? 0 : 1;
  let scopeDone = false;
  let quoteDepth = 0;
  let headingLevel = 0;
  let inPre = 0;
  /**
   * A definition list's term and its description are one field's line ("<dt>Status</dt><dd>Accepted</dd>": "Status:
   * Accepted"): 'closed' after the term, until a description opens; 'value' once one has, until its first words.
   */
  let term: 'none' | 'closed' | 'value' = 'none';
  const lists: { ordered: boolean; next: number }[] = [];
  /**
   * The table being read (the outermost: one inside a cell is that cell's words): its rows' cells, whether a cell is
   * open, and how deep tables stand in it. Written out as lines when it closes, when what it holds is known.
   */
  let table: { rows: string[][]; cellOpen: boolean; depth: number } | undefined;

  const prefix = () => '> '.repeat(quoteDepth);
  const flush = () => {
    // Inside a table's cell, a paragraph or line break is a space in the cell's words.
    if (table?.cellOpen) {
      line.append(' ');
      return;
    }
    const text = line.toString();
    // trimEnd, not a pattern: /\s+$/ backtracked over a long run of spaces inside the line.
    const t = inPre ? text.trimEnd() : text.replace(/[ \t]+/g, ' ').trim();
    if (t) out.push(prefix() + t);
    line.clear();
  };
  /** Ends the open cell of the table: its words, spaces squeezed, are the row's next cell. */
  const closeCell = () => {
    if (!table?.cellOpen) return;
    table.cellOpen = false;
    table.rows[table.rows.length - 1]?.push(line.toString().replace(/\s+/g, ' ').trim());
    line.clear();
  };
  /** Ends the table: its rows written out as lines (tables.ts). */
  const closeTable = () => {
    closeCell();
    out.push(...tableLines(table!.rows));
    table = undefined;
  };
  const blank = () => {
    if (table?.cellOpen) return flush();
    flush();
    if (out.length && out[out.length - 1] !== '' && out[out.length - 1] !== prefix().trimEnd()) out.push(quoteDepth ? prefix().trimEnd() : '');
  };
  const inScope = () => scopeDepth > 0 && droppedDepth === 0;

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const cls = `${attrs.id ?? ''} ${attrs.class ?? ''} ${attrs.role ?? ''}`;
        const isFurniture = DROPPED.has(name) || (/^(?:div|section|aside|p|ul|ol)$/.test(name) && (FURNITURE.test(cls) || HEADER_ID.test(attrs.id ?? ''))) || attrs.role === 'navigation' || attrs.hidden !== undefined || attrs['aria-hidden'] === 'true';
        if (scopeTag && name === scopeTag && !scopeDone) scopeDepth++;
        else if (scopeDepth > 0 && name === scopeTag) scopeDepth++;
        const dropped = isFurniture && droppedDepth === 0;
        // What is left out is counted where it was in the report's part of the page (scripts and styles anywhere).
        if (dropped && (scopeDepth > 0 || name === 'script' || name === 'style')) {
          if (name === 'script') note('script');
          else if (name === 'style') note('style sheet');
          else if (name === 'nav' || attrs.role === 'navigation') note('navigation menu');
          else if (name === 'header') note('page header');
          else if (name === 'footer') note('page footer');
          else if (/cookie|consent/i.test(cls)) note('cookie banner');
          else if (name !== 'head' && name !== 'title') note(DROPPED.has(name) ? name : furnitureName(cls));
        }
        if (!VOID.has(name)) stack.push({ tag: name, dropped });
        if (dropped) droppedDepth++;
        if (!inScope()) return;
        if (name === 'br') {
          flush();
          return;
        }
        if (name === 'table') {
          if (table) table.depth++;
          else {
            blank();
            table = { rows: [], cellOpen: false, depth: 1 };
            return;
          }
        }
        if (table?.depth === 1 && (name === 'tr' || name === 'td' || name === 'th')) {
          closeCell();
          if (name === 'tr') table.rows.push([]);
          else {
            if (!table.rows.length) table.rows.push([]);
            table.cellOpen = true;
          }
          return;
        }
        if (term === 'closed' && name === 'dd') {
          const space = line.takeTrailingSpace();
          if (!line.endsWith(':')) line.append(':');
          line.append(space || ' ');
          term = 'value';
        } else if (term === 'value' && name !== 'dd' && name !== 'dt' && name !== 'dl') {
          // (A paragraph inside the description: its words go on the term's line.)
        } else if (BLOCKS.has(name)) {
          term = 'none';
          if (name === 'li' || name === 'tr' || name === 'dt' || name === 'dd') flush();
          else blank();
        }
        if (/^h[1-6]$/.test(name) && !table?.cellOpen) headingLevel = Number(name[1]);
        if (name === 'blockquote') quoteDepth++;
        if (name === 'pre') inPre++;
        if (name === 'ol') lists.push({ ordered: true, next: Number.parseInt(attrs.start ?? '1', 10) || 1 });
        if (name === 'ul') lists.push({ ordered: false, next: 1 });
        if (name === 'li') {
          const list = lists[lists.length - 1];
          const value = Number.parseInt(attrs.value ?? '', 10);
          if (list?.ordered) {
            const n = Number.isFinite(value) ? value : list.next;
            list.next = n + 1;
            line.append(`${n}. `);
          } else line.append(`${'  '.repeat(Math.max(0, lists.length - 1))}- `);
        }
        // (A table inside a cell: its cells are words of that cell.)
        if (name === 'td' || name === 'th') line.append(' ');
        if (name === 'strong' || name === 'b') line.append('**');
      },
      ontext(text) {
        if (!inScope()) return;
        if (term === 'value' && text.trim()) term = 'none';
        if (headingLevel && line.isEmpty()) line.append(`${'#'.repeat(headingLevel)} `);
        line.append(inPre ? text : text.replace(/\s+/g, ' '));
      },
      onclosetag(name) {
        let frame: Frame | undefined;
        if (!VOID.has(name)) {
          // Close up to the matching tag (htmlparser2 closes unclosed ones itself, in order).
          while (stack.length && (frame = stack.pop())!.tag !== name) if (frame!.dropped) droppedDepth--;
          if (frame?.dropped) {
            droppedDepth--;
            return;
          }
        }
        if (scopeTag && name === scopeTag && scopeDepth > 0) {
          scopeDepth--;
          if (scopeDepth === 0) {
            blank();
            scopeDone = true;
          }
        }
        if (!inScope() && name !== scopeTag) return;
        if (table && name === 'table' && --table.depth === 0) {
          closeTable();
          blank();
          return;
        }
        if (table?.depth === 1 && (name === 'td' || name === 'th' || name === 'tr')) {
          closeCell();
          return;
        }
        if (name === 'strong' || name === 'b') {
          // "**plan. **" would not be bold in Markdown: the marker goes against the words, the space after it.
          const space = line.takeTrailingSpace();
          if (line.endsWith('**')) line.drop(2);
          else line.append('**');
          line.append(space);
        }
        if (/^h[1-6]$/.test(name)) {
          headingLevel = 0;
          blank();
        }
        if (name === 'blockquote') {
          flush();
          if (out.length && out[out.length - 1] === prefix().trimEnd()) out.pop();
          quoteDepth = Math.max(0, quoteDepth - 1);
          blank();
        }
        if (name === 'pre') inPre = Math.max(0, inPre - 1);
        if (name === 'ol' || name === 'ul') {
          lists.pop();
          if (!lists.length) blank();
        }
        if (name === 'dt' && !table?.cellOpen && !line.isEmpty()) term = 'closed';
        else if (term === 'value' && name !== 'dd' && name !== 'dl' && BLOCKS.has(name)) {
          // (A block inside the description that held no words.)
        } else if (name === 'li' || name === 'tr' || name === 'dt' || name === 'dd') flush();
        else if (BLOCKS.has(name)) blank();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true },
  );
  parser.write(boundNesting(html));
  parser.end();
  // A table the page never closed.
  if (table) closeTable();
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  const collapsed = out.filter((l, i) => !(l === '' && out[i - 1] === ''));
  const removed = [...removedCounts].map(([what, n]) => (n === 1 ? `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}` : `${n} ${what}s`));
  if (scopeTag) removed.unshift(`everything outside the page's <${scopeTag}>`);
  return { text: collapsed.length ? collapsed.join('\n') + '\n' : '', removed };
}
