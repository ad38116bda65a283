// Server-side glossary state: the users' glossary files (reloaded on change) and acronym definitions found in the
// workspace's reports. Files are read through the platform's WorkspaceFiles, never here, so the same code runs in
// Node and in the browser.
import type { Diagnostic } from 'vscode-languageserver';
import { joinUri, type WorkspaceFiles } from './workspaceFiles';
import { looksLikeReport, splitLines } from './model';
import { lineStarts } from './model/textIndex';
import { definitionMap, Glossary, type UserGlossary } from './glossary/glossary';
import { findDefinitions } from './glossary/definitions';
import type { DocumentDefinition } from './glossary/types';
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

/** The workspace scan stays small: at most this many files, this large each, this much in all, this deep. */
const SCAN_LIMITS = { files: 300, bytes: 10 * 1024 * 1024, totalBytes: 50 * 1024 * 1024, depth: 6 };
const REPORT_EXTENSIONS = /\.(?:txt|md|govresponse|cttee)$/i;
/** A glossary file larger than this is not read. */
const GLOSSARY_MAX_BYTES = 5 * 1024 * 1024;

function offsetToPosition(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

export class GlossaryStore {
  private folders: string[] = [];
  private files = new Map<string, FolderGlossary>();
  private glossaries = new WeakMap<ReportSettings, Glossary>();
  private readonly workspaceDefinitions = new Map<string, Map<string, DocumentDefinition>>();

  constructor(private readonly reader: WorkspaceFiles) {}

  setFolders(folderUris: readonly string[]): void {
    this.folders = folderUris.filter((u) => this.reader.handles(u));
  }

  /** Reads every folder's glossary file; returns each file's problems as diagnostics, for publishing. */
  async reload(): Promise<{ uri: string; diagnostics: Diagnostic[] }[]> {
    const out: { uri: string; diagnostics: Diagnostic[] }[] = [];
    this.files = new Map();
    for (const folder of this.folders) {
      const uri = joinUri(folder, GLOSSARY_FILE);
      const entry: FolderGlossary = { folder, uri };
      // No glossary file in this folder: nothing to read, nothing to report.
      const read = await this.reader.readFile(uri, GLOSSARY_MAX_BYTES);
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
        out.push({
          uri,
          diagnostics: parsed.problems.map((p) => ({
            range: { start: offsetToPosition(read.text, p.offset), end: offsetToPosition(read.text, p.offset + p.length) },
            severity: 1,
            source: DIAGNOSTIC_SOURCE,
            code: 'glossary',
            message: p.message,
          })),
        });
      }
      this.files.set(folder, entry);
    }
    this.glossaries = new WeakMap();
    return out;
  }

  /** The folder glossary a document belongs to: its own folder's, else the first folder's. */
  fileFor(docUri: string): { uri: string; text?: string } | undefined {
    const folder = this.folders.filter((f) => docUri.startsWith(f.endsWith('/') ? f : f + '/')).sort((a, b) => b.length - a.length)[0] ?? this.folders[0];
    const entry = folder ? this.files.get(folder) : undefined;
    return entry && !entry.tooLarge ? { uri: entry.uri, text: entry.text } : undefined;
  }

  /** The glossary for documents with these settings: glossary files first, then the setting's entries, then the built-in. */
  glossaryFor(settings: ReportSettings): Glossary {
    let g = this.glossaries.get(settings);
    if (!g) {
      const users = [...this.files.values()].flatMap((f) => (f.glossary ? [f.glossary] : []));
      if (settings.glossary.entries.length) users.push({ entries: settings.glossary.entries, origin: 'committeeReport.glossary.entries setting' });
      g = new Glossary(undefined, users);
      this.glossaries.set(settings, g);
    }
    return g;
  }

  context(settings: ReportSettings, exceptUri?: string): GlossaryContext {
    const workspace = [...this.workspaceDefinitions]
      .filter(([uri, defs]) => uri !== exceptUri && defs.size > 0)
      .map(([uri, definitions]) => ({ uri, definitions }));
    return { glossary: this.glossaryFor(settings), workspace };
  }

  setDefinitions(uri: string, defs: Map<string, DocumentDefinition> | undefined): void {
    if (defs) this.workspaceDefinitions.set(uri, defs);
  }

  /** Finds the reports in the workspace folders (bounded in count, size and depth) and reads their definitions. */
  async scanWorkspaceReports(): Promise<void> {
    let budget = SCAN_LIMITS.files;
    let bytes = SCAN_LIMITS.totalBytes;
    const walk = async (dir: string, depth: number): Promise<void> => {
      if (depth > SCAN_LIMITS.depth || budget <= 0) return;
      const entries = (await this.reader.readDirectory(dir)) ?? [];
      for (const { name, uri, directory } of entries) {
        if (budget <= 0) return;
        if (name.startsWith('.') || name === 'node_modules') continue;
        if (directory) await walk(uri, depth + 1);
        else if (REPORT_EXTENSIONS.test(name) && bytes > 0) {
          const read = await this.reader.readFile(uri, Math.min(SCAN_LIMITS.bytes, bytes));
          if (!read || !('text' in read)) continue;
          budget--;
          bytes -= read.text.length;
          const text = read.text;
          if (looksLikeReport(text) && !this.workspaceDefinitions.has(uri)) {
            // Only the definitions are wanted: no need to build the whole model.
            const lines = splitLines(text);
            this.workspaceDefinitions.set(uri, definitionMap(findDefinitions(lines, text, lineStarts(text, lines))));
          }
        }
      }
    };
    for (const folder of this.folders) await walk(folder, 0);
  }
}
