// References to the regulator's standards are evidence for the Annual Assurance Statement: they must name real ones.
import { knownReferences, normaliseReference, SHR_STANDARDS } from './data/shr-standards.js';
import { defineRule } from '../../engine/rule.js';
import { scotlandOptions } from './options.js';
import { SOURCES } from './sources.js';

export default defineRule({
  id: 'regulatory-standards',
  pack: 'scotland',
  scope: 'policy',
  meta: {
    description:
      'Each regulatory_standards entry is a Scottish Housing Regulator standard or guidance point (SHR 1 to SHR 7, SHR N.M), or one the config adds.',
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Scottish Housing Regulator, Regulatory Framework (February 2024): Standards of Governance and Financial Management',
      source: SOURCES.framework,
    },
    messages: {
      unknownStandard:
        'regulatory_standards lists "{{value}}", but the regulator has Standards 1 to 7 only. Use one of SHR 1 to SHR 7, e.g. "SHR 4" ({{example}}).',
      unknownPoint:
        'regulatory_standards lists "{{value}}", which is not a guidance point this tool knows (the guidance points under Standard {{standard}} may be numbered differently). If it is right, add "{{normal}}" to scotland.regulatory_standards in policies.config.yaml.',
      unknownForm:
        'regulatory_standards lists "{{value}}", which is not written as a regulator reference. Write "SHR 4" for a standard or "SHR 4.3" for a guidance point; Acts and regulations belong in legislation.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const known = knownReferences(scotlandOptions(config).regulatory_standards);
    (policy.data.regulatory_standards ?? []).forEach((value, i) => {
      const normal = normaliseReference(value);
      if (known.has(value.trim()) || (normal && known.has(normal))) return;
      const field = ['regulatory_standards', i];
      if (!normal) {
        report({ field, messageId: 'unknownForm', data: { value } });
        return;
      }
      const standard = Number(normal.slice(4).split('.')[0]);
      if (!SHR_STANDARDS.has(standard)) {
        report({ field, messageId: 'unknownStandard', data: { value, example: SHR_STANDARDS.get(4)! } });
        return;
      }
      report({ field, messageId: 'unknownPoint', data: { value, normal, standard } });
    });
  },
});
