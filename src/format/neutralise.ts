// Text from policies and the config is data in every output. One module says how it is made inert for each
// consumer: a terminal, GitHub's log (workflow commands), JSON, Markdown that GitHub renders, iCalendar and CSV.

/**
 * Characters that change how text around them is shown without being seen: C0 and C1 controls (escape sequences,
 * carriage returns), line and paragraph separators, bidirectional overrides, embeddings and isolates (which can
 * make `exe.txt` read as `txt.exe`), and invisible separators. Tab and line feed are handled by each consumer.
 */
const INVISIBLE =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

const hex = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Invisible and control characters shown as `\uXXXX`; tab and line feed kept. */
export function showInvisible(text: string): string {
  return text.replace(INVISIBLE, hex);
}

/**
 * GitHub Actions acts on a log line that starts (after white space) with `::` (a workflow command, including
 * `::stop-commands::`, which would silence the annotations that follow) and on `##[` anywhere in a line
 * (the older command syntax, also shown as an error or warning line). Both are broken with a visible `\uXXXX`.
 * Text passed here must not contain a line break (`terminalText` shows them).
 */
export function defuseWorkflowCommands(text: string): string {
  return text.replace(/##\[/g, '#\\u0023[').replace(/^(\s*):(?=:)/, '$1\\u003a');
}

/** One line of text for a terminal or a GitHub annotation: nothing invisible, no line breaks, no workflow command. */
export function terminalText(text: string): string {
  return defuseWorkflowCommands(showInvisible(text).replace(/\t/g, '\\u0009').replace(/\n/g, '\\n'));
}

/**
 * Serialised JSON made safe to print: `##[`, C1 controls, bidirectional and invisible characters (which
 * JSON.stringify leaves raw) written as `\uXXXX` escapes. Lossless: JSON.parse gives back the same data, and
 * these characters can only occur inside JSON strings.
 */
export function jsonText(serialised: string): string {
  return serialised.replace(INVISIBLE, hex).replace(/##\[/g, '\\u0023#[');
}

/**
 * Text for a plain-text file that may also be printed in a log (iCalendar, CSV): invisible characters shown, and
 * every `::` and `##[` broken with a backslash (as `:\:` and `#\#[`), since a folded iCalendar line or a CSV cell
 * with a line break can start a log line anywhere in the text. Line breaks are kept for the format's own escaping.
 */
export function plainText(text: string): string {
  return showInvisible(text.replace(/\r\n?/g, '\n'))
    .replace(/#(?=#\[)/g, '#\\')
    .replace(/:(?=:)/g, ':\\');
}

/** A token GitHub would turn into a link or a notification: a URL, an e-mail address, an @mention, an issue reference. */
const LINKY = /[@#]|:\/\/|www\.|^[a-z][a-z0-9+.-]*:\S/i;

/**
 * Text in a Markdown table cell, heading or list item, rendered by GitHub: one line, no HTML, no Markdown syntax,
 * and no live autolinks, mentions or issue references (each such word is shown as code, where GitHub links nothing).
 */
export function markdownText(text: string): string {
  return (
    showInvisible(text.replace(/[\t\n\r]+/g, ' '))
      // Words split at brackets too, so `[text](https://x)` keeps its brackets escaped and only the address is code.
      .split(/([^\s`[\]()<>"']+)/)
      .map((part, i) => {
        if (i % 2 === 0) return escapeMarkdown(part);
        return LINKY.test(part) ? `\`${part.replace(/\|/g, '\\|')}\`` : escapeMarkdown(part);
      })
      .join('')
      .trim()
  );
}

function escapeMarkdown(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!).replace(/[\\`*_{}[\]()#!|~]/g, (c) => `\\${c}`);
}

/** A line of a fenced code block (shown, never rendered) printed in a log: invisible characters shown, no command. */
export function fencedLine(line: string): string {
  return defuseWorkflowCommands(showInvisible(line).replace(/\t/g, '    '));
}
