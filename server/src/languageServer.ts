// The LSP wiring shared by the Node and the browser server: open documents, capabilities, and short handlers that
// delegate to the report service. Each entry point (server.ts for Node, browserServer.ts for a Web Worker) makes its
// connection and hands it over with the platform's few services; nothing here touches a file system or Node.
import {
  FileChangeType,
  LSPErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type Connection,
  type InitializeResult,
  type Location,
  type LocationLink,
  type Position,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createReportService, LANGUAGE_ID } from './service';
import { SettingsCache } from './settings';
import { GlossaryStore } from './glossaryStore';
import type { WorkspaceFiles } from './workspaceFiles';
import { fromBase64, toBase64 } from './base64';
import { WorkspaceReports } from './workspaceReports';
import type { DocxWriter } from './docx/types';
import type { ImportOutcome } from './importOutcome';
import { trackerRows, type TrackerFormat } from './features/tracker';

export const LOOKS_LIKE_REPORT = 'committeeReport/looksLikeReport';
export const GO_TO_RESPONSE = 'committeeReport/goToResponse';
export const GO_TO_RECOMMENDATION = 'committeeReport/goToRecommendation';
/** Every report of the workspace as the Recommendations view and the tracker show it. */
export const WORKSPACE_REPORTS = 'committeeReport/workspaceReports';
/** Sent to the client when WORKSPACE_REPORTS would answer differently. */
export const REPORTS_CHANGED = 'committeeReport/reportsChanged';
/** A web page or Word file ({ name, base64 }) as report text ({ kind, text, removed, recommendations }) or a refusal ({ message }). */
export const IMPORT_DOCUMENT = 'committeeReport/import';
/** The tracker as a Markdown, CSV or JSON text, or a Word file ({ base64 }). */
export const EXPORT_TRACKER = 'committeeReport/exportTracker';


interface PositionParams {
  textDocument: { uri: string };
  position: Position;
}

/**
 * Open documents as the client sends them, with one guard: a change whose version is not newer than the document's is
 * already in it, and is not applied a second time. VS Code sends such a change when an unsaved document is saved to a
 * file (the new file opens with its text, then the change that filled it arrives), which would otherwise double the
 * report.
 */
const SYNCED_DOCUMENTS = {
  create: TextDocument.create,
  update(doc: TextDocument, changes: Parameters<typeof TextDocument.update>[1], version: number): TextDocument {
    return version <= doc.version ? doc : TextDocument.update(doc, changes, version);
  },
};

/** What the wiring needs from the platform it runs on. */
export interface ServerPlatform {
  /** Reads the workspace's files: the users' glossary files and the reports scanned for definitions. */
  files: WorkspaceFiles;
  /** Resolves on a later turn of the event loop, after the messages that arrived meanwhile have been handled. */
  nextTurn(): Promise<void>;
  /**
   * The diagnostics' reference (docs/diagnostics.md) shipped with the server, where diagnostics' rule links point (it works offline). A function, as the
   * browser server learns it from the client's initialisation options.
   */
  docsBase(init: unknown): string;
  /**
   * Loads the writers of exports (Word files, and the briefing and tracker as text), on first use: large, and most
   * sessions never export. `init` is the client's initialisation options (the browser server learns the writers'
   * address from them).
   */
  loadDocx(init: unknown): Promise<DocxWriter>;
  /**
   * Reads a PDF, a web page or a Word file as report text: the result, the message saying why not, or cancelled when
   * `signal` aborts it. The Node server runs it in a thread of its own with a memory cap and a time limit.
   */
  runImport(init: unknown, bytes: Uint8Array, name: string, signal: AbortSignal): Promise<ImportOutcome>;
  /** Learns what it needs from the client's initialisation options when the client starts it (the browser server: where its scripts are). */
  initialize?(init: unknown): void;
}

/** Registers every handler on `connection` and starts listening. */
export function startLanguageServer(connection: Connection, platform: ServerPlatform): void {
  const documents = new TextDocuments(SYNCED_DOCUMENTS);
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

  /** The answer to a request the client cancelled while it waited for the analysis: none of its own work is done. */
  const cancelledError = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');

  /** Lets the messages that arrived while a step ran be handled before the next step. */
  const nextTurn = platform.nextTurn;

  /** Per open document: the analysis under way or done for one version, and the time its steps took. */
  const preparations = new Map<string, { version: number; done: Promise<void>; busyMs: number }>();

  /**
   * Analyses the document a step at a time (the service's `prepare`), handling other messages between steps: a hover
   * asked while a large report opens is answered after the step in progress instead of after the whole analysis. The
   * handlers that need the whole analysis (outline, code lenses, diagnostics) wait for it, one run per version serving
   * them all; on a report of ordinary size it takes a few turns of the event loop.
   */
  async function prepared(doc: TextDocument): Promise<void> {
    await analysis(doc).done;
    await ownTurn();
  }

  let lastTurn = Promise.resolve();

  /**
   * A turn of the event loop for this caller alone, after those of earlier callers: handlers waiting for the same
   * analysis go on one per turn, with the messages that arrived meanwhile handled between them, rather than all
   * together the moment it ends.
   */
  function ownTurn(): Promise<void> {
    const mine = lastTurn.then(nextTurn);
    lastTurn = mine;
    return mine;
  }

  function analysis(doc: TextDocument): { done: Promise<void>; busyMs: number } {
    const current = preparations.get(doc.uri);
    if (current?.version === doc.version) return current;
    const version = doc.version;
    const entry = { version, done: Promise.resolve(), busyMs: 0 };
    entry.done = (async () => {
      const steps = service.prepare(doc);
      for (;;) {
        const started = performance.now();
        const step = steps.next();
        entry.busyMs += performance.now() - started;
        if (step.done) return;
        await nextTurn();
        // An edit arrived (its own run takes over, and the handler computes what it needs for the newest version), or
        // the document was closed.
        if (doc.version !== version || documents.get(doc.uri) !== doc) return;
      }
    })().catch((err) => {
      // The handler computes its answer itself and reports the failure if it happens again.
      if (preparations.get(doc.uri) === entry) preparations.delete(doc.uri);
      connection.console.error(`analysis failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    });
    preparations.set(doc.uri, entry);
    return entry;
  }

  let linkSupport = false;
  const workspace = new WorkspaceReports(platform.files);
  const glossaries = new GlossaryStore(platform.files, workspace);

  /** Tells the client the workspace's reports changed (the Recommendations view and the tracker ask again), at most every 300 ms. */
  let reportsChangedTimer: ReturnType<typeof setTimeout> | undefined;
  function reportsChanged(): void {
    if (reportsChangedTimer) return;
    reportsChangedTimer = setTimeout(() => {
      reportsChangedTimer = undefined;
      void connection.sendNotification(REPORTS_CHANGED, {});
    }, 300);
  }
  /** Glossary files that had problems last time, so that fixed ones are cleared. */
  let glossaryProblemFiles = new Set<string>();

  async function reloadGlossaries(): Promise<void> {
    const results = await glossaries.reload();
    const now = new Set<string>();
    for (const r of results) {
      if (r.diagnostics.length) now.add(r.uri);
      await connection.sendDiagnostics(r);
    }
    for (const uri of glossaryProblemFiles) if (!now.has(uri)) await connection.sendDiagnostics({ uri, diagnostics: [] });
    glossaryProblemFiles = now;
  }

  let initOptions: unknown;
  connection.onInitialize((params): InitializeResult => {
    initOptions = params.initializationOptions;
    platform.initialize?.(initOptions);
    settings.setSupported(!!params.capabilities.workspace?.configuration);
    settings.setDocsBase(platform.docsBase(params.initializationOptions));
    glossaries.setFolders(
      params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []),
    );
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
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        completionProvider: { triggerCharacters: ['@', ':', ',', ' '] },
      },
      serverInfo: { name: 'Committee Report language server', version: '0.1.0' },
    };
  });

  /** Diagnostics wait for typing to pause: twice the last analysis time of that document, at most 300 ms. */
  const MAX_DEBOUNCE_MS = 300;
  const pendingDiagnostics = new Map<string, ReturnType<typeof setTimeout>>();
  const lastAnalysisMs = new Map<string, number>();

  async function publishDiagnostics(uri: string): Promise<void> {
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    const docSettings = await settings.get(uri);
    service.setMaxChars(docSettings.maxFileSizeMB * 1_000_000);
    await prepared(doc);
    // A newer edit arrived while the settings were read or the report analysed: its own run will publish.
    if (documents.get(uri)?.version !== version) return;
    const started = performance.now();
    const diagnostics = service.diagnostics(doc, docSettings, glossaries.glossaryFor(docSettings));
    // The analysis steps count too, not the turns spent on other messages between them.
    lastAnalysisMs.set(uri, performance.now() - started + (preparations.get(uri)?.busyMs ?? 0));
    workspace.setNormMonths(docSettings.lateResponse.months);
    workspace.setOpen(
      uri,
      service.isReport(doc),
      () => service.workspaceReport(doc, workspace.currentNormMonths),
      service.definitionsOf(doc),
      service.originalOf(doc),
    );
    reportsChanged();
    await connection.sendDiagnostics({ uri, version, diagnostics });
  }

  function scheduleDiagnostics(uri: string): void {
    clearTimeout(pendingDiagnostics.get(uri));
    const delay = Math.min(MAX_DEBOUNCE_MS, 2 * (lastAnalysisMs.get(uri) ?? 0));
    pendingDiagnostics.set(
      uri,
      setTimeout(() => {
        pendingDiagnostics.delete(uri);
        void guarded('diagnostics', undefined, () => publishDiagnostics(uri));
      }, delay),
    );
  }

  connection.onInitialized(() => {
    void guarded('glossary', undefined, async () => {
      await reloadGlossaries();
      for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
      await workspace.scan(glossaries.folderUris());
      reportsChanged();
    });
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    void guarded('watched files', undefined, async () => {
      const glossaryChanged = changes.some((c) => c.uri.endsWith('/committee-report-glossary.json'));
      // A report changed on disk that is not open (an open one is followed as it is edited).
      const reports = changes.filter((c) => !c.uri.endsWith('.json') && !documents.get(c.uri));
      for (const c of reports) await workspace.reread(c.uri, c.type === FileChangeType.Deleted, glossaries.folderUris());
      if (reports.length) reportsChanged();
      if (glossaryChanged) {
        await reloadGlossaries();
        for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
      }
    });
  });

  connection.onDidChangeConfiguration(() => {
    settings.clear();
    for (const doc of documents.all()) scheduleDiagnostics(doc.uri);
  });

  documents.onDidChangeContent(({ document }) => scheduleDiagnostics(document.uri));

  connection.onCodeAction((params) =>
    guarded('codeAction', [], () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      const file = glossaries.fileFor(doc.uri);
      // An open glossary holds the user's latest text, saved or not.
      const open = file ? documents.get(file.uri) : undefined;
      return service.codeActions(doc, params.context.diagnostics, file && { uri: file.uri, text: open?.getText() ?? file.text }, params.range);
    }),
  );

  documents.onDidOpen(({ document }) => {
    void guarded('detection', undefined, () => {
      if (document.languageId !== LANGUAGE_ID && service.isReport(document)) {
        void connection.sendNotification(LOOKS_LIKE_REPORT, { uri: document.uri });
      }
    });
  });

  documents.onDidClose(({ document }) => {
    clearTimeout(pendingDiagnostics.get(document.uri));
    pendingDiagnostics.delete(document.uri);
    lastAnalysisMs.delete(document.uri);
    service.forget(document.uri);
    preparations.delete(document.uri);
    settings.forget(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    // The views show what is on disk in the workspace's folders, and nothing of an unsaved or outside document.
    void guarded('closed report', undefined, async () => {
      if (await workspace.closed(document.uri, glossaries.folderUris())) reportsChanged();
    });
  });

  connection.onDocumentSymbol((params, token) =>
    guarded('documentSymbol', [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      await prepared(doc);
      // Typing on in a large report: VS Code has asked for the outline of a newer version.
      if (token.isCancellationRequested) return cancelledError();
      return service.documentSymbols(doc, await settings.get(doc.uri));
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
      const links = service.definition(doc, params.position, workspace.originals());
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
      if (!doc) return [];
      // A report's @report: link stays inside the workspace's folders (with none open, beside the report or below it).
      const folders = glossaries.folderUris();
      return service.documentLinks(doc, folders.length ? folders : [doc.uri.slice(0, doc.uri.lastIndexOf('/') + 1)]);
    }),
  );

  connection.onHover((params) =>
    guarded('hover', null, async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return null;
      const docSettings = await settings.get(doc.uri);
      return service.hover(doc, params.position, docSettings, glossaries.context(docSettings, doc.uri), workspace.originals());
    }),
  );

  connection.onCodeLens((params, token) =>
    guarded('codeLens', [], async () => {
      const doc = documents.get(params.textDocument.uri);
      if (!doc) return [];
      await prepared(doc);
      if (token.isCancellationRequested) return cancelledError();
      return service.codeLenses(doc, cancelled(token));
    }),
  );

  const UNKNOWN_DOCUMENT = { message: 'This document is not open in the Committee Report server.' };


  connection.onCompletion((params) =>
    guarded('completion', [], () => {
      const doc = documents.get(params.textDocument.uri);
      return doc ? service.completions(doc, params.position, documents.all()) : [];
    }),
  );

  /** Custom requests of the client's commands: each looks up the document and delegates. */
  function positionRequest<T>(method: string, empty: T, run: (doc: TextDocument, pos: Position) => T): void {
    connection.onRequest(method, (params: PositionParams) =>
      guarded(method, empty, () => {
        const doc = documents.get(params?.textDocument?.uri);
        return doc && params.position ? run(doc, params.position) : empty;
      }),
    );
  }

  positionRequest(GO_TO_RESPONSE, UNKNOWN_DOCUMENT, (d, p) => service.goToResponse(d, p));
  positionRequest(GO_TO_RECOMMENDATION, UNKNOWN_DOCUMENT, (d, p) => service.goToRecommendation(d, p));
  positionRequest('committeeReport/notePosition', UNKNOWN_DOCUMENT, (d, p) => service.notePosition(d, p));
  positionRequest('committeeReport/nextUnanswered', UNKNOWN_DOCUMENT, (d, p) => service.nextUnanswered(d, p));
  positionRequest('committeeReport/nextTodo', UNKNOWN_DOCUMENT, (d, p) => service.nextTodo(d, p));

  connection.onRequest('committeeReport/export', (params: { textDocument: { uri: string }; format: string }) =>
    guarded('export', null, async () => {
      const doc = documents.get(params?.textDocument?.uri);
      const format = params?.format;
      if (!doc) return null;
      if (format === 'docx') {
        const months = (await settings.get(doc.uri)).lateResponse.months;
        const data = service.briefingData(doc, months);
        return data ? { base64: toBase64(await (await platform.loadDocx(initOptions)).briefingDocx(data.rows, data.overview, months)) } : null;
      }
      if (format !== 'md' && format !== 'csv' && format !== 'json') return null;
      const data = service.briefingRows(doc);
      return data ? (await platform.loadDocx(initOptions)).briefingText(data.rows, data.name, format) : null;
    }),
  );

  connection.onRequest(EXPORT_TRACKER, (params: { format: string }) =>
    guarded(EXPORT_TRACKER, null, async () => {
      const format = params?.format;
      const rows = trackerRows(workspace.reports());
      const months = workspace.currentNormMonths;
      if (format !== 'docx' && format !== 'md' && format !== 'csv' && format !== 'json') return null;
      const writer = await platform.loadDocx(initOptions);
      return format === 'docx' ? { base64: toBase64(await writer.trackerDocx(rows, months)) } : writer.formatTracker(rows, format as TrackerFormat, months);
    }),
  );

  connection.onRequest(IMPORT_DOCUMENT, (params: { name?: unknown; base64?: unknown }, token) =>
    guarded(IMPORT_DOCUMENT, { message: 'The file could not be imported.' }, async () => {
      if (typeof params?.name !== 'string' || typeof params?.base64 !== 'string') return { message: 'The import was asked for without a file.' };
      const bytes = fromBase64(params.base64);
      if (token.isCancellationRequested) return cancelledError();
      const abort = new AbortController();
      const listening = token.onCancellationRequested(() => abort.abort());
      try {
        const outcome = await platform.runImport(initOptions, bytes, params.name, abort.signal);
        if ('cancelled' in outcome) return cancelledError();
        return 'imported' in outcome ? outcome.imported : { message: outcome.message };
      } finally {
        listening.dispose();
      }
    }),
  );

  connection.onRequest(WORKSPACE_REPORTS, () => guarded(WORKSPACE_REPORTS, [], () => workspace.reports()));

  connection.onRequest('committeeReport/summary', (params: { textDocument: { uri: string } }) =>
    guarded('summary', null, () => {
      const doc = documents.get(params?.textDocument?.uri);
      return (doc && service.summary(doc)) ?? null;
    }),
  );

  documents.listen(connection);
  connection.listen();
}
