// The England pack: registered providers of social housing in England (housing associations and councils) under
// the Regulator of Social Housing's standards, the Housing Ombudsman's Complaint Handling Code, Awaab's Law and the
// Building Safety Act 2022. Everything English lives in this folder; the duties themselves are data (data.ts).
import { definePack, type Basis } from '../../engine/pack.js';
import allocationAppeals from './allocation-appeals.js';
import competenceTenantInfluence from './competence-tenant-influence.js';
import complaintsSelfAssessment from './complaints-self-assessment.js';
import { ENGLAND_KINDS, REQUIRED_POLICIES, SOURCES, TIMESCALES } from './data.js';
import expectedPolicies from './expected-policies.js';
import expectedPublication from './expected-publication.js';
import healthAndSafetyLead from './health-and-safety-lead.js';
import memberResponsibleForComplaints from './member-responsible-for-complaints.js';
import ombudsmanSubmission from './ombudsman-submission.js';
import { ENGLAND_OPTIONS } from './options.js';
import publication from './publication.js';
import { englandConfigTemplate } from './starter-config.js';
import secureTenantConsultation from './secure-tenant-consultation.js';
import tenantSatisfactionMeasures from './tenant-satisfaction-measures.js';

/** The regulator sets no review cycle: a review date is the board's own rule. */
const REVIEW_PROGRAMME: Basis = {
  grade: 'board-rule',
  citation: "The board's review date; the Regulator of Social Housing expects policies kept up to date but sets no review cycle",
  source: SOURCES.gfv,
};

/** s149 requires due regard, not a document: an impact assessment is how the regard is shown. */
const EQUALITY: Basis = {
  grade: 'guidance',
  citation:
    "Equality Act 2010 s149 requires due regard (all functions of a council; a housing association's functions of a public nature, " +
    'R (Weaver) v L&Q [2009] EWCA Civ 587); a recorded equality impact assessment is how the regard is evidenced',
  source: SOURCES.equality149,
};

export default definePack({
  id: 'england',
  jurisdiction: 'england',
  title:
    "England: the Regulator of Social Housing's standards, the Housing Ombudsman's Complaint Handling Code, Awaab's Law and building safety",
  rules: [
    { rule: allocationAppeals, severity: 'warning' },
    { rule: competenceTenantInfluence, severity: 'warning' },
    { rule: complaintsSelfAssessment, severity: 'error' },
    { rule: expectedPolicies, severity: 'warning' },
    { rule: expectedPublication, severity: 'warning' },
    { rule: healthAndSafetyLead, severity: 'error' },
    { rule: memberResponsibleForComplaints, severity: 'error' },
    { rule: ombudsmanSubmission, severity: 'error' },
    { rule: publication, severity: 'error' },
    { rule: secureTenantConsultation, severity: 'error' },
    { rule: tenantSatisfactionMeasures, severity: 'error' },
  ],
  reference: [
    { id: 'consumer-standards', title: 'Regulator of Social Housing consumer standards', source: SOURCES.tia, version: '2024-04-01' },
    { id: 'complaint-handling-code', title: 'Housing Ombudsman Complaint Handling Code', source: SOURCES.code, version: '2024-04-01' },
    {
      id: 'awaabs-law',
      title: 'Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025',
      source: SOURCES.awaab,
      version: '2025-10-27',
    },
  ],
  kinds: ENGLAND_KINDS,
  duties: {
    'tenant-affecting': {
      kinds: ['tenancy', 'tenant-engagement', 'residents-engagement-strategy', 'damp-and-mould', 'adaptations', 'mutual-exchange'],
    },
  },
  requiredPolicies: REQUIRED_POLICIES,
  timescales: TIMESCALES,
  fields: {
    published: {
      title: 'Published',
      description:
        'Where and when the approved version was published (England pack): required for the ASB statement, the complaints, ' +
        "tenancy and allocations policies, the staff competence policy and code of conduct, and a council's tenancy strategy.",
      type: 'object',
      additionalProperties: false,
      properties: {
        date: { title: 'Date published', type: 'string', format: 'date' },
        url: { title: 'Address', type: 'string', pattern: '^https?://' },
      },
      examples: [{ date: '2025-11-20', url: 'https://www.example.org.uk/policies/anti-social-behaviour' }],
    },
  },
  lendsBasis: {
    'core/review-overdue': REVIEW_PROGRAMME,
    'core/review-due-soon': REVIEW_PROGRAMME,
    'core/eia-recorded': EQUALITY,
    'core/eia-timing': EQUALITY,
  },
  options: ENGLAND_OPTIONS,
  starterConfig: englandConfigTemplate,
});
