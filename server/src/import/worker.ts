// The import's own thread (dist/importWorker.js): it reads one file with the importer (dist/import.js) and posts the
// result back. The server and the command-line tool start it for each import (importInWorker.ts), with a memory cap
// and a time limit, so that a file built to exhaust memory or time ends this thread, never the server.
import { parentPort } from 'worker_threads';
import * as path from 'path';
import type * as Importer from './index';
import { kindOf } from './kind';
import { oversizedStreams } from './pdfStreams';
import { nodeUnpackedSize } from './pdfStreamsNode';
import { requireWithCodeCache } from '../codeCache';
import { answerFor } from '../importOutcome';

/** Long enough for the import to be done, so that the code it ran is compiled when the cache is written. */
const WRITE_CACHE_AFTER_MS = 3000;

export interface WorkerRequest {
  bytes: Uint8Array;
  name: string;
}

// PDF.js can leave a promise of its own rejected and unheard after a badly broken file (a damaged cross-reference
// table, found by the fuzzer): the import has already been refused by then, and such a stray must not end the thread.
process.on('unhandledRejection', () => undefined);

async function main(): Promise<void> {
  // The file comes in a message: the thread may have been started before the import was asked for (importInWorker.ts).
  const { bytes, name } = await new Promise<WorkerRequest>((resolve) => parentPort!.once('message', resolve));
  // Compiled from a code cache (codeCache.ts), written when the thread ends the first time. One cache for each kind of
  // file: a cache holds the code that had run when it was written, and a PDF's import runs other code than a web
  // page's (with one cache for all, whichever kind came first was quick and the others compiled most of theirs).
  const kind = kindOf(bytes);
  const importer = requireWithCodeCache(path.join(__dirname, 'import.js'), kind === 'pdf' ? 'pdf-import' : kind === 'zip' ? 'word-import' : 'web-import', WRITE_CACHE_AFTER_MS) as typeof Importer;
  parentPort!.postMessage(await answerFor(importer, bytes, name, () => (kind === 'pdf' ? oversizedStreams(bytes, nodeUnpackedSize) : undefined)));
}

void main();
