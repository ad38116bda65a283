// The LSP wiring: connection, open documents, capabilities, and short handlers that delegate to the report service.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeResult,
  type Location,
  type LocationLink,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService, LANGUAGE_ID } from './service';
import { SettingsCache } from './settings';

export const LOOKS_LIKE_REPORT = 'committeeReport/looksLikeReport';
export const GO_TO_RESPONSE = 'committeeReport/goToResponse';
export const GO_TO_RECOMMENDATION = 'committeeReport/goToRecommendation';

interface PositionParams {
  textDocument: { uri: string };
  position: Position;
}

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const service = createReportService();
const settings = new SettingsCache(connection);

/** Runs a handler; a bug in a feature is logged and answered with an empty result instead of killing the server. */
function guarded<T>(name: string, empty: T, work: () => T | Promise<T>): Promise<T> {
  try {
    return Promise.resolve(work()).catch((err) => {
      connection.console.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return empty;
    });
  } catch (err) {
    connection.console.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return Promise.resolve(empty);
  }
}

const cancelled = (token: CancellationToken) => () => token.isCancellationRequested;

let linkSupport = false;

connection.onInitialize((params): InitializeResult => {
  settings.setSupported(!!params.capabilities.workspace?.configuration);
  linkSupport = !!params.capabilities.textDocument?.definition?.linkSupport;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Committee Report' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspaceSymbolProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentLinkProvider: { resolveProvider: false },
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
    },
    serverInfo: { name: 'Committee Report language server', version: '0.1.0' },
  };
});

connection.onDidChangeConfiguration(() => settings.clear());

documents.onDidOpen(({ document }) => {
  void guarded('detection', undefined, () => {
    if (document.languageId !== LANGUAGE_ID && service.isReport(document)) {
      void connection.sendNotification(LOOKS_LIKE_REPORT, { uri: document.uri });
    }
  });
});

documents.onDidClose(({ document }) => {
  service.forget(document.uri);
  settings.forget(document.uri);
});

connection.onDocumentSymbol((params) =>
  guarded('documentSymbol', [], async () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.documentSymbols(doc, await settings.get(doc.uri)) : [];
  }),
);

connection.onFoldingRanges((params) =>
  guarded('foldingRange', [], () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.foldingRanges(doc) : [];
  }),
);

connection.onSelectionRanges((params) =>
  guarded('selectionRange', [], () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.selectionRanges(doc, params.positions) : [];
  }),
);

connection.onWorkspaceSymbol((params, token) =>
  guarded('workspaceSymbol', [], () => service.workspaceSymbols(documents.all(), params.query, undefined, cancelled(token))),
);

connection.onDefinition((params) =>
  guarded<Location[] | LocationLink[]>('definition', [], () => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    const links = service.definition(doc, params.position);
    return linkSupport ? links : links.map((l) => ({ uri: l.targetUri, range: l.targetSelectionRange }));
  }),
);

connection.onReferences((params) =>
  guarded('references', [], () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.references(doc, params.position, params.context?.includeDeclaration ?? true) : [];
  }),
);

connection.onDocumentHighlight((params) =>
  guarded('documentHighlight', [], () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.documentHighlights(doc, params.position) : [];
  }),
);

connection.onDocumentLinks((params) =>
  guarded('documentLink', [], () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.documentLinks(doc) : [];
  }),
);

connection.onHover((params) =>
  guarded('hover', null, () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.hover(doc, params.position) : null;
  }),
);

connection.onCodeLens((params, token) =>
  guarded('codeLens', [], () => {
    const doc = documents.get(params.textDocument.uri);
    return doc ? service.codeLenses(doc, cancelled(token)) : [];
  }),
);

const UNKNOWN_DOCUMENT = { message: 'This document is not open in the Committee Report server.' };

connection.onRequest(GO_TO_RESPONSE, (params: PositionParams) =>
  guarded('goToResponse', UNKNOWN_DOCUMENT, () => {
    const doc = documents.get(params?.textDocument?.uri);
    return doc ? service.goToResponse(doc, params.position) : UNKNOWN_DOCUMENT;
  }),
);

connection.onRequest(GO_TO_RECOMMENDATION, (params: PositionParams) =>
  guarded('goToRecommendation', UNKNOWN_DOCUMENT, () => {
    const doc = documents.get(params?.textDocument?.uri);
    return doc ? service.goToRecommendation(doc, params.position) : UNKNOWN_DOCUMENT;
  }),
);

documents.listen(connection);
connection.listen();
