// An import run in a thread of its own (import/worker.ts), for the Node server and the command-line tool. The thread
// has a memory cap and a time limit, and is ended at once when the import is cancelled: a file that would take all
// the memory or all the time ends its thread, and the server goes on answering. Its messages are the importer's,
// or one of these in plain words.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { IMPORT_TIME_MS, outcomeOf, stoppedEarly, tookTooLong, type ImportOutcome, type ThreadAnswer } from './importOutcome';

/** The most memory an import's thread may take (its JavaScript heap), in MB. */
export const IMPORT_MEMORY_MB = 1024;
/** How much more memory than its heap's cap the process may take while an import runs (buffers live outside the heap). */
const WATCHED_MEMORY_FACTOR = 1.5;
/** How often the process's memory is looked at while an import runs. */
const WATCHDOG_MS = 100;
/** How long a thread that has answered may take to end by itself. */
const ENDING_GRACE_MS = 5000;
export { IMPORT_TIME_MS };

export interface ImportLimits {
  memoryMb: number;
  timeMs: number;
}

const DEFAULT_LIMITS: ImportLimits = { memoryMb: IMPORT_MEMORY_MB, timeMs: IMPORT_TIME_MS };
const defaultScript = () => path.join(__dirname, 'importWorker.js');

/** A thread for one import, with its memory cap: it waits for the file (`{ bytes, name }`) in a message. */
function startThread(limits: ImportLimits, script: string): Worker {
  const worker = new Worker(script, {
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 },
    // Its output is not the user's: a library's warnings stay out of the server's log and the tool's output.
    stdout: true,
    stderr: true,
  });
  return worker;
}

/** A thread started before its import was asked for, with the default limits: see startSpareImportThread. */
let spare: { worker: Worker; exited: boolean } | undefined;

/**
 * Starts the next import's thread now, so that its start (about 35 ms here) overlaps other work: the command-line
 * tool calls it first thing when its command is `import` (cliPrestart.ts), while the rest of the tool loads. The
 * thread waits, holding nothing open: a process that never imports exits as it would have.
 */
export function startSpareImportThread(): void {
  if (spare) return;
  const worker = startThread(DEFAULT_LIMITS, defaultScript());
  const started = { worker, exited: false };
  worker.once('exit', () => (started.exited = true));
  worker.once('error', () => (started.exited = true));
  worker.unref();
  spare = started;
}

/** The spare thread, when there is one still waiting and the import wants what it was started with. */
function takeSpare(limits: ImportLimits, script: string): Worker | undefined {
  const taken = spare;
  spare = undefined;
  if (!taken || taken.exited || limits !== DEFAULT_LIMITS || script !== defaultScript()) {
    if (taken && !taken.exited) void taken.worker.terminate();
    return undefined;
  }
  taken.worker.ref();
  return taken.worker;
}

/**
 * Imports `bytes` in a thread running `script` (dist/importWorker.js): the spare one when it was started, else a new
 * one. Resolves with the result, the message saying why it was refused or failed, or cancelled when `signal` aborted it.
 */
export function importInWorker(
  bytes: Uint8Array,
  name: string,
  signal?: AbortSignal,
  limits: ImportLimits = DEFAULT_LIMITS,
  script = defaultScript(),
): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const worker = takeSpare(limits, script) ?? startThread(limits, script);
    // Its output is read and dropped, from now on: a stream being read holds the process open, which a spare thread
    // that was never used must not.
    worker.stdout?.resume();
    worker.stderr?.resume();
    const finish = (outcome: ImportOutcome, ended = false) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watchdog);
      signal?.removeEventListener('abort', onAbort);
      // A thread that answered ends by itself (writing its code cache the first time), given a moment; any other is
      // ended now.
      if (ended) {
        setTimeout(() => void worker.terminate(), ENDING_GRACE_MS).unref();
        worker.unref();
      }
      else void worker.terminate();
      resolve(outcome);
    };
    const onAbort = () => finish({ cancelled: true });
    const tooMuchMemory = () => ({ message: `${name} needs more memory to read than an import may use (${limits.memoryMb} MB): it may be damaged, or made to unpack to far more than its size. Nothing was written.` });
    // The cap bounds the thread's JavaScript heap; what a library unpacks outside it (PDF.js's streams) is watched
    // here, as the memory the whole process has taken since the import began.
    const baseline = process.memoryUsage.rss();
    const watchdog = setInterval(() => {
      if (process.memoryUsage.rss() - baseline > limits.memoryMb * 1024 * 1024 * WATCHED_MEMORY_FACTOR) finish(tooMuchMemory());
    }, WATCHDOG_MS);
    const timer = setTimeout(() => finish(tookTooLong(name, limits.timeMs)), limits.timeMs);
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    worker.on('message', (answer: ThreadAnswer) => finish(outcomeOf(answer, name), !('failed' in answer)));
    worker.on('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY' || /memory|allocation failed/i.test(e.message)) finish(tooMuchMemory());
      else finish(stoppedEarly(name, e.message));
    });
    worker.on('exit', () => finish(stoppedEarly(name)));
    worker.postMessage({ bytes, name });
  });
}
