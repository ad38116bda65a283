// The merged glossary: built-in entries, the user's entries, and definitions found in documents, with their precedence.
import builtinData from './builtin.json';
import { isAcronymLike } from '../model/acronyms';
import type { DocumentDefinition, GlossaryEntry, SourcedEntry } from './types';

export interface UserGlossary {
  entries: GlossaryEntry[];
  /** The file or setting the entries came from, for the card. */
  origin: string;
}

export const BUILTIN_ENTRIES: readonly GlossaryEntry[] = (builtinData as { entries: GlossaryEntry[] }).entries;

interface Keyed {
  exact: Map<string, SourcedEntry>;
  upper: Map<string, SourcedEntry>;
}

function keyEntries(entries: readonly SourcedEntry[]): Keyed {
  const exact = new Map<string, SourcedEntry>();
  const upper = new Map<string, SourcedEntry>();
  for (const e of entries) {
    for (const name of [e.entry.term, ...(e.entry.variants ?? [])]) {
      if (!exact.has(name)) exact.set(name, e);
      if (!upper.has(name.toUpperCase())) upper.set(name.toUpperCase(), e);
    }
  }
  return { exact, upper };
}

/** Exact spelling first; for acronym-like tokens also any case ("WSoA" finds "WSOA"). Names like "Send" never match "SEND". */
function find(keyed: Keyed, token: string): SourcedEntry | undefined {
  return keyed.exact.get(token) ?? (isAcronymLike(token) ? keyed.upper.get(token.toUpperCase()) : undefined);
}

/** "Clinical Commissioning Groups" and "clinical commissioning group" say the same. */
export function sameExpansion(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[-‐‑]/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map((w) => w.replace(/ies$/, 'y').replace(/s$/, ''))
      .join(' ');
  return norm(a) === norm(b);
}

export class Glossary {
  readonly #builtin: Keyed;
  readonly #user: Keyed;

  constructor(builtin: readonly GlossaryEntry[] = BUILTIN_ENTRIES, users: readonly UserGlossary[] = []) {
    this.#builtin = keyEntries(builtin.map((entry) => ({ entry, source: 'built-in' as const })));
    this.#user = keyEntries(users.flatMap((u) => u.entries.map((entry) => ({ entry, source: 'user' as const, origin: u.origin }))));
  }

  builtinEntry(token: string): SourcedEntry | undefined {
    return find(this.#builtin, token);
  }

  userEntry(token: string): SourcedEntry | undefined {
    return find(this.#user, token);
  }

  /** True when the glossary knows the token at all (built-in or user). */
  knows(token: string): boolean {
    return !!(this.userEntry(token) ?? this.builtinEntry(token));
  }
}

/** Document definitions by upper-cased short form: the first definition of each. */
export function definitionMap(defs: readonly DocumentDefinition[]): Map<string, DocumentDefinition> {
  const out = new Map<string, DocumentDefinition>();
  for (const d of defs) if (!out.has(d.short.toUpperCase())) out.set(d.short.toUpperCase(), d);
  return out;
}

export interface Resolution {
  /** The entry that wins: user, then this document, then a workspace report, then built-in. */
  primary: SourcedEntry;
  /** Lower-precedence entries that say something different, shown too. */
  others: SourcedEntry[];
}

export interface ResolveContext {
  glossary: Glossary;
  /** Definitions in the document being read. */
  document?: Map<string, DocumentDefinition>;
  /** Definitions in other reports of the workspace, for briefing files. */
  workspace?: { uri: string; definitions: Map<string, DocumentDefinition> }[];
}

function fromDefinition(d: DocumentDefinition, source: 'document' | 'workspace report', builtin?: SourcedEntry, uri?: string): SourcedEntry {
  return {
    entry: { term: d.short, expansion: d.long, explanation: builtin?.entry.explanation },
    source,
    definedAt: { uri, line: d.line, character: d.start },
  };
}

export function resolveTerm(token: string, ctx: ResolveContext): Resolution | undefined {
  const builtin = ctx.glossary.builtinEntry(token);
  const candidates: SourcedEntry[] = [];
  const user = ctx.glossary.userEntry(token);
  if (user) candidates.push(user);
  const key = token.toUpperCase();
  const doc = isAcronymLike(token) || ctx.document?.get(key)?.short === token ? ctx.document?.get(key) : undefined;
  if (doc) candidates.push(fromDefinition(doc, 'document', builtin));
  if (!doc) {
    for (const w of ctx.workspace ?? []) {
      const d = w.definitions.get(key);
      if (d && isAcronymLike(token)) {
        candidates.push(fromDefinition(d, 'workspace report', builtin, w.uri));
        break;
      }
    }
  }
  if (builtin) candidates.push(builtin);
  if (!candidates.length) return undefined;
  const [primary, ...rest] = candidates;
  const others = rest.filter((c) => !sameExpansion(c.entry.expansion, primary.entry.expansion));
  return { primary, others };
}
