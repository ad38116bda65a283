// The VS Code client shared by the desktop and the web extension: registers the commands and the status bar, answers
// the server's file reads, switches files that look like reports to the language, and starts whichever client the
// entry point made (extension.ts: a Node server process; browserExtension.ts: a Web Worker).
import { CommitmentsView } from './commitmentsView';
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { answerFileReads } from './files';
import { RecommendationsView } from './recommendationsView';
import { writeExport, type Exported } from './exported';
import { Tracker } from './tracker';
import { registerWalkthrough, welcomeOnce } from './walkthrough';
import { importReport } from './importReport';

const LANGUAGE_ID = 'committee-report';
const LOOKS_LIKE_REPORT = 'committeeReport/looksLikeReport';

type LspRange = { start: { line: number; character: number }; end: { line: number; character: number } };
type GoToResult = { range: LspRange } | { message: string };

let client: BaseLanguageClient | undefined;

/**
 * The documents the server reads: reports on disk, unsaved ones, and those of VS Code for the Web and virtual
 * workspaces (a repository opened remotely, vscode-vfs; the test host's folder, vscode-test-web). Not other schemes
 * (git's versions of a file, output channels), whose plain text is not the user's report.
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-test-web', 'vscode-remote'];
const selector = SCHEMES.flatMap((scheme) => [LANGUAGE_ID, 'plaintext', 'markdown'].map((language) => ({ scheme, language })));

/**
 * A position as the protocol writes it. A vscode.Position sent as it is reaches a Node server as {line, character}
 * (JSON calls its toJSON), but a Web Worker's message is a structured clone of its private fields.
 */
function lspPosition(p: vscode.Position): { line: number; character: number } {
  return { line: p.line, character: p.character };
}

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
      position: lspPosition(editor.selection.active),
    });
    if ('range' in result) await reveal(editor.document.uri, result.range);
    else void vscode.window.showInformationMessage(result.message);
    return result;
  };
}

type NotePosition = { position: { line: number; character: number }; recommendation: number } | { message: string };

/** Inserts a note snippet after the recommendation at the cursor and its existing annotations. */
async function addNote(): Promise<NotePosition | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || !client) return undefined;
  const result = await client.sendRequest<NotePosition>('committeeReport/notePosition', {
    textDocument: { uri: editor.document.uri.toString() },
    position: lspPosition(editor.selection.active),
  });
  if ('message' in result) {
    void vscode.window.showInformationMessage(result.message);
    return result;
  }
  const at = new vscode.Position(result.position.line, result.position.character);
  await editor.insertSnippet(new vscode.SnippetString('\n@note: ${1:your note on recommendation ' + result.recommendation + '}'), at);
  return result;
}

type ExportFormat = 'docx' | 'md' | 'csv' | 'json';
export const FORMATS: { label: string; format: ExportFormat; extension: string; description: string }[] = [
  { label: 'Word document', format: 'docx', extension: 'docx', description: 'for a briefing to a Chair or a Minister' },
  { label: 'Markdown table', format: 'md', extension: 'md', description: 'for a briefing document' },
  { label: 'CSV', format: 'csv', extension: 'csv', description: 'for a spreadsheet' },
  { label: 'JSON', format: 'json', extension: 'json', description: 'for other tools' },
];

/**
 * Exports the briefing of the active report. Called from the palette it asks for the format and the file;
 * tests and other extensions can pass both (`format`, `target`) to skip the questions, and `announce` to be told
 * where it went all the same.
 */
async function exportBriefing(format?: ExportFormat, target?: vscode.Uri, announce?: boolean): Promise<vscode.Uri | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== LANGUAGE_ID || !client) {
    void vscode.window.showInformationMessage('Open a Committee Report to export its briefing.');
    return undefined;
  }
  const choice = format ? FORMATS.find((f) => f.format === format) : await vscode.window.showQuickPick(FORMATS, { title: 'Export Briefing: choose a format' });
  if (!choice) return undefined;
  const source = editor.document.uri;
  const base = source.path.replace(/\.[^./]*$/, '');
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: 'Export Briefing',
      defaultUri: source.with({ path: `${base}-briefing.${choice.extension}` }),
      filters: { [choice.label]: [choice.extension] },
    }));
  if (!uri) return undefined;
  const content = await client.sendRequest<Exported>('committeeReport/export', { textDocument: { uri: source.toString() }, format: choice.format });
  return writeExport('Briefing', uri, content, announce ?? !target, 'The briefing could not be made from this document.');
}

type Summary = { recommendations: number; unanswered: number; todos: number };

/** The status bar item: "38 recs · 1 unanswered · 3 to-dos" for the active report; clicking it exports the briefing. */
function statusBar(context: vscode.ExtensionContext): void {
  const item = vscode.window.createStatusBarItem('committeeReport.summary', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Committee Report summary';
  item.command = 'committeeReport.exportBriefing';
  item.tooltip = 'Export the briefing for this report';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID || !client) {
      item.hide();
      return;
    }
    const s = await client.sendRequest<Summary | null>('committeeReport/summary', { textDocument: { uri: editor.document.uri.toString() } });
    if (!s) return item.hide();
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    item.text = `$(checklist) ${plural(s.recommendations, 'rec', 'recs')} · ${s.unanswered} unanswered · ${plural(s.todos, 'to-do', 'to-dos')}`;
    item.show();
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 300);
  };
  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(later),
    vscode.workspace.onDidChangeTextDocument((e) => e.document === vscode.window.activeTextEditor?.document && later()),
    vscode.workspace.onDidOpenTextDocument(later),
  );
  later();
}

/** The client's name and id, the same in both entry points. */
export const CLIENT_ID = 'committeeReport';
export const CLIENT_NAME = 'Committee Report';

/** Starts the client `make` builds with the shared options, and registers everything the extension contributes. */
export async function activateWith<C extends BaseLanguageClient>(
  context: vscode.ExtensionContext,
  make: (options: LanguageClientOptions) => C,
): Promise<{ client: C; recommendations: RecommendationsView; tracker: Tracker; commitments: CommitmentsView; welcomed: Promise<boolean> }> {
  const clientOptions: LanguageClientOptions = {
    documentSelector: selector,
    synchronize: {
      configurationSection: 'committeeReport',
      fileEvents: [
        vscode.workspace.createFileSystemWatcher('**/.vscode/committee-report-glossary.json'),
        // Reports changed on disk, for the Recommendations view and the tracker.
        vscode.workspace.createFileSystemWatcher('**/*.{txt,md,govresponse,cttee}'),
      ],
    },
    // The diagnostics' reference inside the extension, where each finding's link points (the browser server cannot find it).
    initializationOptions: {
      docsBase: vscode.Uri.joinPath(context.extensionUri, 'docs', 'diagnostics.md').toString(),
      // The Word writer, the importer, the glossary files' reader and the built-in glossary's explanations for the
      // browser server, which reads each with importScripts on first use.
      docxScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'docx.js').toString(true),
      jsoncScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'jsonc.js').toString(true),
      glossaryScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'glossary.js').toString(true),
      importScript: vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'import.js').toString(true),
    },
  };
  const made = make(clientOptions);
  client = made;
  context.subscriptions.push(
    ...answerFileReads(made),
    client.onNotification(LOOKS_LIKE_REPORT, (p: { uri: string }) => switchToReport(p.uri)),
    vscode.commands.registerCommand('committeeReport.reveal', reveal),
    vscode.commands.registerCommand('committeeReport.explainNoResponse', (n: number) =>
      vscode.window.showInformationMessage(
        `Recommendation ${n} has no government response in this report. Check whether it was answered elsewhere, or chase it.`,
      ),
    ),
    vscode.commands.registerCommand('committeeReport.openGlossary', openGlossary),
    vscode.commands.registerCommand('committeeReport.goToResponse', goToCommand('committeeReport/goToResponse')),
    vscode.commands.registerCommand('committeeReport.goToNextUnanswered', goToCommand('committeeReport/nextUnanswered')),
    vscode.commands.registerCommand('committeeReport.goToNextTodo', goToCommand('committeeReport/nextTodo')),
    vscode.commands.registerCommand('committeeReport.addNote', addNote),
    vscode.commands.registerCommand('committeeReport.exportBriefing', exportBriefing),
    vscode.commands.registerCommand('committeeReport.goToRecommendation', goToCommand('committeeReport/goToRecommendation')),
  );
  const recommendations = new RecommendationsView(made, context.workspaceState);
  const tracker = new Tracker(made, recommendations);
  const commitments = new CommitmentsView(recommendations);
  context.subscriptions.push(
    ...recommendations.register(),
    ...tracker.register(),
    ...commitments.register(),
    ...registerWalkthrough(context),
    vscode.commands.registerCommand('committeeReport.importReport', (source?: vscode.Uri) => importReport(made, source instanceof vscode.Uri ? source : undefined)),
  );
  await made.start();
  statusBar(context);
  recommendations.initContext();
  void recommendations.refresh();
  // Settles when Getting Started has shown (or was shown before): the end-to-end tests wait for it.
  const welcomed = welcomeOnce(context).then(undefined, () => false);
  return { client: made, recommendations, tracker, commitments, welcomed };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
