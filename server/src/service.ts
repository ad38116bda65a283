// The language service: one factory, a per-version model cache, and one method per feature. No protocol runtime imports.
import type {
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
import { looksLikeReport, parse, type Position, type Report } from './model';
import { codeActions } from './features/codeActions';
import { codeLenses } from './features/codeLens';
import { computeDiagnostics } from './features/diagnostics';
import { definition } from './features/definition';
import { foldingRanges } from './features/folding';
import { goToRecommendation, goToResponse, type GoToResult } from './features/goTo';
import { documentLinks } from './features/links';
import { documentSymbols } from './features/outline';
import { previewHover } from './features/previewHover';
import { documentHighlights, references } from './features/references';
import { selectionRanges } from './features/selectionRanges';
import { DEFAULT_SETTINGS, type ReportSettings } from './features/settings';
import { workspaceSymbols, type NamedReport } from './features/workspaceSymbols';

/** The little the service needs of a document. */
export interface ReportDocument {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export const LANGUAGE_ID = 'committee-report';

export type IsCancelled = () => boolean;

interface Entry {
  version: number;
  isReport: boolean;
  report?: Report;
  symbols?: { words: number; value: DocumentSymbol[] };
}

export interface ReportService {
  /** True when the document is a report: by its language, or by the shape of its text. */
  isReport(doc: ReportDocument): boolean;
  /** The parsed model, parsed at most once per document version; undefined when the document is not a report. */
  getReport(doc: ReportDocument): Report | undefined;
  forget(uri: string): void;
  documentSymbols(doc: ReportDocument, settings?: ReportSettings): DocumentSymbol[];
  foldingRanges(doc: ReportDocument): FoldingRange[];
  selectionRanges(doc: ReportDocument, positions: Position[]): SelectionRange[];
  workspaceSymbols(docs: readonly ReportDocument[], query: string, settings?: ReportSettings, isCancelled?: IsCancelled): WorkspaceSymbol[];
  definition(doc: ReportDocument, pos: Position): LocationLink[];
  references(doc: ReportDocument, pos: Position, includeDeclaration: boolean): Location[];
  documentHighlights(doc: ReportDocument, pos: Position): DocumentHighlight[];
  documentLinks(doc: ReportDocument): DocumentLink[];
  hover(doc: ReportDocument, pos: Position): Hover | null;
  codeLenses(doc: ReportDocument, isCancelled?: IsCancelled): CodeLens[];
  goToResponse(doc: ReportDocument, pos: Position): GoToResult;
  goToRecommendation(doc: ReportDocument, pos: Position): GoToResult;
  diagnostics(doc: ReportDocument, settings?: ReportSettings): Diagnostic[];
  codeActions(doc: ReportDocument, diagnostics: readonly Diagnostic[]): CodeAction[];
}

function displayName(uri: string): string {
  const last = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

/** Clamps a position from a client into the document, so out-of-range requests get answers about the nearest text. */
function clamp(report: Report, pos: Position): Position {
  const line = Math.min(Math.max(0, Math.floor(pos.line) || 0), report.lineCount - 1);
  const character = Math.min(Math.max(0, Math.floor(pos.character) || 0), report.lines[line].length);
  return { line, character };
}

const NOT_A_REPORT: GoToResult = { message: 'This document is not a Committee Report.' };

export function createReportService(): ReportService {
  const cache = new Map<string, Entry>();

  function entryFor(doc: ReportDocument): Entry {
    const cached = cache.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const text = doc.getText();
    const isReport = doc.languageId === LANGUAGE_ID || looksLikeReport(text);
    const entry: Entry = { version: doc.version, isReport, report: isReport ? parse(text) : undefined };
    cache.set(doc.uri, entry);
    return entry;
  }

  const getReport = (doc: ReportDocument) => entryFor(doc).report;

  /** Runs `fn` on the document's model at a clamped position, or returns `empty` for documents that are not reports. */
  function at<T>(doc: ReportDocument, pos: Position, empty: T, fn: (report: Report, pos: Position) => T): T {
    const report = getReport(doc);
    return report ? fn(report, clamp(report, pos)) : empty;
  }

  return {
    isReport: (doc) => entryFor(doc).isReport,
    getReport,
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
      return report ? selectionRanges(report, positions.map((p) => clamp(report, p))) : [];
    },
    workspaceSymbols(docs, query, settings = DEFAULT_SETTINGS, isCancelled = () => false) {
      const named: NamedReport[] = [];
      for (const doc of docs) {
        const report = getReport(doc);
        if (report) named.push({ uri: doc.uri, name: displayName(doc.uri), report });
      }
      return workspaceSymbols(named, query, settings, isCancelled);
    },
    definition: (doc, pos) => at(doc, pos, [], (r, p) => definition(r, doc.uri, p)),
    references: (doc, pos, includeDeclaration) => at(doc, pos, [], (r, p) => references(r, doc.uri, p, includeDeclaration)),
    documentHighlights: (doc, pos) => at(doc, pos, [], documentHighlights),
    documentLinks: (doc) => {
      const report = getReport(doc);
      return report ? documentLinks(report) : [];
    },
    hover: (doc, pos) => at(doc, pos, null, previewHover),
    codeLenses: (doc, isCancelled) => {
      const report = getReport(doc);
      return report ? codeLenses(report, doc.uri, isCancelled) : [];
    },
    goToResponse: (doc, pos) => at(doc, pos, NOT_A_REPORT, goToResponse),
    goToRecommendation: (doc, pos) => at(doc, pos, NOT_A_REPORT, goToRecommendation),
    diagnostics(doc, settings = DEFAULT_SETTINGS) {
      const report = getReport(doc);
      return report ? computeDiagnostics(report, doc.uri, settings) : [];
    },
    codeActions(doc, diagnostics) {
      const report = getReport(doc);
      return report ? codeActions(report, doc.uri, diagnostics) : [];
    },
  };
}
