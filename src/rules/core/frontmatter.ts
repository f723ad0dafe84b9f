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
      const { line, column, endLine, endColumn, message } = policy.loadProblem;
      report({ messageId: 'unreadable', data: { problem: message }, location: { line, column, endLine, endColumn } });
    }
  },
});
