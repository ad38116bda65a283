// Hover cards for acronyms: expansion, what it is, where the entry comes from, where this document defines it, how often it is used.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { acronymsInLine, isAcronymLike } from '../model/acronyms';
import type { Position, Range } from '../model';
import { resolveTerm, type ResolveContext } from '../glossary/glossary';
import type { SourcedEntry } from '../glossary/types';
import { escapeMarkdown } from './markdown';

export interface TermAt {
  /** The term as looked up: "LA" for "LAs". */
  term: string;
  range: Range;
}

const WORD = /[A-Za-z0-9]+/g;

/** The acronym, or any glossary word such as "Ofsted", under the cursor on `lineText`. */
export function termAt(lineText: string, pos: Position, isKnownWord: (w: string) => boolean): TermAt | undefined {
  const token = acronymsInLine(lineText, pos.line).find((t) => t.start <= pos.character && pos.character <= t.end);
  if (token) return { term: token.base, range: { start: { line: pos.line, character: token.start }, end: { line: pos.line, character: token.end } } };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lineText); m; m = WORD.exec(lineText)) {
    if (m.index > pos.character) break;
    if (pos.character <= m.index + m[0].length && lineText[m.index - 1] !== '@' && isKnownWord(m[0])) {
      return { term: m[0], range: { start: { line: pos.line, character: m.index }, end: { line: pos.line, character: m.index + m[0].length } } };
    }
  }
  return undefined;
}

/** How many times `term` is used in `lines` (acronym tokens by any case and ending; other words exactly). */
export function countUses(lines: readonly string[], term: string): number {
  let n = 0;
  if (isAcronymLike(term)) {
    const key = term.toUpperCase();
    lines.forEach((s, i) => {
      if (s.charCodeAt(0) === 64) return;
      for (const t of acronymsInLine(s, i)) if (t.base.toUpperCase() === key) n++;
    });
    return n;
  }
  const re = new RegExp(`(?<![A-Za-z0-9@])${term.replace(/[^A-Za-z0-9]/g, '')}(?![A-Za-z0-9])`, 'g');
  for (const s of lines) n += (s.match(re) ?? []).length;
  return n;
}

const SOURCE_LABEL: Record<SourcedEntry['source'], string> = {
  'built-in': 'built-in glossary',
  document: 'defined in this document',
  user: 'your glossary',
  'workspace report': 'defined in a report in this workspace',
};

function lineLink(uri: string, line: number): string {
  return `${uri}#L${line + 1}`;
}

function sourceLine(e: SourcedEntry, docUri: string): string {
  let label = SOURCE_LABEL[e.source];
  if (e.source === 'user' && e.origin) label += ` (${escapeMarkdown(e.origin)})`;
  if (e.definedAt) {
    const uri = e.definedAt.uri ?? docUri;
    const where = e.source === 'document' ? `first defined at line ${e.definedAt.line + 1}` : `line ${e.definedAt.line + 1}`;
    label += ` — [${where}](${lineLink(uri, e.definedAt.line)})`;
  }
  return `Source: ${label}`;
}

function safeLink(link: string | undefined): string | undefined {
  return link && /^https:\/\/[A-Za-z0-9.-]+(?:\/[A-Za-z0-9._~%/#?=&+-]*)?$/.test(link) ? link : undefined;
}

export function acronymCard(term: TermAt, ctx: ResolveContext, docUri: string, uses: number): Hover | null {
  const found = resolveTerm(term.term, ctx);
  if (!found) return null;
  const { primary, others } = found;
  const e = primary.entry;
  const parts = [`**${escapeMarkdown(e.expansion)}** (${escapeMarkdown(e.term)})`];
  if (e.explanation) parts.push(escapeMarkdown(e.explanation));
  const facts = [sourceLine(primary, docUri), `used ${uses} time${uses === 1 ? '' : 's'} in this document`];
  const link = safeLink(e.link) ?? safeLink(others.find((o) => o.source === 'built-in')?.entry.link);
  if (link) facts.push(`[official source](${link})`);
  parts.push(facts.join(' · '));
  for (const o of others) {
    parts.push(`---\n\n*Also:* **${escapeMarkdown(o.entry.expansion)}** — ${sourceLine(o, docUri).replace(/^Source: /, '')}`);
  }
  return { contents: { kind: MarkupKind.Markdown, value: parts.join('\n\n') }, range: term.range };
}

/** The card for the acronym (or glossary word) at `pos`, if any; `usesOf` counts a term's uses in the document. */
export function acronymHover(
  lines: readonly string[],
  pos: Position,
  ctx: ResolveContext,
  docUri: string,
  usesOf: (term: string) => number,
): Hover | null {
  // A word the document defines for itself ("… Rural Affairs (Defra)") has a card too, though it is no acronym.
  const term = termAt(lines[pos.line] ?? '', pos, (w) => ctx.glossary.knows(w) || !!ctx.document?.has(w.toUpperCase()));
  return term ? acronymCard(term, ctx, docUri, usesOf(term.term)) : null;
}
