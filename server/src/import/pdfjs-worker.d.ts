// PDF.js's worker module, which the Node build runs in the same thread ("fake worker"): only its handler is used.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
