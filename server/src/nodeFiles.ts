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
  return read && asText(read);
}

/** Bytes read as UTF-8 text, without the byte-order mark Windows puts at the start (as an editor reads it); a refusal as it is. */
function asText(read: { bytes: Buffer } | { tooLarge: number }): FileRead {
  if (!('bytes' in read)) return read;
  const text = read.bytes.toString('utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A regular file's bytes, read up to `maxBytes` (its size when more), or undefined when it is not a regular file. */
export function readBytesBoundedSync(file: string, maxBytes: number): { bytes: Buffer } | { tooLarge: number } | undefined {
  const fd = openSync(file, READ_NOW);
  try {
    const into = BoundedBytes.for(fstatSync(fd), maxBytes);
    if (!(into instanceof BoundedBytes)) return into;
    while (into.take(readSync(fd, into.buffer, 0, into.buffer.length, null)));
    return into.result();
  } finally {
    closeSync(fd);
  }
}

/**
 * A regular file's bytes as they are read, in chunks into `buffer`, bounded by the bytes actually read (a /proc file
 * says its size is 0); the same for the tool's reading and the server's.
 */
class BoundedBytes {
  readonly buffer: Buffer;
  private readonly chunks: Buffer[] = [];
  private total = 0;

  private constructor(private readonly maxBytes: number) {
    this.buffer = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1));
  }

  /** Ready to read a file with this `stat`, or what to answer at once: not a regular file, or larger than the bound. */
  static for(stat: { isFile(): boolean; size: number }, maxBytes: number): BoundedBytes | { tooLarge: number } | undefined {
    if (!stat.isFile()) return undefined;
    if (stat.size > maxBytes) return { tooLarge: stat.size };
    return new BoundedBytes(maxBytes);
  }

  /** Takes the `n` bytes just read into `buffer`: false at the file's end or once past the bound. */
  take(n: number): boolean {
    if (n === 0) return false;
    this.total += n;
    if (this.total > this.maxBytes) return false;
    this.chunks.push(Buffer.from(this.buffer.subarray(0, n)));
    return true;
  }

  result(): { bytes: Buffer } | { tooLarge: number } {
    return this.total > this.maxBytes ? { tooLarge: this.total } : { bytes: Buffer.concat(this.chunks) };
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
      const into = BoundedBytes.for(await handle.stat(), maxBytes);
      if (!(into instanceof BoundedBytes)) return into;
      while (into.take((await handle.read(into.buffer, 0, into.buffer.length, null)).bytesRead));
      return asText(into.result());
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
