// How the server reads the workspace's files: the users' glossary files and the reports scanned for definitions.
// Three ways, one interface: Node's file system for file: URIs (nodeFiles.ts), the client's `workspace.fs` through two
// requests for every other scheme and in the browser (clientFiles below), and the first of several that handles a URI.
import type { Connection } from 'vscode-languageserver';

export interface DirectoryEntry {
  name: string;
  uri: string;
  directory: boolean;
}

/** A file's text, or its size when it is larger than the reader asked for (then it is not read). */
export type FileRead = { text: string } | { tooLarge: number };

export interface WorkspaceFiles {
  /** True when this reader can read `uri` (by its scheme). */
  handles(uri: string): boolean;
  /**
   * The file's text (UTF-8), its size when larger than `maxBytes`, or undefined when it cannot be read, is not a
   * regular file, or (given `within`, a folder) is a link that leads outside that folder.
   */
  readFile(uri: string, maxBytes: number, within?: string): Promise<FileRead | undefined>;
  /** The folder's entries, or undefined when it cannot be read. */
  readDirectory(uri: string): Promise<DirectoryEntry[] | undefined>;
}

/** The client's requests that read through `workspace.fs` (client/src/files.ts answers them). */
export const READ_FILE = 'committeeReport/readFile';
export const READ_DIRECTORY = 'committeeReport/readDirectory';

/** `relative` ("a/b.json") inside the folder `base`, as a URI: each segment percent-encoded. */
export function joinUri(base: string, relative: string): string {
  return `${base.replace(/\/+$/, '')}/${relative.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Reads through the client. A client that does not answer these requests (another editor) gives undefined: no
 * glossary file, no scan, nothing else changes.
 */
export function clientFiles(connection: Connection): WorkspaceFiles {
  const ask = async <T>(method: string, params: object): Promise<T | undefined> => {
    try {
      return ((await connection.sendRequest(method, params)) as T | null) ?? undefined;
    } catch {
      return undefined;
    }
  };
  return {
    handles: () => true,
    readFile: async (uri, maxBytes) => {
      const r = await ask<FileRead>(READ_FILE, { uri, maxBytes });
      if (r && 'text' in r && typeof r.text === 'string') return { text: r.text };
      if (r && 'tooLarge' in r && typeof r.tooLarge === 'number') return { tooLarge: r.tooLarge };
      return undefined;
    },
    readDirectory: async (uri) => {
      const r = await ask<DirectoryEntry[]>(READ_DIRECTORY, { uri });
      if (!Array.isArray(r)) return undefined;
      return r.filter((e) => e && typeof e.name === 'string' && typeof e.uri === 'string').map((e) => ({ name: e.name, uri: e.uri, directory: !!e.directory }));
    },
  };
}

/** The first reader that handles each URI. */
export function firstThatHandles(readers: readonly WorkspaceFiles[]): WorkspaceFiles {
  const pick = (uri: string) => readers.find((r) => r.handles(uri));
  return {
    handles: (uri) => pick(uri) !== undefined,
    readFile: async (uri, maxBytes, within) => pick(uri)?.readFile(uri, maxBytes, within),
    readDirectory: async (uri) => pick(uri)?.readDirectory(uri),
  };
}
