// Publication that guidance expects of a housing association (its ASB, tenancy and allocations policies): a warning,
// since the duty to publish is not confirmed against the statute or standard's text for private registered providers.
import type { Grade } from '../../engine/pack.js';
import { defineRule } from '../../engine/rule.js';
import { SOURCES } from './data.js';
import { checkPublication, PUBLICATION_MESSAGES } from './publication.js';

export default defineRule({
  id: 'expected-publication',
  pack: 'england',
  scope: 'policy',
  meta: {
    description:
      "A housing association's ASB, tenancy and allocations policies record where and when they were published, after their latest approval.",
    basis: {
      grade: 'guidance',
      citation: 'Housing Ombudsman guidance (ASB policies published); Tenancy Standard (tenancy and allocations policies published)',
      source: SOURCES.tenancy,
    },
    messages: PUBLICATION_MESSAGES,
    defaultOptions: {},
  },
  check(context) {
    checkPublication(context, new Set<Grade>(['guidance', 'good-practice']));
  },
});
