// The reader of JSON with comments that glossary files are read with and the "add to glossary" fix checks its edit
// with (jsonc-parser). The Node server and the tests bundle it; VS Code for the Web's server has jsoncOnFirstUse.ts in
// its place, which reads it on first use (esbuild.mjs), as most workspaces have no glossary file.
import { getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';

export type { Node, ParseError } from 'jsonc-parser';

export interface JsoncReader {
  parseTree: typeof parseTree;
  getNodeValue: typeof getNodeValue;
  printParseErrorCode: typeof printParseErrorCode;
}

const BUNDLED: JsoncReader = { parseTree, getNodeValue, printParseErrorCode };

/** The reader. */
export function jsonc(): JsoncReader {
  return BUNDLED;
}
