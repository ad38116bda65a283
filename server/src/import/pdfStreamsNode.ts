// Node's way of telling what a PDF stream unpacks to (pdfStreams.ts), for the import's thread on the desktop and in
// the command-line tool: zlib, with the limit as the most it may give.
import { inflateSync } from 'zlib';
import type { UnpackedSize } from './pdfStreams';

export const nodeUnpackedSize: UnpackedSize = (data, limit) => {
  try {
    return inflateSync(data, { maxOutputLength: limit, finishFlush: 2 /* Z_SYNC_FLUSH: a cut stream is read as far as it goes */ }).length;
  } catch (e) {
    return (e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' ? limit + 1 : undefined;
  }
};
