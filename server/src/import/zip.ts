// What a Word file (a zip archive) says it unpacks to, read from its central directory before anything is unpacked:
// a file of a few hundred KB can unpack to gigabytes, and the Word reader unpacks each part whole, in memory.
// (A part that lies about its size is still stopped, by the import thread's memory cap.)

/** A Word file whose parts unpack to more than this is refused. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** A Word file of more parts than this is refused: real ones have a few dozen. */
export const MAX_PARTS = 5000;

export interface ZipSizes {
  parts: number;
  /** The parts' unpacked sizes added up (Infinity when a part needs the 64-bit form, 4 GB or more). */
  unpacked: number;
}

const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;

/** The parts and unpacked size a zip archive's directory declares, or undefined when it has no directory to read. */
export function zipSizes(bytes: Uint8Array): ZipSizes | undefined {
  // The end-of-directory record is in the last 22 bytes, or before a comment of up to 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (u32(bytes, at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) return { parts: count, unpacked: Infinity };
  let at = offset;
  let unpacked = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return undefined;
    const size = u32(bytes, at + 24);
    unpacked += size === 0xffffffff ? Infinity : size;
    at += 46 + u16(bytes, at + 28) + u16(bytes, at + 30) + u16(bytes, at + 32);
  }
  return { parts: count, unpacked };
}
