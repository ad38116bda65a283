// Getting Started: the example report and the walkthrough's step buttons. The example opens as an unsaved copy of
// the report bundled with the extension, so notes and stances can be tried on it without changing any file.
import * as vscode from 'vscode';

const EXAMPLE = ['seeds', 'send-government-response-2020.txt'];
let example: vscode.TextDocument | undefined;

/** Opens the example (the same copy again while it is open). */
export async function openExample(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
  if (!example || example.isClosed) {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, ...EXAMPLE));
    example = await vscode.workspace.openTextDocument({ language: 'committee-report', content: new TextDecoder().decode(bytes) });
  }
  return vscode.window.showTextDocument(example);
}

/** Opens the example with the cursor `offset` characters into the first `needle`. */
async function exampleAt(context: vscode.ExtensionContext, needle: string, offset: number): Promise<vscode.TextEditor> {
  const editor = await openExample(context);
  const at = editor.document.getText().indexOf(needle);
  if (at >= 0) {
    const pos = editor.document.positionAt(at + offset);
    editor.selection = new vscode.Selection(pos, pos);
    editor.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenter);
  }
  return editor;
}

const WELCOMED = 'committeeReport.welcomed';

/**
 * Opens Getting Started the first time the extension runs for this user (VS Code does not always open an extension's
 * walkthrough on install, and never for one installed from a .vsix file); never again after that. Resolves with
 * whether it showed.
 */
export async function welcomeOnce(context: vscode.ExtensionContext): Promise<boolean> {
  if (context.globalState.get<boolean>(WELCOMED)) return false;
  await context.globalState.update(WELCOMED, true);
  // While the window is still starting (seen here: for three to four seconds after the extension starts), VS Code does
  // not know the walkthrough yet and opens nothing, or its plain Welcome page, which the first editor the user opens
  // then replaces: asked again each second until a page of its own stays open (VS Code's own pages are the tabs with
  // no input the API knows), for half a minute at most.
  const pages = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input === undefined).length;
  const before = pages();
  let opened = false;
  const watch = vscode.window.tabGroups.onDidChangeTabs((e) => {
    if (e.opened.some((t) => t.input === undefined)) opened = true;
  });
  try {
    for (let attempt = 0; attempt < 30 && pages() <= before; attempt++) {
      await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${context.extension.id}#gettingStarted`, false);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    watch.dispose();
  }
  // True when a page showed, even if the user (or a file opened in its place) has closed it since.
  return opened || pages() > before;
}

export function registerWalkthrough(context: vscode.ExtensionContext): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('committeeReport.openExample', () => openExample(context)),
    vscode.commands.registerCommand('committeeReport.walkthrough.hover', async () => {
      await exampleAt(context, 'Education Health and Care (EHC)', 'Education Health and Care ('.length + 1);
      await vscode.commands.executeCommand('editor.action.showHover');
    }),
    vscode.commands.registerCommand('committeeReport.walkthrough.definition', async () => {
      await exampleAt(context, '(Paragraph 45)', 3);
      await vscode.commands.executeCommand('editor.action.revealDefinition');
    }),
    vscode.commands.registerCommand('committeeReport.walkthrough.note', async () => {
      await exampleAt(context, '18. The Department for Education should', 4);
      await vscode.commands.executeCommand('committeeReport.addNote');
    }),
    vscode.commands.registerCommand('committeeReport.walkthrough.export', async () => {
      await openExample(context);
      await vscode.commands.executeCommand('committeeReport.exportBriefing');
    }),
  ];
}
