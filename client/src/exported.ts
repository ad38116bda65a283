// Writing what an export request answered: text, or a Word file carried as base64.
import * as vscode from 'vscode';
import { fromBase64 } from '../../server/src/base64';

/** What an export request answers: text, or a Word file as base64, or null when it could not be made. */
export type Exported = string | { base64: string } | null;

export function bytesOf(content: string | { base64: string }): Uint8Array {
  if (typeof content === 'string') return new TextEncoder().encode(content);
  return fromBase64(content.base64);
}

/** Says where an export went, with a button that opens it (a Word file in the program the system opens it with). */
export async function offerToOpen(what: string, uri: vscode.Uri): Promise<void> {
  const open = await vscode.window.showInformationMessage(`${what} exported to ${vscode.workspace.asRelativePath(uri)}.`, 'Open');
  if (!open) return;
  if (uri.path.endsWith('.docx')) await vscode.env.openExternal(uri);
  else await vscode.window.showTextDocument(uri);
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
