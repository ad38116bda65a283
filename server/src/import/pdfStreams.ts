// What a PDF's compressed streams unpack to, found before PDF.js reads them (Node only: the import's thread). PDF.js
// unpacks a page's content whole, in memory outside the JavaScript heap that the thread's cap bounds: a 1.6 MB file
// whose page unpacks to 1.6 GB of spaces took 5 GB. Each stream marked /FlateDecode is unpacked here with a limit,
// and a file with a stream, or streams together, past it is refused with its size.
import { inflateSync } from 'zlib';

/** One stream may unpack to this much at most. */
export const MAX_STREAM_BYTES = 256 * 1024 * 1024;
/** All of a file's streams together. */
export const MAX_STREAMS_BYTES = 768 * 1024 * 1024;

const latin1 = new TextDecoder('latin1');

/**
 * Undefined when every deflated stream of `bytes` unpacks within the limits, else what is too large, in words
 * ("a part that unpacks to more than 256 MB"). Streams that are not deflated, or not readable here (encrypted ones),
 * are passed over: PDF.js reads them as it would have.
 */
export function oversizedStreams(bytes: Uint8Array, perStream = MAX_STREAM_BYTES, together = MAX_STREAMS_BYTES): string | undefined {
  const text = latin1.decode(bytes);
  const streamAt = /stream\r?\n/g;
  let total = 0;
  for (let m = streamAt.exec(text); m; m = streamAt.exec(text)) {
    if (text.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    // Its dictionary is just before it: only a deflated stream is unpacked here.
    const dict = text.slice(Math.max(0, m.index - 512), m.index);
    const open = dict.lastIndexOf('<<');
    if (open < 0 || !/\/(?:FlateDecode|Fl)\b/.test(dict.slice(open))) continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    streamAt.lastIndex = end + 9;
    let size: number;
    try {
      size = inflateSync(bytes.subarray(start, end), { maxOutputLength: perStream, finishFlush: 2 /* Z_SYNC_FLUSH: a cut stream is read as far as it goes */ }).length;
    } catch (e) {
      if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return `a part that unpacks to more than ${perStream / 1024 / 1024} MB`;
      continue;
    }
    total += size;
    if (total > together) return `parts that unpack to more than ${together / 1024 / 1024} MB together`;
  }
  return undefined;
}
