// Factored owners are not tenants (s54 does not apply to them): the Property Factors (Scotland) Act 2011 and its Code
// of Conduct require a written statement of services, which the factoring policy records.
import { defineRule } from '../../engine/rule.js';
import { kindOf } from '../../register/kinds.js';
import { isInForce } from '../../register/review.js';
import { scotlandField, type WrittenStatement } from './fields.js';
import { SOURCES } from './sources.js';

export default defineRule({
  id: 'factoring-statement',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description: 'A factoring policy in force records when the written statement of services was issued to homeowners.',
    basis: {
      grade: 'statute',
      citation:
        'Property Factors (Scotland) Act 2011 s14 and the Code of Conduct for Property Factors (2021), section 1: a written statement of services',
      source: SOURCES.propertyFactorsAct,
    },
    messages: {
      none: 'This factoring policy records no written statement of services. Factored owners are not tenants: the Property Factors (Scotland) Act 2011 Code requires a written statement of services. Record written_statement: { issued: YYYY-MM-DD }.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    if (!isInForce(policy) || kindOf(policy, config)?.id !== 'factoring') return;
    if (!scotlandField<WrittenStatement>(policy, 'written_statement')?.issued) report({ field: ['title'], at: 'key', messageId: 'none' });
  },
});
