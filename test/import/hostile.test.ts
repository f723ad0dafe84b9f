// Hostile and broken documents: each refused with a message that says what is wrong, nothing executed.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../src/import/read/index.js';
import { Refusal } from '../../src/import/safety.js';
import { COVER, docxWith, encryptedPdf, lyingZipBomb, passwordProtectedDocx, scannedPdf, toDocx, toHtml, toPdf, zipBomb } from './files.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-import-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function refusal(name: string, content: Buffer | string): Promise<string> {
  const file = join(dir, name);
  writeFileSync(file, content);
  try {
    await readDocument(file);
  } catch (error) {
    expect(error).toBeInstanceOf(Refusal);
    return (error as Error).message;
  }
  throw new Error(`${name} was read`);
}

describe('hostile documents', () => {
  it('reads the genuine Word and PDF versions of the same policy', async () => {
    writeFileSync(join(dir, 'ok.docx'), await toDocx(COVER));
    writeFileSync(join(dir, 'ok.pdf'), await toPdf(COVER));
    for (const name of ['ok.docx', 'ok.pdf']) {
      const doc = await readDocument(join(dir, name));
      expect(doc.markdown).toContain('Rent Arrears Policy');
      expect(doc.lines.some((l) => l.cells?.[0] === 'Policy Number' && l.cells[1] === 'HM 03')).toBe(true);
    }
  });

  it('refuses an encrypted PDF', async () => {
    expect(await refusal('locked.pdf', await encryptedPdf())).toMatch(/encrypted \(password-protected\) PDF/);
  });

  it('refuses a scanned PDF with no text layer', async () => {
    expect(await refusal('scan.pdf', await scannedPdf())).toMatch(/no text layer.*OCR/);
  });

  it('refuses a corrupt PDF and a PDF that is not one', async () => {
    const good = await toPdf(COVER);
    expect(await refusal('cut.pdf', good.subarray(0, 400))).toMatch(/damaged PDF|could not be read/);
    expect(await refusal('fake.pdf', 'MZ this is not a pdf at all')).toMatch(/not a PDF/);
  });

  it('refuses macro-enabled Word files by name and by content', async () => {
    expect(await refusal('macro.docm', await toDocx(COVER))).toMatch(/macro-enabled Word file/);
    expect(await refusal('vba.docx', await docxWith({ 'word/vbaProject.bin': Buffer.from('Attribute VB_Name = "x"') }))).toMatch(
      /contains macros \(word\/vbaProject.bin\)/,
    );
  });

  it('refuses a password-protected Word file and an old .doc renamed', async () => {
    expect(await refusal('protected.docx', passwordProtectedDocx())).toMatch(/password-protected \(encrypted\) Word file/);
    const doc = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(2048)]);
    expect(await refusal('old.docx', doc)).toMatch(/Word 97-2003/);
  });

  it('refuses a zip bomb from its declared sizes, and one whose headers lie, without inflating it all', async () => {
    const bomb = await zipBomb(120);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    expect(await refusal('bomb.docx', bomb)).toMatch(/zip bomb/);
    expect(await refusal('liar.docx', await lyingZipBomb())).toMatch(/does not match its declared size|zip bomb/);
  });

  it('refuses a huge file before reading it', async () => {
    const file = join(dir, 'huge.txt');
    writeFileSync(file, '');
    truncateSync(file, 60 * 1024 * 1024); // sparse: no disk used
    await expect(readDocument(file)).rejects.toThrow(/60 MiB, more than the 50 MiB limit/);
  });

  it('runs nothing in a web page and keeps no script, style or site chrome', async () => {
    const html = toHtml(COVER).replace(
      '</main>',
      '<script>globalThis.pwned = true</script><img src="http://example.invalid/x.png" onerror="globalThis.pwned = true"></main>',
    );
    writeFileSync(join(dir, 'page.html'), html);
    const doc = await readDocument(join(dir, 'page.html'));
    expect((globalThis as { pwned?: boolean }).pwned).toBeUndefined();
    expect(doc.markdown).not.toMatch(/script|pwned|Cookie settings|example\.invalid/);
    expect(doc.markdown).toContain('| Policy Number | HM 03');
  });
});
