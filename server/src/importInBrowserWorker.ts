// An import run in a Web Worker of its own, for the browser server (VS Code for the Web): the worker runs the web
// importer (dist/web/import.js, which serves imports when started under IMPORT_WORKER_NAME), so that a file that
// takes all the time it can ends that worker, never the server, and cancelling ends it at once. A browser gives a
// page no way to cap one worker's memory: the time limit is the bound here. When the worker cannot load the importer
// (a browser or host that allows no worker here), the caller reads the file in its own thread, as before.
import { IMPORT_TIME_MS, outcomeOf, stoppedEarly, tookTooLong, type ImportOutcome, type ThreadAnswer } from './importOutcome';

/** The name the import's worker is started under: the importer serves imports only in a worker of this name. */
export const IMPORT_WORKER_NAME = 'committee-report-import';

/**
 * The messages between the server and the import's worker, each marked as this extension's: a library in the worker
 * may use the worker's messages too (PDF.js's worker code, loaded in any worker, says "ready" in its own messages).
 */
export interface ToImportWorker {
  committeeReport: 'import';
  bytes: Uint8Array;
  name: string;
}
export type FromImportWorker = { committeeReport: 'loaded' } | { committeeReport: 'answer'; answer: ThreadAnswer };

/** Whether `data` is one of the worker's own messages. */
export function fromImportWorker(data: unknown): data is FromImportWorker {
  const kind = (data as { committeeReport?: unknown } | null)?.committeeReport;
  return kind === 'loaded' || (kind === 'answer' && typeof (data as { answer?: unknown }).answer === 'object');
}

/** Whether `data` is a file sent to the import's worker. */
export function toImportWorker(data: unknown): data is ToImportWorker {
  const d = data as Partial<ToImportWorker> | null;
  return d?.committeeReport === 'import' && d.bytes instanceof Uint8Array && typeof d.name === 'string';
}

/** What is used of a Web Worker (this project compiles with Node's types, which have none). */
export interface ImportThread {
  onmessage: ((e: { data: unknown }) => void) | null;
  onerror: ((e: { message?: string }) => void) | null;
  postMessage(message: ToImportWorker): void;
  terminate(): void;
}

/**
 * Imports `bytes` in the worker `start` makes. Resolves with the outcome (cancelled when `signal` aborts; a message
 * past `timeMs`), or undefined when the worker failed before the importer in it had loaded, or could not be made.
 * The worker is ended as soon as the import is settled, however it was.
 */
export function importInBrowserWorker(
  start: () => ImportThread,
  bytes: Uint8Array,
  name: string,
  signal?: AbortSignal,
  timeMs = IMPORT_TIME_MS,
): Promise<ImportOutcome | undefined> {
  if (signal?.aborted) return Promise.resolve({ cancelled: true });
  let worker: ImportThread;
  try {
    worker = start();
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    let settled = false;
    let loaded = false;
    const finish = (outcome: ImportOutcome | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ cancelled: true });
    const timer = setTimeout(() => finish(tookTooLong(name, timeMs)), timeMs);
    signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e) => {
      if (!fromImportWorker(e.data)) return;
      if (e.data.committeeReport === 'loaded') loaded = true;
      else finish(outcomeOf(e.data.answer, name));
    };
    worker.onerror = (e) => finish(loaded ? stoppedEarly(name, e.message ?? '') : undefined);
    worker.postMessage({ committeeReport: 'import', bytes, name });
  });
}
