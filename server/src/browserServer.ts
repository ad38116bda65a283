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
import { IMPORT_WORKER_NAME, importInBrowserWorker, type ImportThread } from './importInBrowserWorker';
import { loadJsoncWith } from './glossary/jsoncOnFirstUse';
import { loadGlossaryTextsWith, type GlossaryTexts } from './glossary/textsOnFirstUse';
import type { JsoncReader } from './glossary/jsonc';

/** The worker's own scope, which posts and receives the messages (typed by the reader: this project has no DOM types). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

type Importer = Pick<typeof ImporterModule, 'importDocument' | 'ImportError'>;

/** A worker's constructor, where the browser lets a worker start one (this project compiles with Node's types, which have none). */
declare const Worker: undefined | (new (url: string, options: { name: string }) => ImportThread);

/** Addresses the scripts may be read from: the extension's own, as the client gives them. */
const SCRIPT_ADDRESS = /^(?:https?|vscode-[\w-]+):/;

function scriptAddress(init: unknown, key: string): string | undefined {
  const url = (init as Record<string, unknown> | undefined)?.[key];
  return typeof url === 'string' && SCRIPT_ADDRESS.test(url) ? url : undefined;
}

/**
 * The writers of exports (dist/web/docx.js: Word files, and the briefing and tracker as text), the importer (dist/web/import.js), the glossary files' reader
 * (dist/web/jsonc.js) and the built-in glossary's explanations (dist/web/glossary.js) are scripts of their own, read on first use from the address the client gives in `initializationOptions[key]` (a worker started by VS Code for the Web runs
 * from a blob: address, which no sibling file can be found from); each leaves itself in a global of the worker.
 */
function loadScript<T>(init: unknown, key: string, global: string, what: string): T {
  const scope = self as unknown as Record<string, unknown> & { importScripts(url: string): void };
  const url = scriptAddress(init, key);
  if (!scope[global] && url) scope.importScripts(url);
  if (!scope[global]) throw new Error(`${what} could not be loaded.`);
  return scope[global] as T;
}

/** The address of a script that loads the importer from `url`: a worker may be started only from its own origin, and the importer may be elsewhere (VS Code for the Web serves an extension's files from another). */
const importWorkerScripts = new Map<string, string>();
function importWorkerScript(url: string): string {
  let script = importWorkerScripts.get(url);
  if (!script) importWorkerScripts.set(url, (script = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(url)});`], { type: 'text/javascript' }))));
  return script;
}

/**
 * Reads a file in a worker of its own (importInBrowserWorker.ts), which ends at the time limit or when cancelled, the
 * server answering all the while; where no worker can be started, in this thread.
 */
async function runImport(init: unknown, bytes: Uint8Array, name: string, signal: AbortSignal) {
  const url = scriptAddress(init, 'importScript');
  const Thread = typeof Worker === 'function' ? Worker : undefined;
  const inWorker = url && Thread ? await importInBrowserWorker(() => new Thread(importWorkerScript(url), { name: IMPORT_WORKER_NAME }), bytes, name, signal) : undefined;
  return inWorker ?? importInThisThread(loadScript<Importer>(init, 'importScript', 'CommitteeReportImporter', 'The importer'), bytes, name, signal);
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
  loadDocx: async (init) => loadScript<DocxWriter>(init, 'docxScript', 'CommitteeReportDocx', 'The writer of exports'),
  initialize: (init) => {
    loadJsoncWith(() => loadScript<JsoncReader>(init, 'jsoncScript', 'CommitteeReportJsonc', 'The glossary reader'));
    loadGlossaryTextsWith(() => loadScript<{ default: GlossaryTexts }>(init, 'glossaryScript', 'CommitteeReportGlossary', "The glossary's explanations").default);
  },
  runImport,
  docsBase: (init) => {
    const given = (init as { docsBase?: unknown } | undefined)?.docsBase;
    return typeof given === 'string' && /^(?:https?|file|vscode-[\w-]+):/.test(given) ? given : DEFAULT_SETTINGS.docsBase;
  },
});
