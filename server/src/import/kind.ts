// What kind of file an import is given, told by its bytes, not its name: for the importer (index.ts) and for the
// import's thread (worker.ts), which picks its code cache by it before the importer is loaded.

function startsWith(bytes: Uint8Array, ...values: number[]): boolean {
  return values.every((v, i) => bytes[i] === v);
}

export function kindOf(bytes: Uint8Array): 'pdf' | 'zip' | 'ole' | 'html' | 'other' {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) return 'zip'; // PK: a .docx is a zip archive
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return 'ole'; // an old .doc, or an encrypted .docx
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '').trimStart();
  if (/^<(?:!doctype\s+html|html|head|body)\b/i.test(head) || /<(?:p|div|h[1-6]|article|main)\b[^>]*>/i.test(head)) return 'html';
  return 'other';
}
