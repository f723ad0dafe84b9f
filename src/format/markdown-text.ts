// Text from policies placed in Markdown (job summaries, issues, board papers) must stay text.

/** Make text inert in a Markdown table cell: no HTML, no table breaks, no links or emphasis, one line. */
export function mdCell(text: string): string {
  return text
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!)
    .replace(/[\\`*_{}[\]()#!|~]/g, (c) => `\\${c}`)
    .trim();
}
