// Checks made before a document is parsed: its size, what kind of file it really is, and (for Word and Excel files,
// which are zip archives) what inflating it would cost. Nothing here runs code from a document.
import { open } from 'node:fs/promises';
import yauzl from 'yauzl';

export const LIMITS = {
  /** Largest input file read, in bytes. */
  maxFileBytes: 50 * 1024 * 1024,
  /** Largest total a Word or Excel archive may inflate to, in bytes. */
  maxInflatedBytes: 100 * 1024 * 1024,
  /** Largest single entry in such an archive, in bytes. */
  maxEntryBytes: 60 * 1024 * 1024,
  /** Most entries in such an archive. */
  maxEntries: 5_000,
  /** Most pages read from a PDF. */
  maxPdfPages: 1_000,
};

/** A document that will not be imported, with the reason in words a person can act on. */
export class Refusal extends Error {}

const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The first bytes of a file, to tell what it really is whatever its name says. */
export async function head(file: string, bytes = 8): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

export function isCompoundFile(start: Buffer): boolean {
  return start.subarray(0, 8).equals(CFB_MAGIC);
}

export function isZip(start: Buffer): boolean {
  return start.subarray(0, 4).equals(ZIP_MAGIC);
}

/**
 * Why an OLE compound file cannot be read as an Office Open XML document: Office stores a password-protected
 * .docx or .xlsx as an encrypted compound file (with an EncryptionInfo stream), and a Word 97-2003 .doc is one too.
 */
export function compoundFileRefusal(content: Buffer, what: 'Word' | 'Excel'): Refusal {
  if (content.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
    return new Refusal(
      `it is a password-protected (encrypted) ${what} file. Open it in ${what}, remove the password (File > Info > Protect), save it, and import it again.`,
    );
  }
  const ext = what === 'Word' ? '.doc' : '.xls';
  return new Refusal(
    `it is an old-style ${ext} file (${what} 97-2003), which the importer does not read. Open it in ${what} and save it as ${ext}x.`,
  );
}

const MACRO_PARTS = /(^|\/)vba[^/]*\.(bin|xml)$/i;

/**
 * Look through a Word or Excel archive before anything inflates it for real: refuse macros, encrypted entries and
 * archives whose declared sizes are too big; then inflate each entry into nothing, counting bytes, so a zip bomb
 * whose headers lie about its sizes is caught here (yauzl stops an entry that inflates past its declared size).
 */
export async function inspectArchive(buffer: Buffer, what: 'Word' | 'Excel'): Promise<void> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, z) =>
      error ? reject(error) : resolve(z!),
    );
  }).catch((error: Error) => {
    throw new Refusal(
      `it is not a readable ${what} file (the archive inside is damaged: ${error.message}). Open it in ${what} and save it again.`,
    );
  });
  if (zip.entryCount > LIMITS.maxEntries) {
    zip.close();
    throw new Refusal(`it holds ${zip.entryCount} parts, more than the ${LIMITS.maxEntries} a real ${what} file has; it was not opened.`);
  }
  let total = 0;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: Error) => {
      zip.close();
      reject(error);
    };
    zip.on('error', (error: Error) => fail(new Refusal(`it is not a readable ${what} file (${error.message}).`)));
    zip.on('end', () => resolve());
    zip.on('entry', (entry: yauzl.Entry) => {
      const name = entry.fileName;
      if (MACRO_PARTS.test(name)) {
        return fail(
          new Refusal(
            `it contains macros (${name}). Macro-enabled files are never opened; save a copy without macros (as .${what === 'Word' ? 'docx' : 'xlsx'}) and import that.`,
          ),
        );
      }
      if (entry.isEncrypted()) return fail(new Refusal(`its contents are encrypted; remove the password in ${what} and import it again.`));
      if (entry.uncompressedSize > LIMITS.maxEntryBytes) {
        return fail(
          new Refusal(
            `one of its parts (${name}) would inflate to ${mib(entry.uncompressedSize)}, more than the ${mib(LIMITS.maxEntryBytes)} allowed: it looks like a zip bomb, so it was not opened.`,
          ),
        );
      }
      total += entry.uncompressedSize;
      if (total > LIMITS.maxInflatedBytes) {
        return fail(
          new Refusal(
            `its parts would inflate to more than ${mib(LIMITS.maxInflatedBytes)}: it looks like a zip bomb, so it was not opened.`,
          ),
        );
      }
      if (name.endsWith('/')) return zip.readEntry();
      zip.openReadStream(entry, (error, stream) => {
        if (error || !stream) return fail(new Refusal(`it is not a readable ${what} file (${error?.message ?? 'unreadable part'}).`));
        const types = name === '[Content_Types].xml' ? ([] as Buffer[]) : undefined;
        stream.on('data', (chunk: Buffer) => {
          if (types && types.length < 64) types.push(chunk);
        });
        stream.on('error', (e: Error) =>
          fail(
            new Refusal(
              `one of its parts (${name}) does not match its declared size (${e.message}): it looks like a zip bomb or a damaged file, so it was not opened.`,
            ),
          ),
        );
        stream.on('end', () => {
          if (types && declaresMacros(Buffer.concat(types).toString('utf8'))) {
            return fail(
              new Refusal(
                `it is a macro-enabled ${what} file (its content types say so). Macro-enabled files are never opened; save a copy as .${what === 'Word' ? 'docx' : 'xlsx'} and import that.`,
              ),
            );
          }
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
}

/** A declared content type naming macros ([Content_Types].xml says `macroEnabled`). */
export function declaresMacros(contentTypes: string): boolean {
  return /macroEnabled/i.test(contentTypes);
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
}
