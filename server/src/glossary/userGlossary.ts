// Reads a user glossary file: `{ "entries": [ … ] }` or a bare array of entries. Mistakes become problems with offsets, never exceptions.
import { jsonc, type Node, type ParseError } from './jsonc';
import type { GlossaryEntry } from './types';

export const GLOSSARY_FILE = '.vscode/committee-report-glossary.json';

export interface GlossaryProblem {
  message: string;
  offset: number;
  length: number;
}

export interface ParsedGlossary {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

const PARSE_ERRORS: Record<string, string> = {
  InvalidSymbol: 'This is not valid JSON here',
  InvalidNumberFormat: 'This number is not valid JSON',
  PropertyNameExpected: 'A property name in double quotes is expected here',
  ValueExpected: 'A value is expected here',
  ColonExpected: 'A colon is expected here',
  CommaExpected: 'A comma is expected here',
  CloseBraceExpected: 'A closing brace } is expected here',
  CloseBracketExpected: 'A closing bracket ] is expected here',
  EndOfFileExpected: 'Nothing should follow the end of the glossary',
  UnexpectedEndOfString: 'This string is not closed',
};

function problemAt(node: Node, message: string): GlossaryProblem {
  return { message, offset: node.offset, length: node.length };
}

function property(obj: Node, name: string): Node | undefined {
  return obj.children?.find((p) => p.children?.[0]?.value === name)?.children?.[1];
}

const KNOWN_KEYS = new Set(['term', 'expansion', 'explanation', 'variants', 'link']);

/** Checks one entry; returns it when it is usable, pushing a problem for each mistake. */
function readEntry(node: Node, index: number, problems: GlossaryProblem[]): GlossaryEntry | undefined {
  const where = `Entry ${index + 1}`;
  if (node.type !== 'object') {
    problems.push(problemAt(node, `${where} should be an object like { "term": "WSOA", "expansion": "Written Statement of Action" }.`));
    return undefined;
  }
  const text = (name: string, required: boolean): string | undefined => {
    const v = property(node, name);
    if (!v) {
      if (required) problems.push(problemAt(node, `${where} has no "${name}". Add it as text.`));
      return undefined;
    }
    if (v.type !== 'string' || !String(v.value).trim()) {
      problems.push(problemAt(v, `"${name}" in ${where.toLowerCase()} should be non-empty text.`));
      return undefined;
    }
    return String(v.value).trim();
  };
  for (const p of node.children ?? []) {
    const key = p.children?.[0];
    if (key && !KNOWN_KEYS.has(String(key.value))) {
      problems.push(problemAt(key, `"${key.value}" is not a glossary field. Use term, expansion, explanation, variants or link.`));
    }
  }
  const term = text('term', true);
  const expansion = text('expansion', true);
  const explanation = text('explanation', false);
  let link = text('link', false);
  if (link && !/^https:\/\/[^\s]+$/i.test(link)) {
    problems.push(problemAt(property(node, 'link')!, `"link" must be an https:// address; it is left out.`));
    link = undefined;
  }
  let variants: string[] | undefined;
  const v = property(node, 'variants');
  if (v) {
    const values = v.type === 'array' ? (jsonc().getNodeValue(v) as unknown[]) : undefined;
    if (!values || !values.every((x) => typeof x === 'string' && x.trim())) {
      problems.push(problemAt(v, `"variants" should be a list of spellings, like ["WSoA"].`));
    } else variants = (values as string[]).map((x) => x.trim());
  }
  if (!term || !expansion) return undefined;
  return { term, expansion, explanation, variants, link };
}

export function parseUserGlossary(text: string): ParsedGlossary {
  const errors: ParseError[] = [];
  const { parseTree, printParseErrorCode } = jsonc();
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  const problems: GlossaryProblem[] = errors.map((e) => ({
    message: `${PARSE_ERRORS[printParseErrorCode(e.error)] ?? 'This is not valid JSON'}. The glossary is read as far as it can be.`,
    offset: e.offset,
    length: Math.max(1, e.length),
  }));
  if (!root) {
    if (!problems.length && text.trim()) problems.push({ message: 'This file is not JSON.', offset: 0, length: 1 });
    return { entries: [], problems };
  }
  const list = root.type === 'array' ? root : root.type === 'object' ? property(root, 'entries') : undefined;
  if (!list || list.type !== 'array') {
    problems.push(problemAt(root, 'A glossary is { "entries": [ … ] } or a list of entries.'));
    return { entries: [], problems };
  }
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  (list.children ?? []).forEach((node, i) => {
    const entry = readEntry(node, i, problems);
    if (!entry) return;
    const key = entry.term.toUpperCase();
    if (seen.has(key)) {
      problems.push(problemAt(node, `"${entry.term}" is already in this glossary (entry ${seen.get(key)! + 1}); the first one is used.`));
      return;
    }
    seen.set(key, i);
    entries.push(entry);
  });
  return { entries, problems };
}

/** Entries from the `committeeReport.glossary.entries` setting: the same shape, wrong ones skipped. */
export function entriesFromSetting(raw: unknown): GlossaryEntry[] {
  if (!Array.isArray(raw)) return [];
  return parseUserGlossary(JSON.stringify(raw)).entries;
}
