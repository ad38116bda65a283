// What a PDF's compressed streams unpack to, found before PDF.js reads them (in the import's thread, on the desktop
// and in the browser). PDF.js unpacks a page's content whole, in memory outside the JavaScript heap that a thread's
// cap bounds: a 1.6 MB file whose page unpacks to 1.6 GB of spaces took 5 GB. Each stream marked /FlateDecode is
// unpacked here with a limit, and a file with a stream, or streams together, past it is refused with its size. How a
// stream is unpacked is the platform's: Node's zlib (pdfStreamsNode.ts) or the browser's DecompressionStream
// (pdfStreamsBrowser.ts).

/** One stream may unpack to this much at most. */
export const MAX_STREAM_BYTES = 256 * 1024 * 1024;
/** All of a file's streams together. */
export const MAX_STREAMS_BYTES = 768 * 1024 * 1024;

/**
 * How many bytes `data` (a zlib stream) unpacks to, up to `limit`: more than `limit` when it goes past it (the count
 * may stop there), as far as it goes when it is cut short, and undefined when it cannot be read at all.
 */
export type UnpackedSize = (data: Uint8Array, limit: number) => number | undefined | Promise<number | undefined>;

const latin1 = new TextDecoder('latin1');

/** Each deflated stream's data in `bytes`, in order. */
function* deflatedStreams(bytes: Uint8Array): Generator<Uint8Array> {
  const text = latin1.decode(bytes);
  const streamAt = /stream\r?\n/g;
  for (let m = streamAt.exec(text); m; m = streamAt.exec(text)) {
    if (text.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    // Its dictionary is just before it: only a deflated stream is unpacked here.
    const dict = text.slice(Math.max(0, m.index - 512), m.index);
    const open = dict.lastIndexOf('<<');
    if (open < 0 || !/\/(?:FlateDecode|Fl)\b/.test(dict.slice(open))) continue;
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) return;
    streamAt.lastIndex = end + 9;
    yield bytes.subarray(start, end);
  }
}

/**
 * Undefined when every deflated stream of `bytes` unpacks within the limits, else what is too large, in words
 * ("a part that unpacks to more than 256 MB"). Streams that are not deflated, or not readable here (encrypted ones),
 * are passed over: PDF.js reads them as it would have.
 */
export async function oversizedStreams(bytes: Uint8Array, unpackedSize: UnpackedSize, perStream = MAX_STREAM_BYTES, together = MAX_STREAMS_BYTES): Promise<string | undefined> {
  let total = 0;
  for (const data of deflatedStreams(bytes)) {
    const size = await unpackedSize(data, perStream);
    if (size === undefined) continue;
    if (size > perStream) return `a part that unpacks to more than ${perStream / 1024 / 1024} MB`;
    total += size;
    if (total > together) return `parts that unpack to more than ${together / 1024 / 1024} MB together`;
  }
  return undefined;
}
