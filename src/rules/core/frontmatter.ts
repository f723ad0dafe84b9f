// A file that cannot be read or parsed as a policy: reported once, and no other rule runs on it.
import { defineRule } from '../../engine/rule.js';

export default defineRule({
  id: 'frontmatter',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'The file can be read, starts with YAML frontmatter between `---` lines that parses, and its text can be read.',
    messages: { unreadable: '{{problem}}', 'body-unreadable': '{{problem}}' },
    stopsFile: true,
    defaultOptions: {},
  },
  check({ policy, report }) {
    if (policy.loadProblem) {
      const { line, column, endLine, endColumn, message } = policy.loadProblem;
      report({ messageId: 'unreadable', data: { problem: message }, location: { line, column, endLine, endColumn } });
    }
    // The body exceeded the bounds its parse is held to: the rules that read it could not run.
    if (policy.bodyProblem)
      report({
        messageId: 'body-unreadable',
        data: { problem: policy.bodyProblem.message },
        location: { line: policy.bodyProblem.line, column: 1 },
      });
  },
});
