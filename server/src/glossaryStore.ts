// Server-side glossary state: the users' glossary files (reloaded on change), and the glossary context of a hover
// (with the acronym definitions of the workspace's other reports, from WorkspaceReports). Files are read through the
// platform's WorkspaceFiles, never here, so the same code runs in Node and in the browser.
import type { Diagnostic } from 'vscode-languageserver';
import { joinUri, type WorkspaceFiles } from './workspaceFiles';
import type { WorkspaceReports } from './workspaceReports';
import { Glossary, type UserGlossary } from './glossary/glossary';
import { GLOSSARY_FILE, parseUserGlossary } from './glossary/userGlossary';
import type { ReportSettings } from './features/settings';
import type { GlossaryContext } from './service';
import { DIAGNOSTIC_SOURCE } from './features/diagnostics';

interface FolderGlossary {
  folder: string;
  uri: string;
  text?: string;
  glossary?: UserGlossary;
  /** Too large to be read: no entries, and no quick fix writes into it. */
  tooLarge?: boolean;
}

/** A glossary file larger than this is not read. */
const GLOSSARY_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Offsets in `text` as line and character. The lines' starts are found once, and each offset by a binary search:
 * slicing and splitting the text again for every problem took minutes on a glossary with thousands of faulty entries.
 */
function positionsIn(text: string): (offset: number) => { line: number; character: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: offset - starts[lo] };
  };
}

/** How many problems of one glossary file are shown: the rest are counted in the last. */
const MAX_PROBLEMS = 200;

export class GlossaryStore {
  #folders: string[] = [];
  #files = new Map<string, FolderGlossary>();
  #glossaries = new WeakMap<ReportSettings, Glossary>();
  constructor(
    private readonly reader: WorkspaceFiles,
    private readonly workspace: WorkspaceReports,
  ) {}

  setFolders(folderUris: readonly string[]): void {
    this.#folders = folderUris.filter((u) => this.reader.handles(u));
  }

  /** Reads every folder's glossary file; returns each file's problems as diagnostics, for publishing. */
  async reload(): Promise<{ uri: string; diagnostics: Diagnostic[] }[]> {
    const out: { uri: string; diagnostics: Diagnostic[] }[] = [];
    this.#files = new Map();
    for (const folder of this.#folders) {
      const uri = joinUri(folder, GLOSSARY_FILE);
      const entry: FolderGlossary = { folder, uri };
      // No glossary file in this folder: nothing to read, nothing to report.
      const read = await this.reader.readFile(uri, GLOSSARY_MAX_BYTES, folder);
      if (read && 'tooLarge' in read) {
        entry.tooLarge = true;
        out.push({
          uri,
          diagnostics: [
            {
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
              severity: 1,
              source: DIAGNOSTIC_SOURCE,
              code: 'glossary',
              message: `This glossary file is ${(read.tooLarge / 1024 / 1024).toFixed(1)} MB; glossary files over ${GLOSSARY_MAX_BYTES / 1024 / 1024} MB are not read. Split it or remove entries.`,
            },
          ],
        });
      } else if (read) {
        entry.text = read.text;
        const parsed = parseUserGlossary(read.text);
        entry.glossary = { entries: parsed.entries, origin: GLOSSARY_FILE };
        const at = positionsIn(read.text);
        const shown = parsed.problems.slice(0, MAX_PROBLEMS);
        const more = parsed.problems.length - shown.length;
        out.push({
          uri,
          diagnostics: shown.map((p, i) => ({
            range: { start: at(p.offset), end: at(p.offset + p.length) },
            severity: 1,
            source: DIAGNOSTIC_SOURCE,
            code: 'glossary',
            message: i === shown.length - 1 && more > 0 ? `${p.message} (${more} more problems in this file are not shown: mend these first.)` : p.message,
          })),
        });
      }
      this.#files.set(folder, entry);
    }
    this.#glossaries = new WeakMap();
    return out;
  }

  /** The folder glossary a document belongs to: its own folder's, else the first folder's. */
  fileFor(docUri: string): { uri: string; text?: string } | undefined {
    const folder = this.#folders.filter((f) => docUri.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0] ?? this.#folders[0];
    const entry = folder ? this.#files.get(folder) : undefined;
    return entry && !entry.tooLarge ? { uri: entry.uri, text: entry.text } : undefined;
  }

  /** The glossary for documents with these settings: glossary files first, then the setting's entries, then the built-in. */
  glossaryFor(settings: ReportSettings): Glossary {
    let g = this.#glossaries.get(settings);
    if (!g) {
      const users = [...this.#files.values()].flatMap((f) => (f.glossary ? [f.glossary] : []));
      if (settings.glossary.entries.length) users.push({ entries: settings.glossary.entries, origin: 'committeeReport.glossary.entries setting' });
      g = new Glossary(undefined, users);
      this.#glossaries.set(settings, g);
    }
    return g;
  }

  context(settings: ReportSettings, exceptUri?: string): GlossaryContext {
    return { glossary: this.glossaryFor(settings), workspace: this.workspace.definitions(exceptUri) };
  }

  /** The workspace folders this store reads glossary files from. */
  folderUris(): readonly string[] {
    return this.#folders;
  }
}
