// The desktop extension's entry point: the language server as a Node process (dist/server.js), then the shared client.
import * as path from 'path';
import type * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { SERVER_NODE_FLAGS } from '../../server/src/nodeFlags';
import { activateWith, CLIENT_ID, CLIENT_NAME, deactivate } from './activate';

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  // The server keeps its compiled code in the extension's own storage, so later starts are faster (server/src/start.ts).
  const env = { ...process.env, COMMITTEE_REPORT_CACHE_DIR: path.join(context.globalStorageUri.fsPath, 'code-cache') };
  return {
    run: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_NODE_FLAGS] } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: [...SERVER_NODE_FLAGS, '--nolazy', '--inspect=6011'] } },
  };
}

export function activate(context: vscode.ExtensionContext): ReturnType<typeof activateWith<LanguageClient>> {
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(context), options));
}

export { deactivate };
