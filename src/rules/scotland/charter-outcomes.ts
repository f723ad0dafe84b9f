// Charter outcomes are how the regulator and tenants read a landlord's performance: a wrong number misfiles the policy.
import { CHARTER_EDITION, CHARTER_OUTCOMES, LIMITED_OUTCOMES, outcomeName } from './data/charter.js';
import { defineRule } from '../../engine/rule.js';
import { SOURCES } from './sources.js';

interface Options {
  /** The landlord provides Gypsy/Traveller sites, so outcome 16 applies. */
  provides_sites: boolean;
  /** The landlord is a local council, so outcome 12 applies. */
  local_authority: boolean;
}

export default defineRule<Options>({
  id: 'charter-outcomes',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description: 'charter_outcomes lists only outcomes of the current Scottish Social Housing Charter that apply to the landlord.',
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Scottish Social Housing Charter (November 2022), set under Housing (Scotland) Act 2010 s31',
      source: SOURCES.charter,
    },
    messages: {
      unknown:
        'charter_outcomes lists {{n}}, but the {{edition}} has outcomes 1 to 16 only. Use the number of the outcome the policy serves, e.g. 11 (Tenancy sustainment).',
      notApplicable:
        'charter_outcomes lists {{outcome}}, which {{why}}. Remove it, or set the rule option {{option}}: true if it applies to you.',
    },
    defaultOptions: { provides_sites: false, local_authority: false },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { provides_sites: { type: 'boolean' }, local_authority: { type: 'boolean' } },
    },
  },
  check({ policy, options, report }) {
    (policy.data.charter_outcomes ?? []).forEach((n, i) => {
      if (!CHARTER_OUTCOMES.has(n)) {
        report({ field: ['charter_outcomes', i], messageId: 'unknown', data: { n, edition: CHARTER_EDITION } });
        return;
      }
      const limited = LIMITED_OUTCOMES.get(n);
      const option = n === 12 ? 'local_authority' : 'provides_sites';
      if (limited && !options[option])
        report({ field: ['charter_outcomes', i], messageId: 'notApplicable', data: { outcome: outcomeName(n), why: limited, option } });
    });
  },
});
