// Writing what an export request answered: text, or a Word file carried as base64.
import * as vscode from 'vscode';
import { fromBase64 } from '../../server/src/base64';

/** What an export request answers: text, or a Word file as base64, or null when it could not be made. */
export type Exported = string | { base64: string } | null;

export function bytesOf(content: string | { base64: string }): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return fromBase64(content.base64);
}

/**
 * Says where an export went, with a button for it. A text file opens in an editor. A Word file opens in the program
 * the system opens it with, on a desktop whose files are its own; in a browser, or with the files on another machine,
 * no program here can open it (asking the browser to open it sends the workbench's page away, and the window stops
 * answering), so the button shows it in the Explorer, where it can be downloaded.
 */
export async function offerToOpen(what: string, uri: vscode.Uri): Promise<void> {
  const word = uri.path.endsWith('.docx');
  const here = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName && uri.scheme === 'file';
  const button = word && !here ? 'Show in Explorer' : 'Open';
  const chosen = await vscode.window.showInformationMessage(`${what} exported to ${vscode.workspace.asRelativePath(uri)}.`, button);
  if (!chosen) return;
  if (!word) await vscode.window.showTextDocument(uri);
  else if (here) await vscode.env.openExternal(uri);
  else await vscode.commands.executeCommand('revealInExplorer', uri);
}

/**
 * Writes what an export answered to `uri` (through VS Code's file system, so it works in the browser too) and, when
 * `announce`, says where it went. Null content (the export could not be made) is said as `failure`.
 */
export async function writeExport(what: string, uri: vscode.Uri, content: Exported, announce: boolean, failure: string): Promise<vscode.Uri | undefined> {
  if (content === null) {
    void vscode.window.showErrorMessage(failure);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, bytesOf(content));
  if (announce) await offerToOpen(what, uri);
  return uri;
}
