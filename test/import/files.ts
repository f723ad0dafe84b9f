// Files the import tests need, generated here: Word and PDF documents from fixture blocks, a minimal .xlsx, and
// hostile files (an encrypted PDF, a scanned one, macro-laden and password-protected Word files, zip bombs).
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';
import { toDocx, type FixtureDoc } from '../../bench/import-eval/render.js';

export { render, toDocx, toPdf, toHtml } from '../../bench/import-eval/render.js';

export const COVER: FixtureDoc = {
  blocks: [
    { kind: 'h', level: 1, text: 'Rent Arrears Policy' },
    {
      kind: 'table',
      rows: [
        ['Policy Number', 'HM 03'],
        ['Date approved', '13/03/2025'],
        ['Approved by', 'Housing Services Committee'],
        ['Lead officer', 'Director of Housing Services'],
        ['Next review', 'March 2028'],
        ['EIA completed', '20 February 2025'],
        ['Consultation', 'Tenants and registered tenant organisations'],
      ],
    },
    { kind: 'h', level: 2, text: 'Purpose' },
    {
      kind: 'p',
      text: 'This policy explains how we help tenants who fall behind with their rent. It links to the Tenancy Sustainment Policy.',
    },
    { kind: 'h', level: 2, text: 'Monitoring and review' },
    { kind: 'p', text: 'This policy will be reviewed every three years.' },
  ],
};

async function pdfBuffer(options: ConstructorParameters<typeof PDFDocument>[0], draw: (pdf: PDFKit.PDFDocument) => void): Promise<Buffer> {
  const pdf = new PDFDocument(options);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  draw(pdf);
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

export function encryptedPdf(): Promise<Buffer> {
  return pdfBuffer({ userPassword: 'secret', ownerPassword: 'owner' }, (pdf) =>
    pdf.text('Confidential Allocations Policy. Approved by the Board on 1 May 2024.'),
  );
}

/** A "scanned" PDF: the page is drawn (shapes standing in for a scanned image) with no text layer at all. */
export function scannedPdf(): Promise<Buffer> {
  return pdfBuffer({}, (pdf) => {
    for (let i = 0; i < 40; i++) pdf.rect(60, 80 + i * 14, 300 + (i % 5) * 20, 8).fill('#333333');
  });
}

export async function docxWith(extra: Record<string, Buffer | string>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await toDocx(COVER));
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/** A .docx-looking zip whose document part inflates to `mib` MiB of zeros (a few hundred KiB compressed). */
export async function zipBomb(mib: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await toDocx(COVER));
  zip.file('word/document.xml', Buffer.alloc(mib * 1024 * 1024, 0x20));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** A zip bomb whose headers lie: the big part declares a small size, so only inflating it shows what it is. */
export async function lyingZipBomb(): Promise<Buffer> {
  const buffer = await zipBomb(70);
  const name = Buffer.from('word/document.xml');
  // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 1 KiB.
  for (let i = buffer.indexOf(name); i >= 0; i = buffer.indexOf(name, i + 1)) {
    if (buffer.readUInt32LE(i - 30) === 0x04034b50) buffer.writeUInt32LE(1024, i - 30 + 22);
    if (i >= 46 && buffer.readUInt32LE(i - 46) === 0x02014b50) buffer.writeUInt32LE(1024, i - 46 + 24);
  }
  return buffer;
}

/** What Word writes for a password-protected document: an OLE compound file holding an EncryptionInfo stream. */
export function passwordProtectedDocx(): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(4096);
  Buffer.from('EncryptionInfo', 'utf16le').copy(body, 1024);
  Buffer.from('EncryptedPackage', 'utf16le').copy(body, 1152);
  return Buffer.concat([header, body]);
}

/** A minimal .xlsx: inline strings and numbers (dates as Excel serials, as a sheet without date styles stores them). */
export async function xlsx(rows: (string | number)[][]): Promise<Buffer> {
  const zip = new JSZip();
  const col = (i: number) => String.fromCharCode(65 + i);
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const sheet = rows
    .map(
      (r, ri) =>
        `<row r="${ri + 1}">${r
          .map((v, ci) =>
            typeof v === 'number'
              ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>`
              : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`,
          )
          .join('')}</row>`,
    )
    .join('');
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Register" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheet}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
