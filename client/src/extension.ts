// The VS Code client: starts the language server and switches plain-text files that look like reports to the report language.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'committee-report';
const LOOKS_LIKE_REPORT = 'committeeReport/looksLikeReport';

let client: LanguageClient | undefined;

function serverOptions(context: vscode.ExtensionContext): ServerOptions {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  return {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
}

const selector = ['file', 'untitled'].flatMap((scheme) =>
  [LANGUAGE_ID, 'plaintext', 'markdown'].map((language) => ({ scheme, language })),
);

async function switchToReport(uri: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.languageId === LANGUAGE_ID) return;
  if (!vscode.workspace.getConfiguration('committeeReport', doc.uri).get<boolean>('autoDetect', true)) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: { configurationSection: 'committeeReport' },
  };
  client = new LanguageClient('committeeReport', 'Committee Report', serverOptions(context), clientOptions);
  context.subscriptions.push(client.onNotification(LOOKS_LIKE_REPORT, (p: { uri: string }) => switchToReport(p.uri)));
  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
