// The browser server (dist/web/server.js), run by VS Code for the Web in a Web Worker: a connection over the worker's
// messages, the client's `workspace.fs` for every file, and the shared wiring. No Node module is bundled here (the
// build fails if one is).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startLanguageServer } from './languageServer';
import { clientFiles } from './workspaceFiles';
import { DEFAULT_SETTINGS } from './features/settings';
import type { DocxWriter } from './docx/types';
import type * as ImporterModule from './import';
import { importInThisThread } from './importOutcome';

/** The worker's own scope, which posts and receives the messages (typed by the reader: this project has no DOM types). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

type Importer = Pick<typeof ImporterModule, 'importDocument' | 'ImportError'>;

/**
 * The Word writer (dist/web/docx.js) and the importer (dist/web/import.js) are scripts of their own, read on first
 * use from the address the client gives in `initializationOptions[key]` (a worker started by VS Code for the Web runs
 * from a blob: address, which no sibling file can be found from); each leaves itself in a global of the worker.
 */
function loadScript<T>(init: unknown, key: string, global: string, what: string): T {
  const scope = self as unknown as Record<string, unknown> & { importScripts(url: string): void };
  const url = (init as Record<string, unknown> | undefined)?.[key];
  if (!scope[global] && typeof url === 'string' && /^(?:https?|vscode-[\w-]+):/.test(url)) scope.importScripts(url);
  if (!scope[global]) throw new Error(`${what} could not be loaded.`);
  return scope[global] as T;
}

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));

/** A message channel's reply comes after the messages already queued, as Node's setImmediate does (setTimeout(0) is clamped to 4 ms after a few). */
const channel = new MessageChannel();
const waiting: (() => void)[] = [];
// The browser's MessagePort (Node's types, which this project compiles with, name it differently).
(channel.port1 as unknown as { onmessage: () => void }).onmessage = () => waiting.shift()?.();

startLanguageServer(connection, {
  files: clientFiles(connection),
  nextTurn: () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      channel.port2.postMessage(undefined);
    }),
  // The client passes the address of the diagnostics' reference inside the extension (the browser has no folder to find it in).
  loadDocx: async (init) => loadScript<DocxWriter>(init, 'docxScript', 'CommitteeReportDocx', 'The Word writer'),
  runImport: async (init, bytes, name, signal) => importInThisThread(await loadScript<Importer>(init, 'importScript', 'CommitteeReportImporter', 'The importer'), bytes, name, signal),
  docsBase: (init) => {
    const given = (init as { docsBase?: unknown } | undefined)?.docsBase;
    return typeof given === 'string' && /^(?:https?|file|vscode-[\w-]+):/.test(given) ? given : DEFAULT_SETTINGS.docsBase;
  },
});
