// The language service: one factory, a per-version model cache, and one method per feature. No protocol runtime imports.
import { looksLikeReport, parse, type Position, type Report } from './model';
import { documentSymbols } from './features/outline';
import { foldingRanges } from './features/folding';
import { selectionRanges } from './features/selectionRanges';
import { workspaceSymbols, type NamedReport } from './features/workspaceSymbols';
import { DEFAULT_SETTINGS, type ReportSettings } from './features/settings';

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
}

export interface ReportService {
  /** True when the document is a report: by its language, or by the shape of its text. */
  isReport(doc: ReportDocument): boolean;
  /** The parsed model, parsed at most once per document version; undefined when the document is not a report. */
  getReport(doc: ReportDocument): Report | undefined;
  forget(uri: string): void;
  documentSymbols(doc: ReportDocument, settings?: ReportSettings): ReturnType<typeof documentSymbols>;
  foldingRanges(doc: ReportDocument): ReturnType<typeof foldingRanges>;
  selectionRanges(doc: ReportDocument, positions: Position[]): ReturnType<typeof selectionRanges>;
  workspaceSymbols(
    docs: readonly ReportDocument[],
    query: string,
    settings?: ReportSettings,
    isCancelled?: IsCancelled,
  ): ReturnType<typeof workspaceSymbols>;
}

function displayName(uri: string): string {
  const last = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}

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

  return {
    isReport: (doc) => entryFor(doc).isReport,
    getReport,
    forget: (uri) => void cache.delete(uri),
    documentSymbols(doc, settings = DEFAULT_SETTINGS) {
      const report = getReport(doc);
      return report ? documentSymbols(report, settings) : [];
    },
    foldingRanges(doc) {
      const report = getReport(doc);
      return report ? foldingRanges(report) : [];
    },
    selectionRanges(doc, positions) {
      const report = getReport(doc);
      return report ? selectionRanges(report, positions) : [];
    },
    workspaceSymbols(docs, query, settings = DEFAULT_SETTINGS, isCancelled = () => false) {
      const named: NamedReport[] = [];
      for (const doc of docs) {
        const report = getReport(doc);
        if (report) named.push({ uri: doc.uri, name: displayName(doc.uri), report });
      }
      return workspaceSymbols(named, query, settings, isCancelled);
    },
  };
}
