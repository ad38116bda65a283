// Node's file system for file: URIs (the desktop server), and the bounded reading the command-line tool shares.
// Only server.ts and the CLI include it; the browser bundle reads through the client instead. Files are hostile until
// proven otherwise: a read is bounded by the bytes actually read (a /proc file says its size is 0), never waits on a
// FIFO, reads only regular files, and, given the folder it is for, nothing whose real path is outside it.
import { closeSync, constants, fstatSync, openSync, promises as fs, readSync, realpathSync } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { FileRead, WorkspaceFiles } from './workspaceFiles';

/** Opened for reading without waiting: a FIFO would otherwise wait for a writer for ever. */
const READ_NOW = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1 << 20;

/** True when `real` is the folder `root` or inside it (both real paths). */
export function isInside(real: string, root: string): boolean {
  return real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

/** A regular file's text, read up to `maxBytes` (its size when more), or undefined when it is not a regular file. */
export function readBoundedSync(file: string, maxBytes: number): FileRead | undefined {
  const read = readBytesBoundedSync(file, maxBytes);
  return read && 'bytes' in read ? { text: read.bytes.toString('utf8') } : read;
}

/** A regular file's bytes, read up to `maxBytes` (its size when more), or undefined when it is not a regular file. */
export function readBytesBoundedSync(file: string, maxBytes: number): { bytes: Buffer } | { tooLarge: number } | undefined {
  const fd = openSync(file, READ_NOW);
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return undefined;
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    const chunks: Buffer[] = [];
    let total = 0;
    const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1));
    for (;;) {
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) return { tooLarge: total };
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return { bytes: Buffer.concat(chunks) };
  } finally {
    closeSync(fd);
  }
}

/** The real path of `file` when it is inside the folder `root` (links followed), else undefined. */
export function realInsideSync(file: string, root: string): string | undefined {
  const real = realpathSync(file);
  return isInside(real, realpathSync(root)) ? real : undefined;
}

export const nodeFiles: WorkspaceFiles = {
  handles: (uri) => uri.startsWith('file:'),
  readFile: async (uri, maxBytes, within) => {
    let handle: fs.FileHandle | undefined;
    try {
      const file = fileURLToPath(uri);
      if (within) {
        const [real, root] = await Promise.all([fs.realpath(file), fs.realpath(fileURLToPath(within))]);
        if (!isInside(real, root)) return undefined;
      }
      handle = await fs.open(file, READ_NOW);
      const stat = await handle.stat();
      if (!stat.isFile()) return undefined;
      if (stat.size > maxBytes) return { tooLarge: stat.size };
      const chunks: Buffer[] = [];
      let total = 0;
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1));
      for (;;) {
        const { bytesRead } = await handle.read(buf, 0, buf.length, null);
        if (bytesRead === 0) break;
        total += bytesRead;
        if (total > maxBytes) return { tooLarge: total };
        chunks.push(Buffer.from(buf.subarray(0, bytesRead)));
      }
      return { text: Buffer.concat(chunks).toString('utf8') };
    } catch {
      return undefined;
    } finally {
      await handle?.close().catch(() => undefined);
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
