// Zip archives (and so .docx files) written byte by byte for the hostile suite and the fuzzer: each part's declared
// size may be its real one or a lie, and a part may be given already deflated (a bomb is deflated as a stream,
// never held unpacked).
import { createDeflateRaw, deflateRawSync } from 'zlib';

export interface ZipPart {
  name: string;
  /** The part's bytes, deflated here; or `deflated` with its declared size. */
  data?: Uint8Array | string;
  deflated?: Uint8Array;
  /** The unpacked size the archive declares (the real one when not given). */
  declaredSize?: number;
}

export function zip(parts: ZipPart[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const raw = p.data === undefined ? undefined : Buffer.from(p.data);
    const body = p.deflated ? Buffer.from(p.deflated) : deflateRawSync(raw ?? Buffer.alloc(0));
    const size = p.declaredSize ?? raw?.length ?? 0;
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflated
    local.writeUInt32LE(0, 14); // no CRC: the readers used here do not check it
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** `chunk` repeated `times` times, deflated as a stream (never held unpacked). */
export function deflatedRepeat(chunk: string, times: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const d = createDeflateRaw({ level: 1 });
    d.on('data', (b: Buffer) => out.push(b));
    d.on('end', () => resolve(new Uint8Array(Buffer.concat(out))));
    d.on('error', reject);
    const buf = Buffer.from(chunk);
    let left = times;
    const write = () => {
      while (left > 0) {
        left--;
        if (!d.write(buf)) return void d.once('drain', write);
      }
      d.end();
    };
    write();
  });
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';
export const DOCUMENT_OPEN = '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>';
export const DOCUMENT_CLOSE = '</w:body></w:document>';

/** A .docx whose document part is `document` (given whole, or already deflated with its declared size). */
export function docx(document: Pick<ZipPart, 'data' | 'deflated' | 'declaredSize'>): Uint8Array {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: RELS },
    { name: 'word/document.xml', ...document },
  ]);
}
