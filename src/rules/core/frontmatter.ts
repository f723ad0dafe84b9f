// A file that cannot be read or parsed as a policy: reported once, and no other rule runs on it.
import { defineRule } from '../../engine/rule.js';

export default defineRule({
  id: 'frontmatter',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'The file can be read, and starts with YAML frontmatter between `---` lines that parses.',
    messages: { unreadable: '{{problem}}' },
    stopsFile: true,
    defaultOptions: {},
  },
  check({ policy, report }) {
    if (policy.loadProblem) {
      const { line, column, endLine, endColumn, kind } = policy.loadProblem;
      const problem = kind === 'duplicate-key' ? duplicateKey(policy.text, line, column) ?? policy.loadProblem.message : policy.loadProblem.message;
      report({ messageId: 'unreadable', data: { problem }, location: { line, column, endLine, endColumn } });
    }
  },
});

/** "The field title appears twice": the duplicate named from the text at the problem's position. */
function duplicateKey(text: string, line: number, column: number): string | undefined {
  const at = text.split(/\r?\n/)[line - 1]?.slice(column - 1) ?? '';
  const key = /^\s*(?:-\s+)?["']?([^"':#{}[\],]+?)["']?\s*:/.exec(at)?.[1];
  if (!key) return undefined;
  return `The field ${key} appears twice at the same level of the frontmatter; YAML does not merge them, and which one counts would be a guess. Keep one ${key} and delete the other.`;
}
