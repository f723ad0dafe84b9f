// The one component that decides where a policy's frontmatter starts and ends.
import { createRequire } from 'node:module';
import type matterFunction from 'gray-matter';

// gray-matter (CommonJS) is loaded only for frontmatter marked with a language (`---js`), which no policy needs.
const require = createRequire(import.meta.url);

/** Why a file's frontmatter could not be split off. */
export type SplitProblemKind = 'no-frontmatter' | 'blank-before-fence' | 'unclosed' | 'language' | 'toml' | 'empty' | 'too-large';

/**
 * The most a frontmatter block may hold. Real ones are 1 to 3 KiB; the limit keeps a crafted block of thousands of
 * fields (whose duplicate-key checks cost time with the square of their number) from stalling a check.
 */
export const MAX_FRONTMATTER_BYTES = 32 * 1024;

export interface SplitProblem {
  kind: SplitProblemKind;
  line: number;
  column: number;
  message: string;
}

export interface SplitOk {
  ok: true;
  /** The YAML between the fences. Its line N is line N + yamlLineOffset of the file. */
  yaml: string;
  yamlLineOffset: number;
  /** 1-based line of the closing fence. */
  closeLine: number;
  /** 1-based line where the body starts (after the closing fence). */
  bodyStartLine: number;
  body: string;
  hasBom: boolean;
}

export type SplitResult = SplitOk | ({ ok: false; hasBom: boolean } & SplitProblem);

class RefusedLanguage extends Error {}

const refuse = (language: string) => ({
  parse(): never {
    throw new RefusedLanguage(language);
  },
});

/**
 * gray-matter's default engines run `---js` frontmatter through eval, and its cache hands back shared
 * objects. We always pass options (no cache) and replace every engine: YAML text is captured raw, for
 * the `yaml` package to parse with positions; every other language is refused and nothing is run.
 */
function grayMatterLanguage(text: string): { ok: true } | { ok: false; language: string } {
  let refused: string | undefined;
  const matter = require('gray-matter') as typeof matterFunction;
  try {
    matter(text, {
      language: 'yaml',
      delimiters: '---',
      excerpt: false,
      engines: {
        yaml: { parse: () => ({}) },
        yml: { parse: () => ({}) },
        js: refuse('js'),
        javascript: refuse('javascript'),
        coffee: refuse('coffee'),
        coffeescript: refuse('coffeescript'),
        cson: refuse('cson'),
        json: refuse('json'),
        toml: refuse('toml'),
      },
    } as unknown as Parameters<typeof matter>[1]);
  } catch (error) {
    if (error instanceof RefusedLanguage) refused = error.message;
    else {
      // gray-matter's own words for a language with no engine: `engine "ruby" is not registered`.
      const match = /engine "([^"]*)" is not registered/.exec(String((error as Error)?.message ?? error));
      refused = match?.[1] ?? 'unknown';
    }
  }
  return refused === undefined ? { ok: true } : { ok: false, language: refused };
}

const OPEN_FENCE = /^---([^\r\n]*)$/;
const CLOSE_FENCE = /^---[ \t]*$/;

/**
 * Split a policy file into YAML frontmatter and Markdown body. The fence rules match
 * micromark-extension-frontmatter (used for the body), so both agree on every file:
 * an opening `---` on line 1, a closing `---` on a line of its own, trailing spaces or tabs allowed.
 */
export function splitFrontmatter(input: string): SplitResult {
  const hasBom = input.charCodeAt(0) === 0xfeff;
  const text = hasBom ? input.slice(1) : input;
  const lines = text.split('\n');
  const first = (lines[0] ?? '').replace(/\r$/, '');

  if (text.trim() === '') {
    return { ok: false, hasBom, kind: 'empty', line: 1, column: 1, message: 'The file is empty.' };
  }
  if (/^\+\+\+[ \t]*$/.test(first)) {
    return { ok: false, hasBom, kind: 'toml', line: 1, column: 1, message: 'This file starts with `+++` (TOML frontmatter).' };
  }
  const open = OPEN_FENCE.exec(first);
  if (!open) {
    const fence = lines.findIndex((line) => line.trim() !== '');
    if (fence > 0 && OPEN_FENCE.test((lines[fence] ?? '').replace(/\r$/, '').trimEnd())) {
      const blank = fence === 1 ? 'a blank line' : `${fence} blank lines`;
      return {
        ok: false,
        hasBom,
        kind: 'blank-before-fence',
        line: 1,
        column: 1,
        message: `The file starts with ${blank} before its \`---\` line, so its fields are not read as frontmatter.`,
      };
    }
    return { ok: false, hasBom, kind: 'no-frontmatter', line: 1, column: 1, message: 'The file does not start with a `---` line.' };
  }
  const language = (open[1] ?? '').trim();
  if (language !== '') {
    const verdict =
      language.toLowerCase() === 'yaml' || language.toLowerCase() === 'yml' ? { ok: true as const } : grayMatterLanguage(text);
    if (!verdict.ok) {
      return { ok: false, hasBom, kind: 'language', line: 1, column: 4, message: `The frontmatter is marked as \`${language}\`.` };
    }
  }

  let closeIndex = -1;
  for (let i = 1; i < lines.length; i++) {
    if (CLOSE_FENCE.test((lines[i] ?? '').replace(/\r$/, ''))) {
      closeIndex = i;
      break;
    }
  }
  if (closeIndex === -1) {
    return { ok: false, hasBom, kind: 'unclosed', line: 1, column: 1, message: 'The frontmatter opened on line 1 is never closed.' };
  }
  const yaml = lines.slice(1, closeIndex).join('\n');
  if (yaml.length > MAX_FRONTMATTER_BYTES) {
    return {
      ok: false,
      hasBom,
      kind: 'too-large',
      line: 1,
      column: 1,
      message: `The frontmatter (lines 2 to ${closeIndex}) is ${Math.ceil(Buffer.byteLength(yaml) / 1024)} KiB, more than the ${MAX_FRONTMATTER_BYTES / 1024} KiB a policy's fields may take. Keep long text in the body of the policy, below the closing \`---\`.`,
    };
  }
  return {
    ok: true,
    hasBom,
    yaml,
    yamlLineOffset: 1,
    closeLine: closeIndex + 1,
    bodyStartLine: closeIndex + 2,
    body: lines.slice(closeIndex + 1).join('\n'),
  };
}
