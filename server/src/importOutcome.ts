// What an import comes to, in the server and the command-line tool: the report text, a message in plain words, or
// cancelled. In the browser (and when run from the sources, in the tests) the importer runs in the server's own
// thread: this is that way of running it.
import type * as Importer from './import';

export type ImportOutcome = { imported: Importer.Imported } | { message: string } | { cancelled: true };

export async function importInThisThread(importer: Pick<typeof Importer, 'importDocument' | 'ImportError'>, bytes: Uint8Array, name: string, signal?: AbortSignal): Promise<ImportOutcome> {
  try {
    // Cancelling stops a PDF's reading at the next page.
    const imported = await importer.importDocument(bytes, name, () => !!signal?.aborted);
    return signal?.aborted ? { cancelled: true } : { imported };
  } catch (e) {
    if (signal?.aborted) return { cancelled: true };
    if (e instanceof importer.ImportError) return { message: e.message };
    return { message: `${name} could not be read: it may be damaged, or not the kind of file its name says. Nothing was written.` };
  }
}
