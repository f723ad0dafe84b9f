// Every field is of the policy format and holds a value of the right kind (schemas/policy.schema.json).
import { defineRule } from '../../engine/rule.js';
import { hiddenSummary } from '../../schema/explain.js';

export default defineRule({
  id: 'schema',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'The frontmatter matches the policy format: required fields present, no unknown fields, values of the right kind.',
    messages: { invalid: '{{problem}}' },
    unwaivable: true,
    defaultOptions: {},
  },
  check({ policy, report }) {
    const id = policy.raw.id;
    const idAbsent = !('id' in policy.raw) || id === null || (typeof id === 'string' && id.trim() === '');
    let hidden = 0;
    for (const finding of policy.schemaFindings) {
      // A missing or empty id is core/id-missing's finding: one message per problem.
      if (idAbsent && (finding.missing === 'id' || (finding.path.length === 1 && finding.path[0] === 'id'))) continue;
      if (finding.hidden) hidden++;
      else report({ messageId: 'invalid', data: { problem: finding.message }, field: finding.path, at: finding.at });
    }
    if (hidden > 0) report({ messageId: 'invalid', data: { problem: hiddenSummary(hidden) }, field: [], at: 'key' });
  },
});
