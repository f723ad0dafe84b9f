// Text from policies placed in Markdown (job summaries, issues, board papers) must stay text.
import { markdownText } from './neutralise.js';

/** Make text inert in a Markdown table cell: no HTML, no table breaks, no links, mentions or emphasis, one line. */
export function mdCell(text: string): string {
  return markdownText(text);
}
