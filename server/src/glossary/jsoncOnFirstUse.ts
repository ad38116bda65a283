// VS Code for the Web's server in place of jsonc.ts (esbuild.mjs: jsoncOnFirstUse): the same `jsonc()`, which reads
// jsonc-parser (dist/web/jsonc.js, 11 KB) the first time a glossary file is read or written, not with the server.
import type { JsoncReader } from './jsonc';

export type { Node, ParseError } from 'jsonc-parser';

let load: (() => JsoncReader) | undefined;
let loaded: JsoncReader | undefined;

/** How the reader is loaded: given by the browser server, which learns the script's address when it starts. */
export function loadJsoncWith(how: () => JsoncReader): void {
  load = how;
}

export function jsonc(): JsoncReader {
  if (loaded) return loaded;
  if (!load) throw new Error('The glossary reader could not be loaded.');
  return (loaded = load());
}
