// What must be published, graded statute or regulatory requirement (guidance-graded publication is
// england/expected-publication's, a warning). A published record has a date, no earlier than the approval it
// publishes, and an address.
import type { Basis, Grade } from '../../engine/pack.js';
import { defineRule, type PolicyRuleContext } from '../../engine/rule.js';
import { currentApprovalDate, isInForce } from '../../register/review.js';
import type { LandlordType } from './data.js';
import { SOURCES } from './data.js';
import { englandOptions } from './options.js';
import { dateValue } from './records.js';

interface Publish {
  basis: Partial<Record<LandlordType, Basis>>;
  /** The duty starts on this day. */
  from?: string;
}

const BOTH = (basis: Basis): Publish['basis'] => ({ 'private-registered-provider': basis, 'local-authority': basis });

/** The kinds whose policies must be published, with the basis for each landlord type. */
export const MUST_PUBLISH: Readonly<Record<string, Publish>> = {
  'anti-social-behaviour': {
    basis: {
      'local-authority': {
        grade: 'statute',
        citation:
          'Housing Act 1996 s218A(3)-(6) (publish a statement of the ASB policy and procedures, and a revised statement after review)',
        source: SOURCES.asb218A,
      },
      'private-registered-provider': {
        grade: 'guidance',
        citation: 'Housing Ombudsman: social landlords publish their ASB policies and procedures (Housing Act 1996 s218A)',
        source: 'https://www.housing-ombudsman.org.uk/landlords/guidance-notes/anti-social-behaviour-policy/',
      },
    },
  },
  'complaints-handling': {
    basis: BOTH({
      grade: 'regulatory-requirement',
      citation: 'Housing Ombudsman Complaint Handling Code 2024 (the complaints policy published on the website)',
      source: SOURCES.code,
    }),
  },
  tenancy: {
    basis: BOTH({
      grade: 'guidance',
      citation: 'Tenancy Standard: publish clear and accessible tenancy policies (paragraph not confirmed against the 2024 text)',
      source: SOURCES.tenancy,
    }),
  },
  allocations: {
    basis: {
      'local-authority': {
        grade: 'statute',
        citation: 'Housing Act 1996 s168 (publish a summary of the allocation scheme, free of charge)',
        source: 'https://www.legislation.gov.uk/ukpga/1996/52/section/168',
      },
      'private-registered-provider': {
        grade: 'guidance',
        citation: 'Tenancy Standard: allocation and lettings policies published (paragraph not confirmed against the 2024 text)',
        source: SOURCES.tenancy,
      },
    },
  },
  'staff-competence': {
    from: '2026-10-01',
    basis: BOTH({
      grade: 'regulatory-requirement',
      citation: 'Competence and Conduct Standard: the competence policy made accessible to tenants',
      source: SOURCES.competence,
    }),
  },
  'staff-code-of-conduct': {
    from: '2026-10-01',
    basis: BOTH({
      grade: 'regulatory-requirement',
      citation: 'Competence and Conduct Standard: the code of conduct made accessible to tenants',
      source: SOURCES.competence,
    }),
  },
  'tenancy-strategy': {
    basis: {
      'local-authority': {
        grade: 'statute',
        citation: 'Localism Act 2011 s150 (prepare and publish a tenancy strategy)',
        source: SOURCES.localism150,
      },
    },
  },
};

export const PUBLICATION_MESSAGES = {
  internal:
    'This {{kind}} policy is marked publication: internal, but it must be published. Set publication: public and record where it is published (published: { date, url }).',
  notPublished:
    'This {{kind}} policy has no record of publication. Publish it where tenants and the public can read it and record published: { date, url }.',
  incomplete:
    'The publication record has no {{missing}}. Record both the date it was published and the address (published: { date, url }).',
  beforeApproval:
    'The published version dates from {{published}}, before the approval on {{approved}} that the text now rests on. Publish the approved version and update published.date.',
};

export function checkPublication({ policy, config, today, report }: PolicyRuleContext<unknown>, grades: ReadonlySet<Grade>): void {
  const kind = policy.data.kind;
  const publish = kind === undefined ? undefined : MUST_PUBLISH[kind];
  if (!publish || !isInForce(policy) || (publish.from && today < publish.from)) return;
  const basis = publish.basis[englandOptions(config).landlord_type];
  if (!basis || !grades.has(basis.grade)) return;
  const data = { kind: kind!, citation: basis.citation };
  if (policy.data.publication === 'internal') {
    report({ field: ['publication'], messageId: 'internal', data, basis });
    return;
  }
  const published = (policy.data as { published?: { date?: unknown; url?: unknown } }).published;
  if (!published) {
    report({ field: ['id'], at: 'key', messageId: 'notPublished', data, basis });
    return;
  }
  const date = dateValue(published.date);
  const missing = [date ? undefined : 'date', typeof published.url === 'string' && published.url ? undefined : 'url'].filter(Boolean);
  if (missing.length > 0) {
    report({ field: ['published'], at: 'key', messageId: 'incomplete', data: { missing: missing.join(' or ') }, basis });
    return;
  }
  const approved = currentApprovalDate(policy)?.date;
  if (approved && date! < approved)
    report({ field: ['published', 'date'], messageId: 'beforeApproval', data: { published: date!, approved }, basis });
}

export default defineRule({
  id: 'publication',
  pack: 'england',
  scope: 'policy',
  meta: {
    description:
      "A policy the law or the regulator requires to be published (a council's ASB statement, the complaints policy, the staff competence policy and code of conduct, a council's allocation summary and tenancy strategy) records where and when, after its latest approval.",
    // Each finding carries its kind's basis (statute or regulatory requirement): the rule claims only the weaker.
    basis: {
      grade: 'regulatory-requirement',
      citation:
        'per kind: Housing Act 1996 s218A and s168, Localism Act 2011 s150 (councils); Complaint Handling Code 2024; Competence and Conduct Standard',
      source: SOURCES.code,
    },
    messages: PUBLICATION_MESSAGES,
    defaultOptions: {},
  },
  check(context) {
    checkPublication(context, new Set<Grade>(['statute', 'regulatory-requirement']));
  },
});
