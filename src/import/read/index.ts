// Read one document of any supported format into Markdown and lines of text, or refuse it with a reason.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Root as MdastRoot, RootContent } from 'mdast';
import { LIMITS, Refusal } from '../safety.js';
import type { ReadDocument } from '../types.js';
import { docxToMarkdown } from './docx.js';
import { clean, htmlToMarkdown, linesFromMarkdown, mdastToMarkdown } from './markdown.js';
import { readPdf } from './pdf.js';

export const DOCUMENT_EXTENSIONS = ['.docx', '.docm', '.pdf', '.html', '.htm', '.md', '.markdown', '.txt'] as const;

/** Text files in UTF-8, or failing that in Windows-1252 (what older Word "Save as text" writes). */
function decode(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(buffer);
  }
}

/** Plain text as Markdown: blank lines separate paragraphs; each paragraph keeps its words, escaped as text. */
function textToMdast(text: string): MdastRoot {
  const children: RootContent[] = [];
  for (const block of text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n\n')
    .split(/\n\s*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.replace(/\s+$/, ''))
      .filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    // Tab-separated lines (a table pasted as text) become a table, so their cells stay apart.
    if (lines.every((l) => l.includes('\t'))) {
      const rows = lines.map((l) => l.split(/\t+/).map(clean));
      const width = Math.max(...rows.map((r) => r.length));
      children.push({
        type: 'table',
        children: rows.map((r) => ({
          type: 'tableRow',
          children: Array.from({ length: width }, (_, i) => ({
            type: 'tableCell',
            children: r[i] ? [{ type: 'text', value: r[i]! }] : [],
          })),
        })),
      });
      continue;
    }
    children.push({
      type: 'paragraph',
      children: lines.flatMap((l, i) =>
        i === 0 ? [{ type: 'text' as const, value: clean(l) }] : [{ type: 'break' as const }, { type: 'text' as const, value: clean(l) }],
      ),
    });
  }
  return { type: 'root', children };
}

export async function readDocument(file: string, displayName = file): Promise<ReadDocument> {
  const ext = path.extname(file).toLowerCase();
  const info = await stat(file);
  if (!info.isFile()) throw new Refusal('it is not a regular file.');
  if (info.size > LIMITS.maxFileBytes) {
    throw new Refusal(
      `it is ${(info.size / 1024 / 1024).toFixed(0)} MiB, more than the ${LIMITS.maxFileBytes / 1024 / 1024} MiB limit for one document; it was not read. Split it or export the policy alone.`,
    );
  }
  if (info.size === 0) throw new Refusal('it is empty.');
  const buffer = await readFile(file);
  let result: Omit<ReadDocument, 'file'>;
  switch (ext) {
    case '.docx':
    case '.docm': {
      const markdown = await docxToMarkdown(buffer, file);
      result = { format: 'docx', markdown, lines: linesFromMarkdown(markdown), dropped: [] };
      break;
    }
    case '.pdf':
      result = { format: 'pdf', ...(await readPdf(buffer)) };
      break;
    case '.html':
    case '.htm': {
      const markdown = await htmlToMarkdown(decode(buffer));
      result = { format: 'html', markdown, lines: linesFromMarkdown(markdown), dropped: [] };
      break;
    }
    case '.md':
    case '.markdown': {
      const markdown = decode(buffer).replace(/\r\n?/g, '\n');
      result = { format: 'md', markdown, lines: linesFromMarkdown(markdown), dropped: [] };
      break;
    }
    case '.txt': {
      const markdown = mdastToMarkdown(textToMdast(decode(buffer)));
      result = { format: 'txt', markdown, lines: linesFromMarkdown(markdown), dropped: [] };
      break;
    }
    default:
      throw new Refusal(
        `the importer reads ${DOCUMENT_EXTENSIONS.filter((e) => e !== '.docm').join(', ')}, not ${ext || 'files without an extension'}.`,
      );
  }
  const letters = result.lines.reduce((n, l) => n + l.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
  if (letters < 40)
    throw new Refusal('it has almost no text (it may be a scanned image); nothing to import. Run it through OCR and import the result.');
  return { file: displayName, ...result };
}
