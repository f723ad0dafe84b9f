// One page design for the calendar and the report: self-contained, accessible, printable.
import he from 'he';
import { showInvisible } from '../neutralise.js';

/** Escape text for HTML element content and attribute values. */
export function esc(text: string | number): string {
  // Control and bidirectional characters are shown as \uXXXX (an override would make the page read differently);
  // line breaks become character references and `##[` is broken, so no log line printed from the page can act.
  return String(text).split(/(\r|\n)/)
    .map((part) => (part === '\r' ? '&#xD;' : part === '\n' ? '&#xA;' : he.encode(showInvisible(part), { useNamedReferences: false, allowUnsafeSymbols: false })))
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
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .95rem; }
caption { text-align: left; font-weight: 600; padding: .35rem 0; color: #102a3a; }
th, td { border: 1px solid #aab6c0; padding: .35rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #e6edf2; color: #102a3a; }
tbody tr:nth-child(even) { background: #f6f8fa; }
.tag { display: inline-block; padding: 0 .4rem; border-radius: .25rem; font-size: .85rem; font-weight: 600; }
.late { background: #8a1c1c; color: #fff; }
.moved { background: #6b4e00; color: #fff; }
.ok { background: #1e5b2f; color: #fff; }
ul.notes { margin: .2rem 0 0; padding-left: 1.1rem; font-size: .88rem; color: #3d4a55; }
.summary { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; padding: 0; list-style: none; }
.summary li { border: 1px solid #aab6c0; border-radius: .35rem; padding: .5rem .8rem; min-width: 9rem; }
.summary strong { display: block; font-size: 1.5rem; color: #102a3a; }
footer { margin-top: 2rem; padding-bottom: 2rem; color: #3d4a55; font-size: .85rem; }
a { color: #0b4f8a; }
@media print {
  body { font-size: 10.5pt; }
  header { border-bottom-width: 2px; }
  h2 { break-after: avoid; }
  table { break-inside: auto; }
  tr { break-inside: avoid; }
  thead { display: table-header-group; }
  tbody tr:nth-child(even) { background: none; }
  .tag { border: 1px solid #000; color: #000 !important; background: none !important; }
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

/** A table with a caption, column headers with scope, and escaped cells; `html` cells are trusted markup. */
export function table(caption: string, headers: string[], rows: (string | { html: string })[][]): string {
  const cell = (c: string | { html: string }) => (typeof c === 'string' ? esc(c) : c.html);
  return `<table>
<caption>${esc(caption)}</caption>
<thead><tr>${headers.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead>
<tbody>
${rows.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row">${cell(c)}</th>` : `<td>${cell(c)}</td>`)).join('')}</tr>`).join('\n')}
</tbody>
</table>`;
}

/** "Thursday 21 January 2027" for people; dates stay ISO in machine formats. */
export function longDate(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
