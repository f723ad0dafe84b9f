// Every YAML problem in the words the rest of the tool uses, with the fix: one place for the policy frontmatter and the
// config file. The `yaml` package's own messages never reach the user; each of its error codes has an explanation here.
import type { ErrorCode } from 'yaml';

/** The `yaml` package's error codes, and the problems this project finds itself in the parsed document. */
export type YamlProblemCode = ErrorCode | 'ALIAS' | 'TAG' | 'TOO_DEEP' | 'NOT_A_MAPPING';

/** Where the YAML came from, which decides the nouns: a policy's fields, or the config file's settings. */
export type YamlSource = 'frontmatter' | 'config';

export interface YamlProblemFacts {
  code: YamlProblemCode;
  /** The line the problem is on, as written (without its line break). */
  lineText: string;
  /** 1-based column of the problem in `lineText`. */
  column: number;
  /** A detail the parser found (the tag's name, for a tag). */
  detail?: string;
  /** The parser's own message: only used to tell apart problems that share a code, never shown. */
  parserMessage?: string;
}

interface Words {
  where: string;
  field: string;
  example: string;
}

const WORDS: Record<YamlSource, Words> = {
  frontmatter: { where: 'the frontmatter', field: 'field', example: 'title: "Policy: Rent Arrears"' },
  config: { where: 'the config file', field: 'setting', example: 'organisation: "Craigmhor Housing Association"' },
};

/** `key: value` at the start of a line (after any list dash), with the key and the value's text. */
function keyAndValue(line: string): { key: string; value: string } | undefined {
  const match = /^\s*(?:-\s+)?["']?([^"':#\s][^"':#]*?)["']?\s*:(?:\s+(.*))?$/.exec(line);
  if (!match) return undefined;
  return { key: match[1]!.trim(), value: (match[2] ?? '').trim() };
}

const TYPOGRAPHIC_QUOTES = /[\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb]/;

/** Quote a value the way the fix should be written, choosing the quote that needs no escaping. */
function quoted(value: string): string {
  return value.includes('"') && !value.includes("'") ? `'${value}'` : `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The value's fix when it holds `: `, a `#` or a leading reserved character: put it in quotes. */
function quoteFix(line: string, words: Words): string {
  const kv = keyAndValue(line);
  if (kv && kv.value !== '') return `Put the value of ${kv.key} in quotes: ${kv.key}: ${quoted(kv.value.replace(/\s+#.*$/, ''))}`;
  return `Put the value in quotes, for example ${words.example}`;
}

type Explainer = (facts: YamlProblemFacts, words: Words) => string;

const explainers: Record<YamlProblemCode, Explainer> = {
  BLOCK_AS_IMPLICIT_KEY: ({ lineText }, words) => {
    const kv = keyAndValue(lineText);
    if (kv && /:(\s|$)/.test(kv.value)) {
      return `The value of ${kv.key} contains a colon followed by a space, which YAML reads as the start of another ${words.field}. ${quoteFix(lineText, words)}`;
    }
    return `The value here runs on into the next line, which YAML then reads as a \`name:\` inside this value: the next line is indented further than this one. Indent the ${words.field}s of one group to the same column; if a value contains a colon followed by a space, put it in quotes.`;
  },
  MULTILINE_IMPLICIT_KEY: (_facts, words) =>
    `This line is not a \`${words.field}: value\` line where one is expected. Check that the value on the line above is complete (a closing quote or bracket), that this line starts with \`name:\` (or \`- \` in a list), and that it is indented like the lines around it; a value that continues onto this line must be indented under its ${words.field} or put in quotes.`,
  BAD_INDENT: ({ lineText }, words) => {
    if (lineText.includes('[') && !lineText.includes(']')) {
      return 'A list in square brackets starts on this line but is not closed with `]` on it. Add the `]` at the end of the list, or write one item per line starting `- ` instead.';
    }
    if (lineText.includes('{') && !lineText.includes('}')) {
      return 'A record in braces starts on this line but is not closed with `}` on it. Add the `}` at the end, or write one `name: value` per line instead.';
    }
    return `This line is not indented like the other ${words.field}s at its level. Indent every ${words.field} of a group by the same number of spaces (fields of the policy itself start at the beginning of the line).`;
  },
  MISSING_CHAR: ({ lineText, column, parserMessage = '' }, words) => {
    const rest = lineText.slice(Math.max(0, column - 1));
    if (/quote/i.test(parserMessage) || (parserMessage === '' && /^["']/.test(rest))) {
      const single = /'/.test(parserMessage) || rest.startsWith("'");
      return `The value starting with ${single ? "a single quote (')" : 'a double quote (")'} here has no closing quote. Add the closing quote at the end of the value.`;
    }
    if (/comment/i.test(parserMessage) || (parserMessage === '' && /\S#/.test(lineText))) {
      return 'A # touches the text before it. YAML starts a comment at a # that follows a space, so this # is neither text nor a comment. Put a space before the # to start a comment, or put the whole value in quotes if the # belongs to it.';
    }
    if (/directive/i.test(parserMessage) || /^\s*%/.test(lineText))
      return explainers.BAD_DIRECTIVE({ code: 'BAD_DIRECTIVE', lineText, column }, words);
    return `Something is missing on this line: each line is \`name: value\` (a colon and a space after the name) or a list item \`- value\`. Add the missing colon, or check the line above for an unclosed quote or bracket.`;
  },
  TAB_AS_INDENT: () => 'A tab is used for indentation here; YAML only allows spaces. Replace the tab with spaces.',
  DUPLICATE_KEY: ({ lineText, column }, words) => {
    // The parser points at the repeated key, which may be inside a record in braces: `{ required: true, required: false }`.
    const kv = keyAndValue(lineText.slice(Math.max(0, column - 1)).replace(/[,}].*$/, '')) ?? keyAndValue(lineText);
    const what = kv ? `The ${words.field} ${kv.key}` : `A ${words.field}`;
    return `${what} appears twice at the same level of ${words.where}; YAML does not merge them, and which one counts would be a guess. Keep one${kv ? ` ${kv.key}` : ''} and delete the other.`;
  },
  UNEXPECTED_TOKEN: ({ lineText, column }, words) => {
    const at = lineText.slice(Math.max(0, column - 1));
    if (at.startsWith(','))
      return 'There is a stray comma in the brackets here (two commas in a row, or one before a closing bracket). Remove it.';
    if (/^[\]}]/.test(at))
      return `A closing ${at[0]} here has no opening bracket to match. Remove it, or put the value in quotes if the bracket belongs to it.`;
    if (/^-(\s|$)/.test(at)) {
      return `A list item (\`- \`) starts on the same line as its ${words.field}. Put each item on its own line below, indented, starting \`- \`; or write the list in square brackets: name: [first, second].`;
    }
    if (/["'\]}]\s+\S/.test(lineText.slice(0, column))) {
      return `There is text after the closing quote or bracket of this value. Put the whole value in quotes, or move the extra text inside them.`;
    }
    return `This line is out of place: it does not continue the ${words.field} above it. Check its indentation against the lines around it, and put any value containing a colon, a # or brackets in quotes.`;
  },
  BAD_DIRECTIVE: (_facts, words) =>
    `A line starting with % is a YAML directive, which ${words.where} does not use. Delete the line, or put the value in quotes if the % belongs to it.`,
  MULTIPLE_DOCS: (_facts, words) =>
    `${capital(words.where)} holds more than one YAML document (a line of \`---\` or \`...\` in the middle). Keep one, and delete the separator line.`,
  BAD_DQ_ESCAPE: () =>
    'Inside double quotes a backslash starts an escape such as \\n, and the one here is not one. Write \\\\ for a backslash, or use single quotes around the value.',
  BAD_SCALAR_START: ({ lineText, column }, words) => {
    const first = lineText.slice(Math.max(0, column - 1)).trimStart()[0] ?? '';
    const which = first === '|' || first === '>' ? `${first} (which starts a block of text)` : first;
    return `A value cannot start with ${which} unless it is in quotes. ${quoteFix(lineText, words)}`;
  },
  BLOCK_IN_FLOW: () =>
    'A multi-line block (after | or >, or a list with `- ` items) cannot go inside square brackets or braces. Write the value in quotes inside the brackets, or write the list one item per line.',
  KEY_OVER_1024_CHARS: (_facts, words) =>
    `The text before the colon on this line is longer than YAML allows for a ${words.field} name, so the colon after the name is probably missing on an earlier line. Write \`name: value\` with the colon straight after the name.`,
  NON_STRING_KEY: (_facts, words) => `A ${words.field} name must be plain text, not a list or a record in brackets. Write \`name: value\`.`,
  ALIAS_PROPS: (_facts, words) => explainers.ALIAS(_facts, words),
  BAD_ALIAS: (_facts, words) => explainers.ALIAS(_facts, words),
  MULTIPLE_ANCHORS: (_facts, words) => explainers.ALIAS(_facts, words),
  BAD_PROP_ORDER: (_facts, words) => explainers.ALIAS(_facts, words),
  ALIAS: (_facts, words) =>
    `YAML aliases and anchors (\`*name\`, \`&name\`) are not allowed in ${words.where}. Write the value out in full.`,
  MULTIPLE_TAGS: (facts, words) => explainers.TAG(facts, words),
  TAG_RESOLVE_FAILED: (facts, words) => explainers.TAG(facts, words),
  BAD_COLLECTION_TYPE: (facts, words) => explainers.TAG(facts, words),
  TAG: ({ detail }, words) =>
    `YAML tags (a word starting with !, such as ${detail ? `\`${detail.replace(/^tag:yaml\.org,2002:/, '!!')}\`` : '`!!str`'}) are not allowed in ${words.where}. Remove the tag before the value; put the value in quotes if it must be text.`,
  RESOURCE_EXHAUSTION: (facts, words) => explainers.TOO_DEEP(facts, words),
  TOO_DEEP: (_facts, words) =>
    `The value here is nested too deeply (brackets inside brackets, or indentation that keeps growing). A ${words.field} is at most a few levels deep: check for brackets that are never closed and for lines indented further than the one above.`,
  NOT_A_MAPPING: (_facts, words) =>
    words.field === 'field'
      ? 'The frontmatter must be a list of `field: value` lines, such as `id: "HM-01"`.'
      : 'The config file must be a set of `setting: value` lines, such as `organisation: Craigmhor Housing Association`.',
  IMPOSSIBLE: (_facts, words) =>
    `${capital(words.where)} could not be read at this point. Check the line for unclosed quotes or brackets; if it looks right, please report it with the line.`,
};

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A YAML problem in plain words with its fix, for a policy's frontmatter or for the config file. */
export function explainYamlProblem(facts: YamlProblemFacts, source: YamlSource): string {
  const words = WORDS[source];
  const message = explainers[facts.code](facts, words);
  return hasTypographicQuotes(facts.lineText) ? `${message} ${typographicQuotesHint('This line')}` : message;
}

/**
 * Word and Outlook turn straight quotes into curly ones, which YAML does not treat as quotes at all: the value then
 * keeps them as text. The hint is shared with the schema's messages about such a value.
 */
export function typographicQuotesHint(subject: string): string {
  return `${subject} has curly quotes (“ ” or ‘ ’, as word processors write them), which YAML keeps as part of the text. Retype them as straight quotes (" or ').`;
}

/** Whether text carries curly quotes, as text pasted from a word processor does. */
export function hasTypographicQuotes(value: string): boolean {
  return TYPOGRAPHIC_QUOTES.test(value);
}

/** Every problem code with an explanation (the yaml package's codes are all here: the compiler checks it). */
export const EXPLAINED_YAML_CODES = Object.keys(explainers) as YamlProblemCode[];
