// One page design for the calendar and the report: self-contained, accessible, printable.
import he from 'he';
import { showInvisible } from '../neutralise.js';

/** Escape text for HTML element content and attribute values. */
export function esc(text: string | number): string {
  // Control and bidirectional characters are shown as \uXXXX (an override would make the page read differently);
  // line breaks become character references and `##[` is broken, so no log line printed from the page can act.
  return String(text)
    .split(/(\r|\n)/)
    .map((part) =>
      part === '\r'
        ? '&#xD;'
        : part === '\n'
          ? '&#xA;'
          : he.encode(showInvisible(part), { useNamedReferences: false, allowUnsafeSymbols: false }),
    )
    .join('')
    .replace(/##\[/g, '&#x23;#[');
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1b1b; background: #fff; margin: 0; line-height: 1.45; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
header { border-bottom: 4px solid #1d4f6e; padding-top: 1.25rem; padding-bottom: .75rem; }
h1 { font-size: 1.7rem; margin: 0 0 .25rem; color: #102a3a; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; color: #102a3a; border-bottom: 1px solid #c5ced6; padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; color: #102a3a; }
p.meta { margin: 0; color: #3d4a55; }
.table-scroll { overflow-x: auto; margin: .5rem 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .35rem 0; color: #102a3a; }
th, td { border: 1px solid #aab6c0; padding: .35rem .5rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: #e6edf2; color: #102a3a; overflow-wrap: normal; }
tbody tr:nth-child(even) { background: #f6f8fa; }
time, .date, .nowrap { white-space: nowrap; }
tbody th[scope="row"] { white-space: nowrap; }
table.wrap-first tbody th[scope="row"] { white-space: normal; }
.tag { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .85rem; font-weight: 600; white-space: nowrap; }
.late, .red { background: #8a1c1c; color: #fff; }
.moved, .amber { background: #6b4e00; color: #fff; }
.ok, .green { background: #1e5b2f; color: #fff; }
ul.notes { margin: .2rem 0 0; padding-left: 1.1rem; font-size: .88rem; color: #3d4a55; }
.summary { display: flex; flex-wrap: wrap; gap: .6rem; margin: 1rem 0; padding: 0; list-style: none; }
.summary li { border: 1px solid #aab6c0; border-radius: .35rem; padding: .45rem .7rem; min-width: 7.5rem; flex: 1 1 7.5rem; }
.summary strong { display: block; font-size: 1.5rem; color: #102a3a; }
.status { border: 2px solid #102a3a; border-radius: .4rem; padding: .6rem .9rem; margin: 1rem 0; }
.status p { margin: 0 0 .3rem; font-size: 1.15rem; }
.status p.reasons { font-size: 1rem; margin: 0; }
ul.decisions { margin: .3rem 0; padding-left: 1.2rem; }
.rag { display: inline-block; padding: .1rem .6rem; border-radius: .3rem; font-weight: 700; }
section.keep { break-inside: avoid; page-break-inside: avoid; }
dl.record dt { font-weight: 600; margin-top: .3rem; }
dl.record dd { margin: 0 0 0 1rem; }
pre.diff { white-space: pre-wrap; overflow-wrap: anywhere; background: #f6f8fa; border: 1px solid #c5ced6; padding: .4rem; font-size: .85rem; }
pre.diff ins { text-decoration: none; background: #dcf3e0; display: inline-block; }
pre.diff del { text-decoration: line-through; background: #f7dede; display: inline-block; }
footer { margin-top: 2rem; padding-bottom: 2rem; color: #3d4a55; font-size: .85rem; }
a { color: #0b4f8a; }
@media (max-width: 40rem) {
  header, main, footer { padding: 0 .6rem; }
  h1 { font-size: 1.35rem; }
  table { font-size: .85rem; }
  th, td { padding: .25rem .3rem; }
}
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 9.5pt; line-height: 1.3; }
  h1 { font-size: 16pt; }
  header, main, footer { max-width: none; padding: 0; }
  header { border-bottom-width: 2px; }
  h1, h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  .table-scroll { overflow: visible; }
  table { break-inside: auto; font-size: 8.5pt; }
  th, td { padding: .15rem .3rem; }
  caption { padding: .1rem 0; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) { background: none; }
  article.paper { break-before: page; }
  .tag, .rag { border: 1px solid #000; color: #000 !important; background: none !important; }
  h2 { font-size: 13pt; margin: 1rem 0 .3rem; }
  .summary { gap: .3rem; margin: .4rem 0; flex-wrap: nowrap; }
  .summary li { padding: .15rem .35rem; min-width: 0; flex: 1 1 0; font-size: 8.5pt; }
  .summary strong { font-size: 12pt; }
  .status { padding: .3rem .6rem; margin: .5rem 0; }
  a { color: inherit; text-decoration: none; }
}
`;

export interface PageParts {
  title: string;
  /** Lines under the title: organisation, dates. */
  meta: string[];
  /** Already-escaped HTML for the main content. */
  body: string;
  footer: string;
}

/** A complete HTML document with inline styles and no external assets. */
export function page(parts: PageParts): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(parts.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${esc(parts.title)}</h1>
${parts.meta.map((m) => `<p class="meta">${esc(m)}</p>`).join('\n')}
</header>
<main>
${parts.body}
</main>
<footer><p>${esc(parts.footer)}</p></footer>
</body>
</html>
`;
}

/** A table cell: text (escaped), trusted markup, or a date that never wraps. */
export type Cell = string | { html: string } | { date: string };

/** A date cell: ISO in a <time> element that never breaks across lines. */
export function dateCell(date: string | undefined): Cell {
  return date ? { date } : '–';
}

/** Escape text, and keep each ISO date in it on one line. */
export function escDates(text: string): string {
  return esc(text).replace(/\b(\d{4}-\d{2}-\d{2})\b/g, '<time datetime="$1">$1</time>');
}

/**
 * Escape text, and keep each ISO date or month in it on one line, and each short hyphenated code ("HS-01", "GOV-011"):
 * browsers break lines after a hyphen, which turns 2028-12-31 into "2028-12-" and "31".
 */
export function escWithDates(text: string): string {
  return esc(text)
    .replace(/\b(\d{4}-\d{2}(?:-\d{2})?)\b/g, '<time datetime="$1">$1</time>')
    .replace(/(?<![\w>-])([A-Za-z0-9]{1,8}(?:-[A-Za-z0-9]{1,8}){1,2})(?![\w<-])/g, (m) =>
      /^\d{4}-\d{2}/.test(m) ? m : `<span class="nowrap">${m}</span>`,
    );
}

/**
 * A table with a caption, column headers with scope, and escaped cells; `html` cells are trusted markup. On a narrow
 * screen the table scrolls inside its own labelled, focusable region, so the page itself never scrolls sideways.
 */
export function table(caption: string, headers: string[], rows: Cell[][], options: { wrapFirst?: boolean } = {}): string {
  const cell = (c: Cell) =>
    typeof c === 'string' ? escDates(c) : 'html' in c ? c.html : `<time datetime="${esc(c.date)}">${esc(c.date)}</time>`;
  return `<div class="table-scroll" role="region" aria-label="${esc(caption)}" tabindex="0"><table${options.wrapFirst ? ' class="wrap-first"' : ''}>
<caption>${esc(caption)}</caption>
<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table></div>`;
}

/** A heading kept on the same printed page as what follows it. */
export function keep(...parts: string[]): string {
  return `<section class="keep">\n${parts.join('\n')}\n</section>`;
}

/** "Thursday 21 January 2027" for people; dates stay ISO in machine formats. */
export function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
