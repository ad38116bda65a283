// The Node server (dist/serverMain.js, started by dist/server.js over stdio or IPC): a Node connection, Node's file
// system for file: URIs and the client's for other schemes (a virtual workspace), and the shared wiring.
import { createConnection } from 'vscode-languageserver/node';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { startLanguageServer } from './languageServer';
import { clockFromEnvironment } from './features/clock';
import { nodeFiles } from './nodeFiles';
import { loadDocx, runImport } from './lazy';
import { clientFiles, firstThatHandles } from './workspaceFiles';

// What today is, for overdue commitments: the machine's date, or COMMITTEE_REPORT_TODAY (the tests set it).
clockFromEnvironment(process.env);
const connection = createConnection();
/** The diagnostics' reference shipped beside dist/ (docs/diagnostics.md), where each finding's link points. */
const DIAGNOSTICS_DOC = pathToFileURL(path.join(__dirname, '..', 'docs', 'diagnostics.md')).href;

startLanguageServer(connection, {
  files: firstThatHandles([nodeFiles, clientFiles(connection)]),
  nextTurn: () => new Promise<void>((resolve) => setImmediate(resolve)),
  docsBase: () => DIAGNOSTICS_DOC,
  loadDocx,
  runImport: (_init, bytes, name, signal) => runImport(bytes, name, signal),
});
