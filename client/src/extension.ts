// The VS Code client: starts the language server, registers the navigation commands, and switches files that look like reports to the language.
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGE_ID = 'committee-report';
const LOOKS_LIKE_REPORT = 'committeeReport/looksLikeReport';

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };
type GoToResult = { range: LspRange } | { message: string };

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

function toRange(r: LspRange): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

async function reveal(uri: string | vscode.Uri, range: LspRange): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(typeof uri === 'string' ? vscode.Uri.parse(uri) : uri);
  const editor = await vscode.window.showTextDocument(doc);
  const target = toRange(range);
  editor.selection = new vscode.Selection(target.start, target.start);
  editor.revealRange(target, vscode.TextEditorRevealType.AtTop);
}

/** Opens the user glossary at the entry for `term`, so its expansion can be filled in. */
async function openGlossary(uri: string, term?: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  const editor = await vscode.window.showTextDocument(doc);
  const at = term ? doc.getText().lastIndexOf(`"${term}"`) : -1;
  if (at >= 0) {
    const pos = doc.positionAt(at);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
}

async function switchToReport(uri: string): Promise<void> {
  const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!doc || doc.languageId === LANGUAGE_ID) return;
  if (!vscode.workspace.getConfiguration('committeeReport', doc.uri).get<boolean>('autoDetect', true)) return;
  await vscode.languages.setTextDocumentLanguage(doc, LANGUAGE_ID);
}

/** Asks the server where to go from the cursor; goes there, or says why not. */
function goToCommand(method: string) {
  return async (): Promise<GoToResult | undefined> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !client) return undefined;
    const result = await client.sendRequest<GoToResult>(method, {
      textDocument: { uri: editor.document.uri.toString() },
      position: editor.selection.active,
    });
    if ('range' in result) await reveal(editor.document.uri, result.range);
    else void vscode.window.showInformationMessage(result.message);
    return result;
  };
}

export async function activate(context: vscode.ExtensionContext): Promise<{ client: LanguageClient }> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: {
      configurationSection: 'committeeReport',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.vscode/committee-report-glossary.json'),
    },
  };
  client = new LanguageClient('committeeReport', 'Committee Report', serverOptions(context), clientOptions);
  context.subscriptions.push(
    client.onNotification(LOOKS_LIKE_REPORT, (p: { uri: string }) => switchToReport(p.uri)),
    vscode.commands.registerCommand('committeeReport.reveal', reveal),
    vscode.commands.registerCommand('committeeReport.explainNoResponse', (n: number) =>
      vscode.window.showInformationMessage(
        `Recommendation ${n} has no government response in this report. Check whether it was answered elsewhere, or chase it.`,
      ),
    ),
    vscode.commands.registerCommand('committeeReport.openGlossary', openGlossary),
    vscode.commands.registerCommand('committeeReport.goToResponse', goToCommand('committeeReport/goToResponse')),
    vscode.commands.registerCommand('committeeReport.goToRecommendation', goToCommand('committeeReport/goToRecommendation')),
  );
  await client.start();
  return { client };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
