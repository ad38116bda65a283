// The reports of a workspace, found once by a bounded walk of its folders (through the platform's WorkspaceFiles, so
// the same code serves the desktop server, the browser server and the CLI's `tracker FOLDER`): for each report, the
// acronym definitions hovers use elsewhere, and its overview and recommendations for the Recommendations view and the
// tracker. An open document's entry is replaced by its latest version as it is edited.
import { looksLikeReport, parse, splitLines } from './model';
import { lineStarts } from './model/textIndex';
import { definitionMap } from './glossary/glossary';
import { findDefinitions } from './glossary/definitions';
import type { DocumentDefinition } from './glossary/types';
import { workspaceReport, type WorkspaceReport } from './features/overview';
import type { WorkspaceFiles } from './workspaceFiles';
import { readOriginal, type Candidate, type OriginalReport } from './features/originalReport';

/** A cheap look before reading the lines: a Committee's own report has this heading. */
const CONCLUSIONS_HINT = /conclusions,? and recommendations/i;

/** The walk stays small: at most this many files, this large each, this much in all, this deep. */
export const SCAN_LIMITS = { files: 300, bytes: 10 * 1024 * 1024, totalBytes: 50 * 1024 * 1024, depth: 6 };
const REPORT_EXTENSIONS = /\.(?:txt|md|govresponse|cttee)$/i;

interface Entry {
  definitions: Map<string, DocumentDefinition>;
  /** Made on first use: the definitions alone are wanted until a view asks (undefined inside: not shown in the views). */
  report?: { value: WorkspaceReport | undefined };
  /** Set when the file is the Committee's own report, for the responses that cite its paragraphs. */
  original?: OriginalReport;
  /** An unopened report's text, parsed when a view first asks. */
  text?: string;
  /** An open report's latest version, made from the service's cached model when a view asks. */
  view?: () => WorkspaceReport | undefined;
}

export class WorkspaceReports {
  readonly #entries = new Map<string, Entry>();
  #normMonths = 2;

  constructor(private readonly reader: WorkspaceFiles) {}

  /** The late-response norm the tracker measures days against (committeeReport.lateResponse.months). */
  setNormMonths(months: number): void {
    if (months === this.#normMonths) return;
    this.#normMonths = months;
    for (const e of this.#entries.values()) if (e.text !== undefined || e.view) e.report = undefined;
  }

  /** Walks the folders (bounded in count, size and depth) and reads every report found that is not known yet. */
  async scan(folders: readonly string[]): Promise<void> {
    let budget = SCAN_LIMITS.files;
    let bytes = SCAN_LIMITS.totalBytes;
    const walk = async (dir: string, depth: number, folder: string): Promise<void> => {
      if (depth > SCAN_LIMITS.depth || budget <= 0) return;
      const entries = (await this.reader.readDirectory(dir)) ?? [];
      entries.sort((a, b) => a.name.localeCompare(b.name));
      for (const { name, uri, directory } of entries) {
        if (budget <= 0) return;
        if (name.startsWith('.') || name === 'node_modules') continue;
        if (directory) await walk(uri, depth + 1, folder);
        else if (REPORT_EXTENSIONS.test(name) && bytes > 0) {
          // A read that fails or finds too much counts against the budget too: a folder of unreadable files ends the scan as soon.
          budget--;
          const read = await this.reader.readFile(uri, Math.min(SCAN_LIMITS.bytes, bytes), folder);
          if (!read || !('text' in read)) continue;
          bytes -= read.text.length;
          if (!this.#entries.has(uri)) this.#addText(uri, read.text);
        }
      }
    };
    for (const folder of folders) if (this.reader.handles(folder)) await walk(folder, 0, folder);
  }

  /** Reads one report again after it changed on disk, or forgets it when it was deleted or is no report any more. */
  async reread(uri: string, deleted: boolean, folders?: readonly string[]): Promise<void> {
    if (!REPORT_EXTENSIONS.test(uri)) return;
    // Read only inside the workspace's folders (when they are known), as the scan does.
    const within = folders?.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
    const read = deleted || (folders && !within) ? undefined : await this.reader.readFile(uri, SCAN_LIMITS.bytes, within);
    this.#entries.delete(uri);
    if (read && 'text' in read) this.#addText(uri, read.text);
  }

  /**
   * An open document was closed: a file of the workspace's folders is read again from disk (what was saved, if it is
   * still there and still a report); anything else (an unsaved document, a file outside the folders) is forgotten.
   * True when the views change.
   */
  async closed(uri: string, folders: readonly string[]): Promise<boolean> {
    const before = this.#entries.get(uri);
    const inside = REPORT_EXTENSIONS.test(uri) && this.reader.handles(uri) ? folders.find((f) => uri.startsWith(f.endsWith('/') ? f : `${f}/`)) : undefined;
    const read = inside ? await this.reader.readFile(uri, SCAN_LIMITS.bytes, inside) : undefined;
    // Opened again while the file was read: the open document's entry stands.
    if (this.#entries.get(uri) !== before) return false;
    this.#entries.delete(uri);
    if (read && 'text' in read) this.#addText(uri, read.text);
    return !!before || this.#entries.has(uri);
  }

  /** Keeps a report (for its definitions now, its views later) or a Committee's own report (for its paragraphs). */
  #addText(uri: string, text: string): void {
    const report = looksLikeReport(text);
    const lines = report || CONCLUSIONS_HINT.test(text) ? splitLines(text) : undefined;
    const original = lines && readOriginal(lines);
    if (!lines || (!report && !original)) return;
    // Only the definitions are wanted now: no need to build the whole model until a view asks for it.
    const definitions = report ? definitionMap(findDefinitions(lines, text, lineStarts(text, lines))) : new Map<string, DocumentDefinition>();
    this.#entries.set(uri, { definitions, ...(report ? { text } : {}), ...(original ? { original } : {}) });
  }

  /**
   * An open document's latest version: its definitions (when it has any) and, for a report, what the views show
   * (`view`, made from the service's cached model). A briefing counts only for its definitions.
   */
  setOpen(
    uri: string,
    isReport: boolean,
    view: () => WorkspaceReport | undefined,
    definitions: Map<string, DocumentDefinition> | undefined,
    original?: OriginalReport,
  ): void {
    if (!isReport && !definitions && !original) {
      if (this.#entries.get(uri)?.text === undefined) this.#entries.delete(uri);
      return;
    }
    this.#entries.set(uri, { definitions: definitions ?? new Map(), ...(isReport ? { view } : {}), ...(original ? { original } : {}) });
  }

  /** The Committee's own reports known, for `originalFor`: which one a response answers is decided there. */
  originals(): Candidate[] {
    const out: Candidate[] = [];
    for (const [uri, e] of this.#entries) if (e.original) out.push({ uri, original: e.original });
    return out;
  }

  get currentNormMonths(): number {
    return this.#normMonths;
  }

  /** Definitions of every known report but `exceptUri`'s, for hovers elsewhere. */
  definitions(exceptUri?: string): { uri: string; definitions: Map<string, DocumentDefinition> }[] {
    return [...this.#entries]
      .filter(([uri, e]) => uri !== exceptUri && e.definitions.size > 0)
      .map(([uri, e]) => ({ uri, definitions: e.definitions }));
  }

  /** Every report known, in order of URI, each parsed on first use. */
  reports(): WorkspaceReport[] {
    const out: WorkspaceReport[] = [];
    for (const [uri, e] of [...this.#entries].sort(([a], [b]) => a.localeCompare(b))) {
      if (!e.report && e.view) e.report = { value: e.view() };
      if (!e.report && e.text !== undefined) {
        // The model is not kept: what the views show is all that is wanted of it.
        e.report = { value: workspaceReport(uri, parse(e.text), this.#normMonths) };
      }
      if (e.report?.value) out.push(e.report.value);
    }
    return out;
  }
}
