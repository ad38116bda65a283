// The browser's way of telling what a PDF stream unpacks to (pdfStreams.ts), for the import's worker in VS Code for
// the Web (import/browser.ts): DecompressionStream, read chunk by chunk and stopped once past the limit.
import type { UnpackedSize } from './pdfStreams';

/** Undefined in a browser that has no DecompressionStream: its PDFs go to PDF.js unmeasured, as before. */
export const browserUnpackedSize: UnpackedSize | undefined =
  typeof DecompressionStream === 'function'
    ? async (data, limit) => {
        const reader = new Blob([data]).stream().pipeThrough(new DecompressionStream('deflate')).getReader();
        let size = 0;
        try {
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
            size += chunk.value.byteLength;
            if (size > limit) break;
          }
        } catch {
          // Cut short or damaged: what it gave so far, as Node's reading with a sync flush does for a cut stream.
          return size || undefined;
        }
        void reader.cancel().catch(() => undefined);
        return size;
      }
    : undefined;
