// The Node server (dist/serverMain.js, started by dist/server.js over stdio or IPC): a Node connection, Node's file
// system for file: URIs and the client's for other schemes (a virtual workspace), and the shared wiring.
import { createConnection } from 'vscode-languageserver/node';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { startLanguageServer } from './languageServer';
import { nodeFiles } from './nodeFiles';
import { loadDocx, loadImporter } from './lazy';
import { clientFiles, firstThatHandles } from './workspaceFiles';

const connection = createConnection();
/** The README shipped beside dist/. */
const README = pathToFileURL(path.join(__dirname, '..', 'README.md')).href;

startLanguageServer(connection, {
  files: firstThatHandles([nodeFiles, clientFiles(connection)]),
  nextTurn: () => new Promise<void>((resolve) => setImmediate(resolve)),
  docsBase: () => README,
  loadDocx,
  loadImporter,
});
