// Render a fixture document (blocks of headings, paragraphs, tables and lists) as .docx (docx), .pdf (pdfkit), .html,
// .md or .txt, so the evaluation and the tests import real files of each kind, generated, not copied from anyone.
import * as docxModule from 'docx';
import PDFDocument from 'pdfkit';

// docx's type declarations use extensionless relative imports, which NodeNext resolution cannot follow: the module
// loads fine, its types do not, so its classes are used untyped here (fixtures only, never in the product).
const { Document, Footer, Header, HeadingLevel, Packer, PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } =
  // biome-ignore lint/suspicious/noExplicitAny: the docx package's classes, used only to write fixtures.
  docxModule as unknown as Record<string, any>;

export type Block =
  | { kind: 'h'; level: 1 | 2 | 3; text: string }
  | { kind: 'p'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'pagebreak' };

export interface FixtureDoc {
  blocks: Block[];
  /** Running header and footer on every page (PDF and Word); {n} and {N} are the page number and count. */
  header?: string;
  footer?: string;
}

export type Format = 'docx' | 'pdf' | 'html' | 'md' | 'txt';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function toHtml(doc: FixtureDoc): string {
  const body = doc.blocks
    .map((b) => {
      switch (b.kind) {
        case 'h':
          return `<h${b.level}>${escapeHtml(b.text)}</h${b.level}>`;
        case 'p':
          return `<p>${escapeHtml(b.text)}</p>`;
        case 'table':
          return `<table>${b.rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</table>`;
        case 'list':
          return `<${b.ordered ? 'ol' : 'ul'}>${b.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('')}</${b.ordered ? 'ol' : 'ul'}>`;
        case 'pagebreak':
          return '';
      }
    })
    .join('\n');
  // Site chrome a real page carries, which the importer must leave out.
  return `<!doctype html><html lang="en"><head><title>Policy</title><script>document.title='x'</script><style>p{}</style></head>
<body><nav><a href="/">Home</a> <a href="/policies">Policies</a></nav><main>${body}</main><footer>Cookie settings</footer></body></html>\n`;
}

export function toMarkdown(doc: FixtureDoc): string {
  return (
    doc.blocks
      .map((b) => {
        switch (b.kind) {
          case 'h':
            return `${'#'.repeat(b.level)} ${b.text}`;
          case 'p':
            return b.text;
          case 'table': {
            const width = Math.max(...b.rows.map((r) => r.length));
            const row = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
            return [row(b.rows[0]!), `|${' --- |'.repeat(width)}`, ...b.rows.slice(1).map(row)].join('\n');
          }
          case 'list':
            return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${item}`).join('\n');
          case 'pagebreak':
            return '';
        }
      })
      .filter(Boolean)
      .join('\n\n') + '\n'
  );
}

export function toText(doc: FixtureDoc): string {
  return (
    doc.blocks
      .map((b) => {
        switch (b.kind) {
          case 'h':
            return b.text;
          case 'p':
            return b.text;
          case 'table':
            return b.rows.map((r) => r.join('\t')).join('\n');
          case 'list':
            return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '•'} ${item}`).join('\n');
          case 'pagebreak':
            return '\f';
        }
      })
      .join('\n\n') + '\n'
  );
}

export async function toDocx(doc: FixtureDoc): Promise<Buffer> {
  const children: unknown[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'h')
      children.push(
        new Paragraph({ text: b.text, heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.level - 1]! }),
      );
    else if (b.kind === 'p') children.push(new Paragraph({ children: [new TextRun(b.text)] }));
    else if (b.kind === 'list')
      b.items.forEach((item, i) =>
        children.push(new Paragraph({ text: b.ordered ? `${i + 1}. ${item}` : item, bullet: b.ordered ? undefined : { level: 0 } })),
      );
    else if (b.kind === 'pagebreak') children.push(new Paragraph({ children: [new PageBreak()] }));
    else {
      const width = Math.max(...b.rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: Array.from(
                  { length: width },
                  (_, i) =>
                    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: r[i] ?? '', bold: i % 2 === 0 })] })] }),
                ),
              }),
          ),
        }),
      );
    }
  }
  const header = doc.header ? { default: new Header({ children: [new Paragraph(doc.header)] }) } : undefined;
  const footer = doc.footer
    ? {
        default: new Footer({
          children: [new Paragraph({ children: [new TextRun('Page '), new TextRun({ children: [PageNumber.CURRENT] })] })],
        }),
      }
    : undefined;
  const document = new Document({
    creator: 'policy-tracker fixtures',
    sections: [{ ...(header ? { headers: header } : {}), ...(footer ? { footers: footer } : {}), children }],
  });
  return Packer.toBuffer(document);
}

/** A PDF with real text: headings larger, tables as cells placed in columns, running header and footer on each page. */
export async function toPdf(doc: FixtureDoc): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: 72, bottom: 72, left: 60, right: 60 },
    bufferPages: true,
    info: { Title: 'Policy', CreationDate: new Date(Date.UTC(2024, 0, 1)) },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => pdf.on('end', () => resolve()));
  const left = 60;
  const width = pdf.page.width - 120;
  for (const b of doc.blocks) {
    if (b.kind === 'pagebreak') {
      pdf.addPage();
      continue;
    }
    if (pdf.y > pdf.page.height - 140) pdf.addPage();
    if (b.kind === 'h')
      pdf
        .font('Helvetica-Bold')
        .fontSize(b.level === 1 ? 18 : b.level === 2 ? 14 : 12)
        .text(b.text, left, pdf.y, { width })
        .moveDown(0.5);
    else if (b.kind === 'p') pdf.font('Helvetica').fontSize(10).text(b.text, left, pdf.y, { width }).moveDown(0.6);
    else if (b.kind === 'list') {
      b.items.forEach((item, i) =>
        pdf
          .font('Helvetica')
          .fontSize(10)
          .text(`${b.ordered ? `${i + 1}.` : '•'} ${item}`, left + 12, pdf.y, { width: width - 12 }),
      );
      pdf.moveDown(0.6);
    } else {
      const cols = Math.max(...b.rows.map((r) => r.length));
      const colWidth = width / cols;
      for (const row of b.rows) {
        const y = pdf.y;
        let bottom = y;
        row.forEach((cell, i) => {
          pdf
            .font(i % 2 === 0 ? 'Helvetica-Bold' : 'Helvetica')
            .fontSize(10)
            .text(cell, left + i * colWidth, y, { width: colWidth - 16 });
          bottom = Math.max(bottom, pdf.y);
        });
        pdf.y = bottom + 4;
        pdf.x = left;
      }
      pdf.moveDown(0.6);
    }
  }
  const range = pdf.bufferedPageRange();
  for (let i = 0; i < range.count; i++) {
    pdf.switchToPage(i);
    const fill = (s: string) => s.replace('{n}', String(i + 1)).replace('{N}', String(range.count));
    if (doc.header) pdf.font('Helvetica').fontSize(8).text(fill(doc.header), left, 36, { width, lineBreak: false });
    if (doc.footer)
      pdf
        .font('Helvetica')
        .fontSize(8)
        .text(fill(doc.footer), left, pdf.page.height - 50, { width, lineBreak: false });
  }
  pdf.end();
  await done;
  return Buffer.concat(chunks);
}

export async function render(doc: FixtureDoc, format: Format): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return toDocx(doc);
    case 'pdf':
      return toPdf(doc);
    case 'html':
      return Buffer.from(toHtml(doc));
    case 'md':
      return Buffer.from(toMarkdown(doc));
    case 'txt':
      return Buffer.from(toText(doc));
  }
}
