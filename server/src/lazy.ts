// Large parts loaded on first use only: the writers of exports (dist/docx.js, about 250 KB with the docx library; the
// language server's Markdown, CSV and JSON exports are read from it too) and the importer (dist/import.js, htmlparser2
// and mammoth). Each is a bundle of its own, so the server and the CLI start without them and only an export or an
// import reads them. Run from the sources (the tests), each is the
// module itself.
import * as path from 'path';
import { requireWithCodeCache } from './codeCache';
import type { DocxWriter } from './docx/types';
import type * as Importer from './import';
import { importInWorker } from './importInWorker';
import { importInThisThread, type ImportOutcome } from './importOutcome';

/** Set by the build (esbuild.mjs): the lazy parts are files beside the bundle that loads them. */
declare const LAZY_BUNDLES: boolean | undefined;

const loaded = new Map<string, unknown>();

/** Long enough after loading for the first export or import to be done, so its code is compiled and goes into the cache. */
const WRITE_CACHE_AFTER_MS = 3000;

function load<T>(name: 'docx' | 'import'): T {
  if (!loaded.has(name)) {
    // A bundle is compiled from a code cache (codeCache.ts): the importer's 2.1 MB took about 70 ms to compile.
    const loadedNow =
      typeof LAZY_BUNDLES === 'boolean' ? requireWithCodeCache(path.join(__dirname, `${name}.js`), name, WRITE_CACHE_AFTER_MS) : require(path.join(__dirname, name, 'index'));
    loaded.set(name, loadedNow);
  }
  return loaded.get(name) as T;
}

export async function loadDocx(): Promise<DocxWriter> {
  return load<DocxWriter>('docx');
}

export async function loadImporter(): Promise<typeof Importer> {
  return load<typeof Importer>('import');
}

/**
 * Runs an import: built, in a thread of its own with a memory cap and a time limit (importInWorker.ts); from the
 * sources (the unit tests), in this thread.
 */
export async function runImport(bytes: Uint8Array, name: string, signal?: AbortSignal): Promise<ImportOutcome> {
  if (typeof LAZY_BUNDLES === 'boolean') return importInWorker(bytes, name, signal);
  return importInThisThread(await loadImporter(), bytes, name, signal);
}
