// What an import comes to, wherever it runs (the Node server's and the command-line tool's thread, a browser worker,
// or the server's own thread): the report text, a message in plain words, or cancelled. The thread that reads the
// file answers with `answerFor`; the side that started it turns the answer into an outcome with `outcomeOf`, and says
// in the same words why a thread that never answered did not. No Node module here: the browser server uses it too.
import type * as Importer from './import';

export type ImportOutcome = { imported: Importer.Imported } | { message: string } | { cancelled: true };

/** What the thread that read a file posts back: the text, the importer's own refusal, or a library's error. */
export type ThreadAnswer = { imported: Importer.Imported } | { refused: string } | { failed: string };

type ImporterParts = Pick<typeof Importer, 'importDocument' | 'ImportError'>;

/** The longest an import may take. */
export const IMPORT_TIME_MS = 120_000;

/**
 * Reads `bytes` with `importer`: the answer a thread posts back. `oversized`, when given, is asked first and refuses
 * the file with what it says is too large; `isCancelled` stops a PDF's reading at the next page.
 */
export async function answerFor(
  importer: ImporterParts,
  bytes: Uint8Array,
  name: string,
  oversized?: () => string | undefined | Promise<string | undefined>,
  isCancelled?: () => boolean,
): Promise<ThreadAnswer> {
  try {
    const tooLarge = await oversized?.();
    if (tooLarge) return { refused: `${name} has ${tooLarge}, far more than any report: it may be damaged, or made to be too large to read. Nothing was written.` };
    return { imported: await importer.importDocument(bytes, name, isCancelled) };
  } catch (e) {
    return e instanceof importer.ImportError ? { refused: e.message } : { failed: e instanceof Error ? e.message : String(e) };
  }
}

/** A thread's answer as the user is told it: a library's error never in its own words. */
export function outcomeOf(answer: ThreadAnswer, name: string): ImportOutcome {
  if ('imported' in answer) return { imported: answer.imported };
  if ('refused' in answer) return { message: answer.refused };
  return stoppedEarly(name, answer.failed);
}

/** The import past its time limit. */
export function tookTooLong(name: string, timeMs: number): ImportOutcome {
  const limit = timeMs / 60_000 >= 1 ? `${timeMs / 60_000} minutes` : `${timeMs / 1000} seconds`;
  return { message: `${name} took longer than ${limit} to read, and was stopped. It may be damaged, or made to be too large to read; nothing was written.` };
}

/** The thread failed with `error`, or ended without answering. */
export function stoppedEarly(name: string, error?: string): ImportOutcome {
  return { message: `${name} could not be read: ${error === undefined ? 'the import stopped before it finished.' : plain(error)} Nothing was written.` };
}

/**
 * What a library's error means, where its words tell: parts nested too deeply to follow ("Maximum call stack size
 * exceeded"), or parts that refer to each other in a loop ("Pages tree contains circular reference").
 */
export function troubleOf(error: string): 'nested' | 'loop' | undefined {
  if (/call stack|recursion/i.test(error)) return 'nested';
  if (/circular|cycle|loop/i.test(error)) return 'loop';
  return undefined;
}

/** A library's error, said for a user: what it means, never the library's own words. */
function plain(error: string): string {
  const trouble = troubleOf(error);
  if (trouble === 'nested') return 'its parts are nested too deeply to follow.';
  if (trouble === 'loop') return 'its parts refer to each other in a loop.';
  return 'it may be damaged, or not the kind of file its name says.';
}

/** Runs the import in this thread (the unit tests, and a browser that cannot start a worker for it). */
export async function importInThisThread(importer: ImporterParts, bytes: Uint8Array, name: string, signal?: AbortSignal): Promise<ImportOutcome> {
  const answer = await answerFor(importer, bytes, name, undefined, () => !!signal?.aborted);
  return signal?.aborted ? { cancelled: true } : outcomeOf(answer, name);
}
