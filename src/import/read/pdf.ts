// PDFs: text read with pdf.js (through unpdf, built to run without a browser), with font code evaluation turned off.
// Lines are rebuilt from positioned text; lines repeated at the top or bottom of most pages (running headers,
// footers, "Page 3 of 12") are dropped; larger text becomes headings.
import type { Root as MdastRoot, RootContent, TableRow } from 'mdast';
import { getDocumentProxy } from 'unpdf';
import { LIMITS, Refusal } from '../safety.js';
import type { SourceLine } from '../types.js';
import { clean, mdastToMarkdown } from './markdown.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL?: boolean;
}

interface PdfLine {
  text: string;
  cells: string[];
  size: number;
  y: number;
  page: number;
}

/** Group a page's text items into lines (same baseline), with a wide gap between items taken as a cell boundary. */
function pageLines(items: TextItem[], page: number): PdfLine[] {
  const rows: { y: number; items: TextItem[] }[] = [];
  for (const item of items) {
    if (!item.str || !item.transform) continue;
    const y = item.transform[5] ?? 0;
    const row = rows.find((r) => Math.abs(r.y - y) < Math.max(2, (item.height || 10) * 0.4));
    if (row) row.items.push(item);
    else rows.push({ y, items: [item] });
  }
  rows.sort((a, b) => b.y - a.y);
  return rows
    .map((row) => {
      row.items.sort((a, b) => (a.transform[4] ?? 0) - (b.transform[4] ?? 0));
      const cells: string[] = [];
      let current = '';
      let end: number | undefined;
      let size = 0;
      for (const item of row.items) {
        // pdf.js marks wide gaps with items of spaces only: the gap is measured between real words instead.
        if (!item.str.trim()) continue;
        const x = item.transform[4] ?? 0;
        size = Math.max(size, Math.abs(item.transform[3] ?? item.height ?? 0));
        // A gap wider than about two characters separates the cells of a table or a "Label   value" layout.
        if (end !== undefined && x - end > Math.max(12, (item.height || 10) * 1.5)) {
          cells.push(clean(current));
          current = '';
        } else if (end !== undefined && x - end > 1 && !current.endsWith(' ')) {
          current += ' ';
        }
        current += item.str;
        end = x + (item.width ?? 0);
      }
      cells.push(clean(current));
      const kept = cells.filter(Boolean);
      return { text: kept.join(' | '), cells: kept, size, y: row.y, page };
    })
    .filter((l) => l.text !== '');
}

const PAGE_NUMBER = /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$|^\d{1,4}\s*\|\s*p\s*a\s*g\s*e$|^-\s*\d{1,4}\s*-$/i;

/** A line with its digits blanked, so "Page 3 of 12" on each page counts as the same running footer. */
function shape(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}

/** Read a PDF's text. Throws a Refusal for an encrypted, damaged or image-only PDF. */
export async function readPdf(
  buffer: Buffer,
): Promise<{ markdown: string; lines: SourceLine[]; dropped: string[]; running: SourceLine[] }> {
  if (!buffer.subarray(0, 1024).toString('latin1').includes('%PDF-')) {
    throw new Refusal(
      'it is not a PDF, whatever its name says (there is no %PDF header). Export it from the program that made it as PDF again.',
    );
  }
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(buffer), {
      isEvalSupported: false,
      verbosity: 0,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
    });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') {
      throw new Refusal(
        'it is an encrypted (password-protected) PDF. Save an unprotected copy from the program that made it and import that.',
      );
    }
    throw new Refusal(
      `it is a damaged PDF that cannot be read (${(error as Error).message}). Export it as PDF again from the original document.`,
    );
  }
  try {
    if (pdf.numPages > LIMITS.maxPdfPages)
      throw new Refusal(`it has ${pdf.numPages} pages, more than the ${LIMITS.maxPdfPages} a policy document would; it was not read.`);
    const pages: PdfLine[][] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items as TextItem[], n));
      page.cleanup();
    }
    return assemble(pages);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    throw new Refusal(`its text could not be read (${(error as Error).message}). Export it as PDF again from the original document.`);
  } finally {
    await pdf.destroy();
  }
}

function assemble(pages: PdfLine[][]): { markdown: string; lines: SourceLine[]; dropped: string[]; running: SourceLine[] } {
  const totalText = pages.flat().reduce((n, l) => n + l.text.replace(/\s/g, '').length, 0);
  if (totalText < 40) {
    throw new Refusal(
      'it has no text layer: it looks like a scanned image of a document. Run it through OCR (or export it from the original file) and import that.',
    );
  }
  // Running headers and footers: the first and last two lines of a page whose shape recurs on at least half the pages.
  const edgeCount = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => shape(l.text)));
    for (const s of edges) edgeCount.set(s, (edgeCount.get(s) ?? 0) + 1);
  }
  const repeated = (l: PdfLine, index: number, count: number) => {
    const atEdge = index < 2 || index >= count - 2;
    if (!atEdge) return false;
    if (PAGE_NUMBER.test(l.text.replace(/\s*\|\s*/g, ' | ').trim())) return true;
    return pages.length >= 2 && (edgeCount.get(shape(l.text)) ?? 0) >= Math.max(2, Math.ceil(pages.length / 2));
  };
  const dropped = new Set<string>();
  const running: SourceLine[] = [];
  const seenShapes = new Set<string>();
  const kept: PdfLine[] = [];
  for (const lines of pages) {
    lines.forEach((l, i) => {
      if (!repeated(l, i, lines.length)) return kept.push(l);
      dropped.add(l.text);
      if (!seenShapes.has(shape(l.text))) {
        seenShapes.add(shape(l.text));
        running.push({ text: l.text, page: l.page, line: i + 1, ...(l.cells.length > 1 ? { cells: l.cells } : {}) });
      }
    });
  }
  // A heading too long for one line wraps: its lines (same size, next to each other) are one heading.
  const { headingSizes } = sizesOf(kept);
  for (let i = kept.length - 1; i > 0; i--) {
    const a = kept[i - 1]!;
    const b = kept[i]!;
    if (
      a.page === b.page &&
      Math.round(a.size) === Math.round(b.size) &&
      headingSizes.includes(Math.round(a.size)) &&
      a.cells.length === 1 &&
      b.cells.length === 1 &&
      a.y - b.y < a.size * 1.6
    ) {
      kept.splice(i - 1, 2, { ...a, text: `${a.text} ${b.text}`, cells: [`${a.text} ${b.text}`] });
    }
  }
  const lines: SourceLine[] = [];
  const lineOnPage = new Map<number, number>();
  for (const l of kept) {
    const n = (lineOnPage.get(l.page) ?? 0) + 1;
    lineOnPage.set(l.page, n);
    lines.push({ text: l.text, page: l.page, line: n, ...(l.cells.length > 1 ? { cells: l.cells } : {}) });
  }
  return { markdown: mdastToMarkdown(toMdast(kept, lines)), lines, dropped: [...dropped].sort(), running };
}

/** Body text size: the most common line size. Lines clearly larger are headings (the largest, level 1). */
function sizesOf(kept: PdfLine[]): { body: number; headingSizes: number[] } {
  const sizes = new Map<number, number>();
  for (const l of kept) sizes.set(Math.round(l.size), (sizes.get(Math.round(l.size)) ?? 0) + l.text.length);
  const body = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
  return { body, headingSizes: [...new Set(kept.map((l) => Math.round(l.size)).filter((s) => s >= body * 1.15))].sort((a, b) => b - a) };
}

function toMdast(kept: PdfLine[], lines: SourceLine[]): MdastRoot {
  const { headingSizes } = sizesOf(kept);
  const children: RootContent[] = [];
  let paragraph: string[] = [];
  let table: TableRow[] = [];
  const flush = () => {
    if (paragraph.length) children.push({ type: 'paragraph', children: [{ type: 'text', value: paragraph.join(' ') }] });
    paragraph = [];
    if (table.length) {
      const width = Math.max(...table.map((r) => r.children.length));
      for (const row of table) while (row.children.length < width) row.children.push({ type: 'tableCell', children: [] });
      children.push({ type: 'table', children: table });
    }
    table = [];
  };
  kept.forEach((l, i) => {
    const depth = headingSizes.indexOf(Math.round(l.size));
    if (depth >= 0 && l.text.length < 160) {
      flush();
      lines[i]!.heading = Math.min(depth + 1, 6);
      children.push({
        type: 'heading',
        depth: Math.min(depth + 1, 6) as 1,
        children: [{ type: 'text', value: l.text.replace(/ \| /g, ' ') }],
      });
      return;
    }
    if (l.cells.length > 1) {
      if (paragraph.length) {
        const t = table;
        table = [];
        flush();
        table = t;
      }
      table.push({ type: 'tableRow', children: l.cells.map((c) => ({ type: 'tableCell', children: [{ type: 'text', value: c }] })) });
      return;
    }
    if (table.length) flush();
    const previous = kept[i - 1];
    // A new paragraph starts after a gap, on a new page, or at a numbered or bulleted line.
    const gap = previous && previous.page === l.page ? previous.y - l.y > l.size * 1.45 : true;
    if (gap || /^(\d+(\.\d+)*\.?|[•\-–·▪])\s/.test(l.text)) flush();
    paragraph.push(l.text);
  });
  flush();
  return { type: 'root', children };
}
