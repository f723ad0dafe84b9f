// The Scotland pack: Scottish registered social landlords under the Housing (Scotland) Acts, the Scottish Social
// Housing Charter and the Scottish Housing Regulator's framework. Everything Scottish lives in this folder.
import { definePack, type Basis } from '../../engine/pack.js';
import charterOutcomes from './charter-outcomes.js';
import { CHARTER_EDITION, CHARTER_OUTCOMES, LIMITED_OUTCOMES } from './data/charter.js';
import { normaliseReference, SHR_GUIDANCE_POINTS_SOURCE, SHR_STANDARDS } from './data/shr-standards.js';
import { SCOTLAND_OPTIONS } from './options.js';
import regulatoryStandards from './regulatory-standards.js';
import allocations from './allocations.js';
import factoringStatement from './factoring-statement.js';
import { SCOTLAND_FIELDS } from './fields.js';
import rentIncreases from './rent-increases.js';
import { SCOTLAND_REQUIRED_POLICIES } from './required-policies.js';
import { SOURCES } from './sources.js';
import tenantConsultation from './tenant-consultation.js';

/** The regulator expects decisions on good information, but sets no review cycle: a review date is the board's own rule. */
const REVIEW_PROGRAMME: Basis = {
  grade: 'board-rule',
  citation:
    "The board's review date; the SHR expects decisions based on good quality information and advice (Regulatory Standard 4), but sets no review cycle",
  source: SOURCES.framework,
};

const SPSO_MODEL: Omit<Basis, 'citation'> = { grade: 'statute', source: SOURCES.spsoModelChp };

export default definePack({
  id: 'scotland',
  jurisdiction: 'scotland',
  title: 'Scotland: Housing (Scotland) Acts, the Scottish Social Housing Charter and the Scottish Housing Regulator',
  rules: [
    { rule: allocations, severity: 'error' },
    { rule: charterOutcomes, severity: 'error' },
    { rule: factoringStatement, severity: 'error' },
    { rule: regulatoryStandards, severity: 'warning' },
    { rule: rentIncreases, severity: 'error' },
    { rule: tenantConsultation, severity: 'error' },
  ],
  reference: [
    { id: 'charter', title: CHARTER_EDITION, source: SOURCES.charter, version: '2022-11-01' },
    { id: 'shr-framework', title: 'Scottish Housing Regulator, Regulatory Framework', source: SOURCES.framework, version: '2024-02-13' },
    {
      id: 'shr-guidance-points',
      title: 'Guidance points of the Regulatory Standards (2019 numbering, unverified against 2024)',
      ...SHR_GUIDANCE_POINTS_SOURCE,
    },
  ],
  kinds: [
    {
      id: 'tenant-participation-strategy',
      title: 'Tenant participation strategy',
      hints: ['participation strategy', 'involvement strategy', 'engagement strategy', 'tenant participation'],
    },
    { id: 'factoring', title: 'Factoring (Property Factors (Scotland) Act 2011)', hints: ['factoring', 'property factor'] },
  ],
  duties: {
    'tenant-affecting': { kinds: ['tenant-participation-strategy'] },
  },
  requiredPolicies: SCOTLAND_REQUIRED_POLICIES,
  fields: SCOTLAND_FIELDS,
  timescales: {
    'complaints-handling': [
      {
        step: 'stage1-response',
        title: 'Stage 1 (frontline) response',
        max: { value: 5, unit: 'working-days' },
        basis: {
          ...SPSO_MODEL,
          citation:
            'SPSO model complaints handling procedure for RSLs (2021), specified under the Scottish Public Services Ombudsman Act 2002 s16C: stage 1 decision within 5 working days',
        },
      },
      {
        step: 'stage2-acknowledgement',
        title: 'Stage 2 acknowledgement',
        max: { value: 3, unit: 'working-days' },
        basis: {
          ...SPSO_MODEL,
          citation:
            'SPSO model complaints handling procedure for RSLs (2021), s16C specification: stage 2 acknowledged within 3 working days',
        },
      },
      {
        step: 'stage2-response',
        title: 'Stage 2 (investigation) decision',
        max: { value: 20, unit: 'working-days' },
        basis: {
          ...SPSO_MODEL,
          citation: 'SPSO model complaints handling procedure for RSLs (2021), s16C specification: stage 2 decision within 20 working days',
        },
      },
    ],
  },
  lendsBasis: {
    'core/review-overdue': REVIEW_PROGRAMME,
    'core/review-due-soon': REVIEW_PROGRAMME,
  },
  coverage: [
    {
      id: 'charter-outcomes',
      title: `${CHARTER_EDITION} outcomes`,
      field: 'charter_outcomes',
      items: [...CHARTER_OUTCOMES]
        .filter(([n]) => !LIMITED_OUTCOMES.has(n))
        .map(([n, title]) => ({ key: String(n), title: `Outcome ${n}: ${title}` })),
    },
    {
      id: 'regulatory-standards',
      title: "The Scottish Housing Regulator's Standards of Governance and Financial Management",
      field: 'regulatory_standards',
      items: [...SHR_STANDARDS].map(([n, title]) => ({ key: `SHR ${n}`, title: `SHR ${n}: ${title}` })),
      keyOf: (value) => (typeof value === 'string' ? normaliseReference(value)?.split('.')[0] : undefined),
    },
  ],
  options: SCOTLAND_OPTIONS,
});
