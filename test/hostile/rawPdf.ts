// PDFs written byte by byte for the hostile suite and the fuzzer: any objects, any content stream, compressed or
// not, with a correct cross-reference table (PDF.js rebuilds a wrong one, but the cases should fail where they mean to).
import { deflateSync } from 'zlib';
import { deflatedRepeat } from './rawZip';

export interface RawObject {
  /** The object's dictionary or value, as PDF source ("<< /Type /Page … >>"). */
  body: string;
  /** A stream's bytes (its /Length, and /Filter when deflated, are added to `body`). */
  stream?: Uint8Array | string;
  deflate?: boolean;
}

/** A PDF of `objects` (numbered from 1; object 1 is the catalogue). */
export function rawPdf(objects: RawObject[]): Uint8Array {
  const chunks: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let size = chunks[0].length;
  const offsets: number[] = [];
  const add = (b: Buffer) => {
    chunks.push(b);
    size += b.length;
  };
  objects.forEach((o, i) => {
    offsets.push(size);
    if (o.stream === undefined) {
      add(Buffer.from(`${i + 1} 0 obj\n${o.body}\nendobj\n`, 'latin1'));
      return;
    }
    let data = typeof o.stream === 'string' ? Buffer.from(o.stream, 'latin1') : Buffer.from(o.stream);
    if (o.deflate) data = deflateSync(data);
    const dict = o.body.replace(/>>\s*$/, ` /Length ${data.length}${o.deflate ? ' /Filter /FlateDecode' : ''} >>`);
    add(Buffer.from(`${i + 1} 0 obj\n${dict}\nstream\n`, 'latin1'));
    add(data);
    add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
  });
  const xref = size;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  add(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return new Uint8Array(Buffer.concat(chunks));
}

/** A one-page PDF whose page draws `content` (a content stream) with Helvetica as /F1. */
export function onePage(content: string | Uint8Array, options: { height?: number; width?: number; deflate?: boolean } = {}): Uint8Array {
  return rawPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${options.width ?? 595} ${options.height ?? 842}] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>` },
    { body: '<< >>', stream: content, deflate: options.deflate },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
  ]);
}

/** zlib's framing round deflated data, as a PDF's /FlateDecode stream has it. */
const zlibFramed = (raw: Uint8Array) => Buffer.concat([Buffer.from([0x78, 0xda]), Buffer.from(raw), Buffer.alloc(4)]);

/** A one-page PDF with text, whose page also draws a stream that unpacks to `mb` MB of spaces; `hidden` names its filter indirectly. */
export async function pdfBomb(mb: number, hidden = false): Promise<Uint8Array> {
  const spaces = zlibFramed(await deflatedRepeat(' '.repeat(1 << 20), mb));
  return rawPdf([
    { body: '<< /Type /Catalog /Pages 2 0 R >>' },
    { body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { body: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 6 0 R >> >> /Contents [5 0 R 4 0 R] >>' },
    { body: `<< /Filter ${hidden ? '7 0 R' : '/FlateDecode'} >>`, stream: spaces },
    { body: '<< >>', stream: 'BT /F1 11 Tf 72 700 Td (1. The Government should act. \\(Paragraph 3\\)) Tj ET\n' },
    { body: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    { body: '/FlateDecode' },
  ]);
}
