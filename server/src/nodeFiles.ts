// Node's file system for file: URIs (the desktop server). Only server.ts and the CLI include it; the browser bundle
// reads through the client instead.
import { promises as fs } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { WorkspaceFiles } from './workspaceFiles';

export const nodeFiles: WorkspaceFiles = {
  handles: (uri) => uri.startsWith('file:'),
  readFile: async (uri, maxBytes) => {
    try {
      const file = fileURLToPath(uri);
      const stat = await fs.stat(file);
      if (!stat.isFile()) return undefined;
      if (stat.size > maxBytes) return { tooLarge: stat.size };
      return { text: await fs.readFile(file, 'utf8') };
    } catch {
      return undefined;
    }
  },
  readDirectory: async (uri) => {
    try {
      const dir = fileURLToPath(uri);
      const entries = await fs.readdir(dir, { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, uri: pathToFileURL(path.join(dir, e.name)).href, directory: e.isDirectory() }));
    } catch {
      return undefined;
    }
  },
};
