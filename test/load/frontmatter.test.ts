// The one component that decides where frontmatter ends, pinned on its edge cases.
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/load/frontmatter.js';

describe('splitFrontmatter', () => {
  it.each([
    ['a plain fence', '---\nid: "A"\n---\n# Body\n', 'id: "A"', 3, 4],
    ['a closing fence with trailing spaces', '---\nid: "A"\n---   \n# Body\n', 'id: "A"', 3, 4],
    ['an opening fence with trailing spaces and a tab', '--- \t\nid: "A"\n---\n', 'id: "A"', 3, 4],
    ['CRLF line endings', '---\r\nid: "A"\r\n---\r\n# Body\r\n', 'id: "A"', 3, 4],
    ['a byte-order mark', '\uFEFF---\nid: "A"\n---\n', 'id: "A"', 3, 4],
    ['empty frontmatter', '---\n---\nBody\n', '', 2, 3],
    ['a body that contains another fence', '---\nid: "A"\n---\ntext\n---\nmore\n', 'id: "A"', 3, 4],
    ['a file that ends at the closing fence', '---\nid: "A"\n---', 'id: "A"', 3, 4],
  ])('splits %s', (_, text, yaml, closeLine, bodyStartLine) => {
    const split = splitFrontmatter(text);
    expect(split.ok).toBe(true);
    if (!split.ok) return;
    expect(split.yaml.replace(/\r/g, '').trim()).toBe(yaml);
    expect(split.closeLine).toBe(closeLine);
    expect(split.bodyStartLine).toBe(bodyStartLine);
  });

  it.each([
    ['an empty file', '', 'empty'],
    ['only white space', '  \n\n', 'empty'],
    ['no frontmatter', '# Title\n', 'no-frontmatter'],
    ['an unclosed fence', '---\nid: "A"\n# Body\n', 'unclosed'],
    ['a fence of four dashes as the closer', '---\nid: "A"\n----\n', 'unclosed'],
    ['a ---js fence', '---js\nmodule.exports = {}\n---\n', 'language'],
    ['a ---JavaScript fence', '---JavaScript\n{}\n---\n', 'language'],
    ['a ---coffee fence', '---coffee\nid: 1\n---\n', 'language'],
    ['a ---ruby fence', '---ruby\nid: 1\n---\n', 'language'],
    ['TOML', '+++\nid = "A"\n+++\n', 'toml'],
  ])('refuses %s', (_, text, kind) => {
    const split = splitFrontmatter(text);
    expect(split.ok).toBe(false);
    if (split.ok) return;
    expect(split.kind).toBe(kind);
    expect(split.line).toBeGreaterThanOrEqual(1);
  });

  it('never runs a ---js block', () => {
    const split = splitFrontmatter('---js\nglobalThis.ranFrontmatter = true\n---\n');
    expect(split.ok).toBe(false);
    expect((globalThis as { ranFrontmatter?: boolean }).ranFrontmatter).toBeUndefined();
  });
});
