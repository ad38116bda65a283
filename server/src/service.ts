// The language service: one factory, a per-version model cache, and one method per feature. No protocol runtime imports.
import { commitmentHover } from './features/commitments';
import { clock } from './features/clock';
import type {
  CompletionItem,
  CodeAction,
  CodeLens,
  Diagnostic,
  DocumentHighlight,
  DocumentLink,
  DocumentSymbol,
  FoldingRange,
  Hover,
  Location,
  LocationLink,
  SelectionRange,
  WorkspaceSymbol,
} from 'vscode-languageserver-types';
import { isReport as isReportModel, looksLikeReport, parse, type Position, type Range, type Report } from './model';
import { codeActions } from './features/codeActions';
import { correctionActions } from './features/corrections';
import { codeLenses } from './features/codeLens';
import { computeDiagnostics, DIAGNOSTIC_SOURCE } from './features/diagnostics';
import { definition } from './features/definition';
import { originalFor, originalReportOf, readOriginal, type Candidate, type OriginalReport } from './features/originalReport';
import { foldingRanges } from './features/folding';
import { goToRecommendation, goToResponse, type GoToResult } from './features/goTo';
import { documentLinks } from './features/links';
import { documentSymbols } from './features/outline';
import { previewHover } from './features/previewHover';
import { layoutHover } from './features/layouts';
import { acronymHover, countUses } from './features/acronymHover';
import { acronymIndex } from './features/acronymIndex';
import { documentDefinitions } from './features/documentDefinitions';
import { stanceSteps } from './features/stance';
import { definitionMap, Glossary } from './glossary/glossary';
import { findDefinitions } from './glossary/definitions';
import type { DocumentDefinition } from './glossary/types';
import type { GlossaryFile } from './features/codeActions';
import { splitLines } from './model';
import { completions } from './features/completion';
import { allTags } from './features/annotations';
import { nextTodo, nextUnanswered, notePosition, summary, type Summary } from './features/commands';
import { briefingRows, type BriefingRow } from './features/briefing';
import { documentHighlights, references } from './features/references';
import { selectionRanges } from './features/selectionRanges';
import { DEFAULT_SETTINGS, type ReportSettings } from './features/settings';
import { workspaceSymbols, type NamedReport } from './features/workspaceSymbols';
import { displayName, reportOverview, workspaceReport, type ReportOverview, type WorkspaceReport } from './features/overview';

/** The little the service needs of a document. */
export interface ReportDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export const LANGUAGE_ID = 'committee-report';

export type IsCancelled = () => boolean;

/** What acronym hovers and the glossary rules need beyond the document: the merged glossary and other reports' definitions. */
export interface GlossaryContext {
  glossary: Glossary;
  workspace: { uri: string; definitions: Map<string, DocumentDefinition> }[];
}

const BUILTIN_ONLY: GlossaryContext = { glossary: new Glossary(), workspace: [] };

interface Entry {
  version: number;
  isReport: boolean;
  report?: Report;
  /** Set when the document is a report but too large to analyse: its size in characters. */
  tooLarge?: number;
  symbols?: { words: number; value: DocumentSymbol[] };
  /** Read on first use: the Committee's own report this document is, if it is one. */
  original?: { value: OriginalReport | undefined };
}

export interface ServiceOptions {
  /** Reports longer than this many characters get one diagnostic and no analysis. */
  maxChars: number;
}

export const DEFAULT_MAX_CHARS = 20_000_000;

export interface ReportService {
  /** Changes the size limit; models already parsed stay as they are until their next version. */
  setMaxChars(maxChars: number): void;
  /** True when the document is a report: by its language, or by the shape of its text. */
  isReport(doc: ReportDocument): boolean;
  /** The parsed model, parsed at most once per document version; undefined when the document is not a report. */
  getReport(doc: ReportDocument): Report | undefined;
  /**
   * The analysis of a report in steps (the model; its acronyms; its definitions; its stances, a stretch of response
   * text at a time), each result cached so that the features asked for afterwards find it ready. A server runs one
   * step per turn of its event loop and answers other requests in between; nothing here waits or runs by itself.
   */
  prepare(doc: ReportDocument): Generator<void, void>;
  forget(uri: string): void;
  documentSymbols(doc: ReportDocument, settings?: ReportSettings): DocumentSymbol[];
  foldingRanges(doc: ReportDocument): FoldingRange[];
  selectionRanges(doc: ReportDocument, positions: Position[]): SelectionRange[];
  workspaceSymbols(docs: readonly ReportDocument[], query: string, settings?: ReportSettings, isCancelled?: IsCancelled): WorkspaceSymbol[];
  /** `originals`: the Committee reports of the workspace, for a second target in the one this response answers. */
  definition(doc: ReportDocument, pos: Position, originals?: readonly Candidate[]): LocationLink[];
  references(doc: ReportDocument, pos: Position, includeDeclaration: boolean): Location[];
  documentHighlights(doc: ReportDocument, pos: Position): DocumentHighlight[];
  documentLinks(doc: ReportDocument, roots?: readonly string[]): DocumentLink[];
  hover(doc: ReportDocument, pos: Position, settings?: ReportSettings, ctx?: GlossaryContext, originals?: readonly Candidate[]): Hover | null;
  /** The Committee's own report this document is (numbered paragraphs, a "Conclusions and recommendations"), if it is one. */
  originalOf(doc: ReportDocument): OriginalReport | undefined;
  /** The acronym definitions a report writes, for hovers in other files of the workspace. */
  definitionsOf(doc: ReportDocument): Map<string, DocumentDefinition> | undefined;
  codeLenses(doc: ReportDocument, isCancelled?: IsCancelled): CodeLens[];
  goToResponse(doc: ReportDocument, pos: Position): GoToResult;
  goToRecommendation(doc: ReportDocument, pos: Position): GoToResult;
  diagnostics(doc: ReportDocument, settings?: ReportSettings, glossary?: Glossary): Diagnostic[];
  /** Quick fixes for the diagnostics, and at `range` the corrections of how its paragraph is read. */
  codeActions(doc: ReportDocument, diagnostics: readonly Diagnostic[], glossaryFile?: GlossaryFile, range?: Range): CodeAction[];
  /** Annotation completions; tags come from every report in `openDocs`. */
  completions(doc: ReportDocument, pos: Position, openDocs: readonly ReportDocument[]): CompletionItem[];
  notePosition(doc: ReportDocument, pos: Position): ReturnType<typeof notePosition>;
  nextUnanswered(doc: ReportDocument, pos: Position): GoToResult;
  nextTodo(doc: ReportDocument, pos: Position): GoToResult;
  summary(doc: ReportDocument): Summary | undefined;
  /** The briefing's rows, for an export as text; `name` is the file's. Undefined when it is not a report. */
  briefingRows(doc: ReportDocument): { rows: BriefingRow[]; name: string } | undefined;
  /** The briefing's rows and the report's overview, for the Word briefing; undefined when it is not a report. */
  briefingData(doc: ReportDocument, normMonths: number): { rows: BriefingRow[]; overview: ReportOverview } | undefined;
  /** The report as the Recommendations view and the tracker show it; undefined when it is not a report. */
  workspaceReport(doc: ReportDocument, normMonths: number): WorkspaceReport | undefined;
}

/** Clamps a position from a client into the document, so out-of-range requests get answers about the nearest text. */
function clamp(lines: readonly string[], pos: Position): Position {
  const line = Math.min(Math.max(0, Math.floor(pos.line) || 0), lines.length - 1);
  const character = Math.min(Math.max(0, Math.floor(pos.character) || 0), lines[line].length);
  return { line, character };
}

function tooLargeDiagnostic(size: number, limit: number, settings: ReportSettings): Diagnostic {
  const mb = (n: number) => (n / 1_000_000).toFixed(1);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 2,
    code: 'too-large',
    codeDescription: { href: `${settings.docsBase}#too-large` },
    source: DIAGNOSTIC_SOURCE,
    message: `This report is ${mb(size)} MB, over the ${mb(limit)} MB limit, so it is not analysed (no outline, links or checks). Raise committeeReport.maxFileSizeMB to analyse it.`,
  };
}

/** Findings that a wrong reading can cause: where they stand, the corrections of the reading are offered with their fixes. */
const READING_CODES = new Set(['no-response', 'duplicate-number', 'out-of-sequence', 'no-paragraph', 'duplicate-paragraph', 'no-recommendations']);

const NOT_A_REPORT = { message: 'This document is not a Committee Report.' };

export function createReportService(options: Partial<ServiceOptions> = {}): ReportService {
  const cache = new Map<string, Entry>();
  let maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;

  function entryFor(doc: ReportDocument): Entry {
    const cached = cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    // The previous version's model lets the parser reuse the scans of every line the edit left alone. A document of
    // another language is a report when the reader finds one in it: read once, and kept when it is.
    const previous = cached?.report;
    let report = doc.languageId === LANGUAGE_ID || text.length > maxChars ? undefined : parse(text, { previous });
    const isReport = doc.languageId === LANGUAGE_ID || (report ? isReportModel(report) : looksLikeReport(text));
    if (!isReport) report = undefined;
    const tooLarge = isReport && text.length > maxChars ? text.length : undefined;
    if (isReport && !tooLarge && !report) report = parse(text, { previous });
    const entry: Entry = { version: doc.version, isReport, tooLarge, report };
    cache.set(doc.uri, entry);
    return entry;
  }

  const getReport = (doc: ReportDocument) => entryFor(doc).report;

  /** Runs `fn` on the document's model at a clamped position, or returns `empty` for documents that are not reports. */
  function at<T>(doc: ReportDocument, pos: Position, empty: T, fn: (report: Report, pos: Position) => T): T {
    const report = getReport(doc);
    return report ? fn(report, clamp(report.lines, pos)) : empty;
  }

  return {
    setMaxChars(n) {
      maxChars = n;
    },
    isReport: (doc) => entryFor(doc).isReport,
    getReport,
    *prepare(doc) {
      const report = getReport(doc);
      if (!report) return;
      yield;
      acronymIndex(report);
      yield;
      documentDefinitions(report);
      yield;
      yield* stanceSteps(report);
    },
    forget: (uri) => void cache.delete(uri),
    documentSymbols(doc, settings = DEFAULT_SETTINGS) {
      const entry = entryFor(doc);
      if (!entry.report) return [];
      const words = settings.outline.shortTitleWords;
      if (entry.symbols?.words !== words) entry.symbols = { words, value: documentSymbols(entry.report, settings) };
      return entry.symbols.value;
    },
    foldingRanges: (doc) => {
      const report = getReport(doc);
      return report ? foldingRanges(report) : [];
    },
    selectionRanges(doc, positions) {
      const report = getReport(doc);
      return report ? selectionRanges(report, positions.map((p) => clamp(report.lines, p))) : [];
    },
    workspaceSymbols(docs, query, settings = DEFAULT_SETTINGS, isCancelled = () => false) {
      const named: NamedReport[] = [];
      for (const doc of docs) {
        const report = getReport(doc);
        if (report) named.push({ uri: doc.uri, name: displayName(doc.uri), report });
      }
      return workspaceSymbols(named, query, settings, isCancelled);
    },
    definition: (doc, pos, originals = []) => at(doc, pos, [], (r, p) => definition(r, doc.uri, p, originalFor(r, doc.uri, originals))),
    references: (doc, pos, includeDeclaration) => at(doc, pos, [], (r, p) => references(r, doc.uri, p, includeDeclaration)),
    documentHighlights: (doc, pos) => at(doc, pos, [], documentHighlights),
    documentLinks: (doc, roots) => {
      const report = getReport(doc);
      return report ? documentLinks(report, doc.uri, roots) : [];
    },
    hover(doc, pos, settings = DEFAULT_SETTINGS, ctx = BUILTIN_ONLY, originals = []) {
      const report = getReport(doc);
      if (report) {
        const p = clamp(report.lines, pos);
        return (
          commitmentHover(report, p, clock.now()) ??
          previewHover(report, p, originals.length ? originalFor(report, doc.uri, originals) : undefined) ??
          acronymHover(report.lines, p, { ...ctx, document: documentDefinitions(report) }, doc.uri, (term) =>
            acronymIndex(report).uses.get(term.toUpperCase())?.total ?? countUses(report.lines, term),
          ) ??
          layoutHover(report, p)
        );
      }
      // A briefing file beside the reports: acronym hovers only, without claiming it as a report.
      if (!settings.glossary.languages.includes(doc.languageId)) return null;
      const lines = splitLines(doc.getText());
      const document = definitionMap(findDefinitions(lines));
      return acronymHover(lines, clamp(lines, pos), { ...ctx, document }, doc.uri, (term) => countUses(lines, term));
    },
    originalOf(doc) {
      const entry = entryFor(doc);
      if (!entry.original) entry.original = { value: entry.report ? originalReportOf(entry.report) : readOriginal(splitLines(doc.getText())) };
      return entry.original.value;
    },
    definitionsOf(doc) {
      const report = getReport(doc);
      return report ? documentDefinitions(report) : undefined;
    },
    codeLenses: (doc, isCancelled) => {
      const report = getReport(doc);
      return report ? codeLenses(report, doc.uri, isCancelled) : [];
    },
    goToResponse: (doc, pos) => at(doc, pos, NOT_A_REPORT, goToResponse),
    goToRecommendation: (doc, pos) => at(doc, pos, NOT_A_REPORT, goToRecommendation),
    diagnostics(doc, settings = DEFAULT_SETTINGS, glossary) {
      const entry = entryFor(doc);
      if (entry.tooLarge !== undefined) return [tooLargeDiagnostic(entry.tooLarge, maxChars, settings)];
      return entry.report ? computeDiagnostics(entry.report, doc.uri, settings, glossary) : [];
    },
    completions(doc, pos, openDocs) {
      return at(doc, pos, [], (report, p) => {
        const reports = openDocs.map(getReport).filter((r): r is Report => !!r);
        return completions(report.lines[p.line], p, allTags(reports));
      });
    },
    notePosition: (doc, pos) => at<ReturnType<typeof notePosition>>(doc, pos, NOT_A_REPORT, notePosition),
    nextUnanswered: (doc, pos) => at(doc, pos, NOT_A_REPORT, nextUnanswered),
    nextTodo: (doc, pos) => at(doc, pos, NOT_A_REPORT, nextTodo),
    summary(doc) {
      const report = getReport(doc);
      return report ? summary(report) : undefined;
    },
    briefingRows(doc) {
      const report = getReport(doc);
      return report ? { rows: briefingRows(report, doc.uri), name: displayName(doc.uri) } : undefined;
    },
    briefingData(doc, normMonths) {
      const report = getReport(doc);
      return report ? { rows: briefingRows(report, doc.uri), overview: reportOverview(report, displayName(doc.uri), normMonths) } : undefined;
    },
    workspaceReport(doc, normMonths) {
      const report = getReport(doc);
      return report ? workspaceReport(doc.uri, report, normMonths) : undefined;
    },
    codeActions(doc, diagnostics, glossaryFile, range) {
      const report = getReport(doc);
      if (!report) return [];
      // Corrections of the reading where nothing else is wrong, or where a finding may come of a wrong reading.
      const reading = diagnostics.every((d) => READING_CODES.has(String(d.code)));
      return [...codeActions(report, doc.uri, diagnostics, glossaryFile), ...(range && reading ? correctionActions(report, doc.uri, range) : [])];
    },
  };
}
