// The LSP wiring: connection, open documents, capabilities, and short handlers that delegate to the report service.
import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService, LANGUAGE_ID } from './service';
import { SettingsCache } from './settings';

export const LOOKS_LIKE_REPORT = 'committeeReport/looksLikeReport';

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

connection.onInitialize((params): InitializeResult => {
  settings.setSupported(!!params.capabilities.workspace?.configuration);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: { label: 'Committee Report' },
      foldingRangeProvider: true,
      selectionRangeProvider: true,
      workspaceSymbolProvider: true,
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

documents.listen(connection);
connection.listen();
