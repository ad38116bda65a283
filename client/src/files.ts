// Answers the server's two file requests (server/src/workspaceFiles.ts) through `workspace.fs`, which reads every
// file system VS Code has: the disk, a repository opened in VS Code for the Web, a virtual workspace. Only files
// inside the open workspace folders are read; anything else is refused with an empty answer.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_DIRECTORY, READ_FILE, type DirectoryEntry, type FileRead } from '../../server/src/workspaceFiles';

/** True when `uri` is a workspace folder or inside one (compared by scheme, authority and path segments). */
function insideWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some((f) => {
    const folder = f.uri;
    if (folder.scheme !== uri.scheme || folder.authority !== uri.authority) return false;
    const base = folder.path.replace(/\/+$/, '');
    return uri.path === base || uri.path.startsWith(base + '/');
  });
}

function parsed(raw: unknown): vscode.Uri | undefined {
  if (typeof raw !== 'string') return undefined;
  try {
    const uri = vscode.Uri.parse(raw, true);
    // No "..": a path that climbs out of its folder is not inside it, whatever it starts with.
    return insideWorkspace(uri) && !uri.path.split('/').includes('..') ? uri : undefined;
  } catch {
    return undefined;
  }
}

async function readFile(params: { uri?: unknown; maxBytes?: unknown }): Promise<FileRead | null> {
  const uri = parsed(params?.uri);
  const maxBytes = typeof params?.maxBytes === 'number' ? params.maxBytes : 0;
  if (!uri) return null;
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return null;
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    return { text: new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)) };
  } catch {
    return null;
  }
}

async function readDirectory(params: { uri?: unknown }): Promise<DirectoryEntry[] | null> {
  const uri = parsed(params?.uri);
  if (!uri) return null;
  try {
    const entries = await vscode.workspace.fs.readDirectory(uri);
    return entries.map(([name, type]) => ({
      name,
      uri: vscode.Uri.joinPath(uri, name).toString(),
      // A link is followed only when it is not one: a link to a folder could lead out of the workspace or round in a loop.
      directory: type === vscode.FileType.Directory,
    }));
  } catch {
    return null;
  }
}

export function answerFileReads(client: BaseLanguageClient): vscode.Disposable[] {
  return [client.onRequest(READ_FILE, readFile), client.onRequest(READ_DIRECTORY, readDirectory)];
}
