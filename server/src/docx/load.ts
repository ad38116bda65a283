// Loads the Word writer on first use. It is a bundle of its own (dist/docx.js, about 400 KB with the docx library):
// the server and the CLI start without it, and only an export to Word reads it. Run from the sources (the tests),
// it is the module itself.
import * as path from 'path';
import type { DocxWriter } from './types';

/** Set by the build to the writer bundle's file name, beside the bundle that loads it. */
declare const DOCX_BUNDLE: string | undefined;

let loaded: DocxWriter | undefined;

export async function loadDocx(): Promise<DocxWriter> {
  if (!loaded) {
    const file = typeof DOCX_BUNDLE === 'string' ? path.join(__dirname, DOCX_BUNDLE) : path.join(__dirname, 'index');
    loaded = require(file) as DocxWriter;
  }
  return loaded;
}
