// The web extension's entry point (VS Code for the Web, and the desktop's web extension host): the language server in
// a Web Worker (dist/web/server.js), then the shared client.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, CLIENT_ID, CLIENT_NAME, deactivate } from './activate';

/** The web extension host's Worker (this project compiles with Node's types, which have none). */
declare const Worker: new (url: string) => Extract<ConstructorParameters<typeof LanguageClient>[2], object>;

export function activate(context: vscode.ExtensionContext): ReturnType<typeof activateWith<LanguageClient>> {
  const worker = new Worker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js').toString(true));
  return activateWith(context, (options) => new LanguageClient(CLIENT_ID, CLIENT_NAME, worker, options));
}

export { deactivate };
