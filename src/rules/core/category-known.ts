// A category the config does not list gets none of its settings: a misspelt housing-management would quietly
// lose the duty to consult (s54) and the category's review cycle.
import { defineRule } from '../../engine/rule.js';
import { closest } from '../../util/suggest.js';

export default defineRule({
  id: 'category-known',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: "When policies.config.yaml lists categories, every policy's category is one of them.",
    basis: {
      grade: 'board-rule',
      citation: 'The categories the register uses (policies.config.yaml); a category decides which duties apply',
    },
    messages: {
      unknown:
        'category is {{category}}, which is not one of the categories in policies.config.yaml, so none of its settings (consultation, review cycle, committee) apply.{{suggestion}}',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const category = policy.data.category;
    if (category === undefined || config.categories.size === 0 || config.categories.has(category)) return;
    const known = [...config.categories.keys()];
    const near = closest(category, known);
    const suggestion = near
      ? ` Did you mean ${near}? Write category: ${near}`
      : ` Use one of: ${known.join(', ')}; or add ${category} to categories in policies.config.yaml.`;
    report({ field: ['category'], messageId: 'unknown', data: { category, suggestion } });
  },
});
