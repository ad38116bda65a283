// The importer as the browser has it (dist/web/import.js): the importer itself, left in a global of the scope that
// loads it (CommitteeReportImporter), and, when that scope is a worker started under IMPORT_WORKER_NAME, the import's
// thread: it says it has loaded, reads the file it is sent (a PDF's streams measured first: pdfStreams.ts) and posts
// the answer back (importInBrowserWorker.ts).
import * as importer from './index';
import { kindOf } from './kind';
import { oversizedStreams } from './pdfStreams';
import { browserUnpackedSize } from './pdfStreamsBrowser';
import { answerFor } from '../importOutcome';
import { IMPORT_WORKER_NAME, toImportWorker, type FromImportWorker } from '../importInBrowserWorker';

export * from './index';

/** A worker's own scope, as far as it is used here (this project compiles with Node's types, which have none). */
declare const self: undefined | { name?: string; onmessage: ((e: { data: unknown }) => void) | null; postMessage(message: FromImportWorker): void };

if (typeof self !== 'undefined' && self.name === IMPORT_WORKER_NAME) {
  const scope = self;
  scope.onmessage = async (e) => {
    if (!toImportWorker(e.data)) return;
    const { bytes, name } = e.data;
    // A PDF's streams are measured first, as in the desktop's thread: here a stream unpacked past the browser's memory
    // would end the whole page, not only this worker.
    const unpacked = kindOf(bytes) === 'pdf' ? browserUnpackedSize : undefined;
    scope.postMessage({ committeeReport: 'answer', answer: await answerFor(importer, bytes, name, unpacked && (() => oversizedStreams(bytes, unpacked))) });
  };
  scope.postMessage({ committeeReport: 'loaded' });
}
