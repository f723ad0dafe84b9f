// Every field is of the policy format and holds a value of the right kind (schemas/policy.schema.json).
import { defineRule } from '../../engine/rule.js';

export default defineRule({
  id: 'schema',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'The frontmatter matches the policy format: required fields present, no unknown fields, values of the right kind.',
    messages: { invalid: '{{problem}}' },
    defaultOptions: {},
  },
  check({ policy, report }) {
    for (const finding of policy.schemaFindings) {
      report({ messageId: 'invalid', data: { problem: finding.message }, field: finding.path, at: finding.at });
    }
  },
});
