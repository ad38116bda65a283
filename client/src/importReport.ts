// "Import Report from PDF, Web Page or Word…": reads the chosen file through VS Code, has the language server turn
// it into report text, writes that beside the source under a name no file has (name.txt, else "name (2).txt" …),
// opens it and says what was left out. A progress notification shows while it runs, and it can be cancelled.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { toBase64 } from '../../server/src/base64';
import { importTargetName, MAX_IMPORT_BYTES, MAX_NAMES_TRIED, tooLargeMessage } from '../../server/src/import/names';

const IMPORT_DOCUMENT = 'committeeReport/import';

type Answer = { kind: string; text: string; removed: string[]; recommendations: number; summary: string } | { message: string };

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** The first free "name.txt", "name (2).txt", … beside `source`. */
async function freeTarget(source: vscode.Uri): Promise<vscode.Uri | undefined> {
  for (let n = 1; n <= MAX_NAMES_TRIED; n++) {
    const candidate = source.with({ path: importTargetName(source.path, n) });
    if (!(await exists(candidate))) return candidate;
  }
  return undefined;
}

/** Imports `source` (asks for it when not given); resolves with the new report's address, or undefined. */
export async function importReport(client: BaseLanguageClient, source?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const picked =
    source ??
    (await vscode.window.showOpenDialog({
      title: 'Import Report',
      openLabel: 'Import',
      canSelectMany: false,
      filters: { 'PDFs, web pages and Word documents': ['pdf', 'html', 'htm', 'docx'] },
    }))?.[0];
  if (!picked) return undefined;
  const name = picked.path.split('/').pop() ?? picked.path;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Importing ${name}`, cancellable: true },
    async (_progress, token) => {
      const stat = await vscode.workspace.fs.stat(picked);
      if (stat.size > MAX_IMPORT_BYTES) {
        void vscode.window.showErrorMessage(tooLargeMessage(name, stat.size));
        return undefined;
      }
      const bytes = await vscode.workspace.fs.readFile(picked);
      if (token.isCancellationRequested) return undefined;
      let answer: Answer;
      try {
        answer = await client.sendRequest<Answer>(IMPORT_DOCUMENT, { name, base64: toBase64(bytes) }, token);
      } catch {
        // Cancelled, or the server stopped: nothing was written.
        return undefined;
      }
      if (token.isCancellationRequested) return undefined;
      if ('message' in answer) {
        void vscode.window.showErrorMessage(answer.message);
        return undefined;
      }
      const target = await freeTarget(picked);
      if (!target) {
        void vscode.window.showErrorMessage(`Every name from ${importTargetName(name, 1)} to ${importTargetName(name, MAX_NAMES_TRIED)} is taken beside ${name}. Move or remove some of those files, then import again.`);
        return undefined;
      }
      // Written only where no file is (checked just above, and create-only here as well).
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(target, { overwrite: false, ignoreIfExists: false, contents: new TextEncoder().encode(answer.text) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(target)} could not be written. Nothing was changed.`);
        return undefined;
      }
      await vscode.window.showTextDocument(target);
      const left = answer.removed.length ? ` Left out: ${answer.removed.join(', ')}.` : '';
      void vscode.window.showInformationMessage(`Imported ${name} (a ${answer.kind}) as ${vscode.workspace.asRelativePath(target)}: ${answer.summary}.${left}`);
      return target;
    },
  );
}
