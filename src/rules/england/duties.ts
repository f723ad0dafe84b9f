// The English duties as data: each with its grade, citation and public source, who it applies to and from when.
// Grades follow what was confirmed against the primary text (docs/rules/england/README.md lists what was checked);
// anything not confirmed is graded guidance or good practice, so no finding claims more than its source supports.

export type Grade = 'statute' | 'regulatory-requirement' | 'guidance' | 'good-practice' | 'board-rule';

export interface Basis {
  grade: Grade;
  citation: string;
  /** A public URL where the text can be read. */
  source: string;
}

/** A private registered provider (a housing association) or a local authority registered provider (a council). */
export type LandlordType = 'private-registered-provider' | 'local-authority';

export const LANDLORD_TYPES: readonly LandlordType[] = ['private-registered-provider', 'local-authority'];

/** A basis that differs by landlord type. */
export type BasisByLandlord = Basis | Readonly<Record<LandlordType, Basis>>;

export function basisFor(basis: BasisByLandlord, landlord: LandlordType): Basis {
  return 'grade' in basis ? basis : basis[landlord];
}

export const SOURCES = {
  asb218A: 'https://www.legislation.gov.uk/ukpga/1996/52/section/218A',
  neighbourhood: 'https://www.gov.uk/government/publications/neighbourhood-and-community-standard',
  tenancy: 'https://www.gov.uk/government/publications/tenancy-standard',
  tia: 'https://www.gov.uk/government/publications/transparency-influence-and-accountability-standard',
  safetyQuality: 'https://www.gov.uk/government/publications/safety-and-quality-standard',
  gfv: 'https://www.gov.uk/government/publications/governance-and-financial-viability-standard',
  code: 'https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/the-code-2024',
  annualSubmission: 'https://www.housing-ombudsman.org.uk/centre-for-learning/key-topics/complaint-handling/chc-annual-submissions/',
  awaab: 'https://www.legislation.gov.uk/ukdsi/2025/9780348273083',
  awaabGuidance: 'https://www.gov.uk/government/publications/awaabs-law-draft-guidance-for-social-landlords/awaabs-law-draft-guidance-for-social-landlords',
  bsa91: 'https://www.legislation.gov.uk/ukpga/2022/30/section/91',
  competence: 'https://www.gov.uk/government/consultations/competence-and-conduct-standard-for-social-housing-consultation',
  tsm: 'https://www.gov.uk/government/publications/tenant-satisfaction-measures-summary-of-publication-requirements',
  healthSafetyLead: 'https://www.legislation.gov.uk/ukpga/2023/36/section/10',
  ha1985s105: 'https://www.legislation.gov.uk/ukpga/1985/68/section/105',
  ha1996s166A: 'https://www.legislation.gov.uk/ukpga/1996/52/section/166A',
  localism150: 'https://www.legislation.gov.uk/ukpga/2011/20/section/150',
  homelessness: 'https://www.legislation.gov.uk/ukpga/2002/7/section/1',
  equality149: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149',
  weaver: 'https://www.bailii.org/ew/cases/EWCA/Civ/2009/587.html',
  gas: 'https://www.legislation.gov.uk/uksi/1998/2451/regulation/36',
  electrical: 'https://www.legislation.gov.uk/ukdsi/2025/9780348273007',
  fireSafety: 'https://www.legislation.gov.uk/uksi/2022/547',
  alarms: 'https://www.legislation.gov.uk/uksi/2015/1693',
  asbestos: 'https://www.legislation.gov.uk/uksi/2012/632/regulation/4',
  legionella: 'https://www.hse.gov.uk/pubns/books/l8.htm',
  lifts: 'https://www.legislation.gov.uk/uksi/1998/2307',
} as const;

/** A policy or strategy the register must hold, found by its kind. */
export interface RequiredDocument {
  /** Stable id (used to mark an item not applicable in the config). */
  id: string;
  /** What the register must hold, as a governance officer would name it. */
  title: string;
  /** Policy kinds that satisfy it (the first is the one to write). */
  kinds: readonly string[];
  basis: BasisByLandlord;
  /** Landlord types it applies to (default: both). */
  appliesTo?: readonly LandlordType[];
  /** The day the duty starts (YYYY-MM-DD); before it, the item is not required. */
  from?: string;
  /** The duty includes publishing the document. */
  publish?: boolean;
}

const PRP: readonly LandlordType[] = ['private-registered-provider'];
const LA: readonly LandlordType[] = ['local-authority'];

/** The policies and strategies an English social landlord is expected to have. */
export const REQUIRED_DOCUMENTS: readonly RequiredDocument[] = [
  {
    id: 'anti-social-behaviour',
    title: 'anti-social behaviour policy and procedures',
    kinds: ['anti-social-behaviour'],
    publish: true,
    basis: {
      'local-authority': {
        grade: 'statute',
        citation: 'Housing Act 1996 s218A (prepare an ASB policy and procedures, publish a statement of them, keep them under review, give a summary free on request)',
        source: SOURCES.asb218A,
      },
      'private-registered-provider': {
        grade: 'regulatory-requirement',
        citation: 'Neighbourhood and Community Standard 2.2.1 (a policy on how the provider works with relevant organisations to deter and tackle ASB); also Housing Act 1996 s218A',
        source: SOURCES.neighbourhood,
      },
    },
  },
  {
    id: 'tenancy',
    title: 'tenancy policy',
    kinds: ['tenancy'],
    publish: true,
    basis: {
      grade: 'guidance',
      citation: 'Tenancy Standard (2024), tenure expectations: publish clear and accessible tenancy policies (paragraph not confirmed against the Standard\'s text)',
      source: SOURCES.tenancy,
    },
  },
  {
    id: 'allocations',
    title: 'allocations policy with an appeals process',
    kinds: ['allocations'],
    publish: true,
    basis: {
      'local-authority': {
        grade: 'statute',
        citation: 'Housing Act 1996 s166A (allocation scheme, including the right to request a review of decisions)',
        source: SOURCES.ha1996s166A,
      },
      'private-registered-provider': {
        grade: 'regulatory-requirement',
        citation: 'Tenancy Standard 1.1.1 (allocate and let homes fairly and transparently); an appeals process is a specific expectation',
        source: SOURCES.tenancy,
      },
    },
  },
  {
    id: 'complaints',
    title: 'complaints policy under the Complaint Handling Code',
    kinds: ['complaints-handling'],
    publish: true,
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Housing Ombudsman Complaint Handling Code 2024 (statutory from 1 April 2024); Transparency, Influence and Accountability Standard 1.6.1',
      source: SOURCES.code,
    },
  },
  {
    id: 'damp-and-mould',
    title: 'damp and mould (hazards) policy',
    kinds: ['damp-and-mould'],
    publish: true,
    basis: {
      grade: 'guidance',
      citation: 'Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 set the timescales; the Housing Ombudsman expects landlords to set out how they apply them',
      source: SOURCES.awaabGuidance,
    },
  },
  ...([
    ['gas-safety', 'gas safety policy', 'Gas Safety (Installation and Use) Regulations 1998 reg 36', SOURCES.gas],
    ['electrical-safety', 'electrical safety policy', 'Electrical Safety Standards (Extension to the Social Rented Sector) Regulations 2025', SOURCES.electrical],
    ['fire-safety', 'fire safety policy', 'Regulatory Reform (Fire Safety) Order 2005; Fire Safety (England) Regulations 2022', SOURCES.fireSafety],
    ['asbestos', 'asbestos management policy', 'Control of Asbestos Regulations 2012 reg 4', SOURCES.asbestos],
    ['water-safety', 'water safety (legionella) policy', 'HSE Approved Code of Practice L8', SOURCES.legionella],
    ['lift-safety', 'lift safety policy', 'Lifting Operations and Lifting Equipment Regulations 1998', SOURCES.lifts],
    ['smoke-and-co-alarms', 'smoke and carbon monoxide alarm policy', 'Smoke and Carbon Monoxide Alarm (England) Regulations 2015 (as amended 2022)', SOURCES.alarms],
  ] as const).map(([kind, title, law, source]): RequiredDocument => ({
    id: kind,
    title,
    kinds: [kind],
    basis: {
      grade: 'good-practice',
      citation: `A written policy is good practice; the duty it serves is statutory: ${law}; Safety and Quality Standard (health and safety outcome)`,
      source,
    },
  })),
  {
    id: 'tenant-engagement',
    title: 'tenant engagement strategy',
    kinds: ['tenant-engagement'],
    basis: {
      grade: 'good-practice',
      citation: 'A written strategy is good practice; Transparency, Influence and Accountability Standard 1.3.1 requires landlords to take tenants\' views into account',
      source: SOURCES.tia,
    },
  },
  {
    id: 'adaptations',
    title: 'aids and adaptations policy',
    kinds: ['adaptations'],
    basis: { grade: 'good-practice', citation: 'Safety and Quality Standard (adaptations outcome; wording not confirmed)', source: SOURCES.safetyQuality },
  },
  {
    id: 'domestic-abuse',
    title: 'domestic abuse policy',
    kinds: ['domestic-abuse'],
    basis: {
      grade: 'good-practice',
      citation: 'A written policy is good practice; Neighbourhood and Community Standard 1.4.1 requires co-operation with agencies tackling domestic abuse',
      source: SOURCES.neighbourhood,
    },
  },
  {
    id: 'staff-competence',
    title: 'staff competence and development policy',
    kinds: ['staff-competence'],
    from: '2026-10-01',
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Competence and Conduct Standard (from October 2026): a written policy on developing and managing staff skills, knowledge, experience and conduct',
      source: SOURCES.competence,
    },
  },
  {
    id: 'code-of-conduct',
    title: 'staff code of conduct',
    kinds: ['code-of-conduct'],
    from: '2026-10-01',
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Competence and Conduct Standard (from October 2026): an adopted code of conduct for relevant staff, accessible to tenants',
      source: SOURCES.competence,
    },
  },
  {
    id: 'governance',
    title: 'governance framework (code of governance adopted)',
    kinds: ['governance'],
    appliesTo: PRP,
    basis: {
      grade: 'good-practice',
      citation: 'Governance and Financial Viability Standard (private registered providers only); adopting a code of governance is its expectation (wording not confirmed)',
      source: SOURCES.gfv,
    },
  },
  {
    id: 'tenancy-strategy',
    title: 'tenancy strategy',
    kinds: ['tenancy-strategy'],
    appliesTo: LA,
    publish: true,
    basis: { grade: 'statute', citation: 'Localism Act 2011 s150 (local housing authority tenancy strategy)', source: SOURCES.localism150 },
  },
  {
    id: 'homelessness-strategy',
    title: 'homelessness strategy',
    kinds: ['homelessness-strategy'],
    appliesTo: LA,
    publish: true,
    basis: { grade: 'statute', citation: 'Homelessness Act 2002 s1 (review and strategy at least every five years)', source: SOURCES.homelessness },
  },
];

/** The residents' engagement strategy each listed higher-risk building needs. */
export const RESIDENTS_ENGAGEMENT_STRATEGY = {
  kind: 'residents-engagement-strategy',
  basis: {
    grade: 'statute',
    citation: 'Building Safety Act 2022 s91 (the principal accountable person for an occupied higher-risk building must prepare a residents\' engagement strategy)',
    source: SOURCES.bsa91,
  } satisfies Basis,
} as const;

export type TimescaleUnit = 'hours' | 'working-days' | 'weeks';

/** A timescale the law or a statutory code sets; a policy of the kind promises one no longer. */
export interface Timescale {
  /** Key in the policy's promised timescales, e.g. `stage-2-response`. */
  key: string;
  title: string;
  kind: string;
  max: number;
  unit: TimescaleUnit;
  basis: Basis;
  from?: string;
}

const CODE_BASIS = (provision: string): Basis => ({
  grade: 'regulatory-requirement',
  citation: `Housing Ombudsman Complaint Handling Code 2024, ${provision}`,
  source: SOURCES.code,
});
const AWAAB_BASIS: Basis = {
  grade: 'statute',
  citation: 'Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 (Awaab\'s Law, implied by Landlord and Tenant Act 1985 s10A)',
  source: SOURCES.awaab,
};
const AWAAB_FROM = '2025-10-27';

export const TIMESCALES: readonly Timescale[] = [
  { key: 'stage-1-acknowledge', title: 'stage 1 acknowledgement', kind: 'complaints-handling', max: 5, unit: 'working-days', basis: CODE_BASIS('6.2') },
  { key: 'stage-1-response', title: 'stage 1 response', kind: 'complaints-handling', max: 10, unit: 'working-days', basis: CODE_BASIS('6.3') },
  { key: 'stage-1-extension', title: 'stage 1 extension', kind: 'complaints-handling', max: 10, unit: 'working-days', basis: CODE_BASIS('6.4') },
  { key: 'stage-2-acknowledge', title: 'stage 2 acknowledgement', kind: 'complaints-handling', max: 5, unit: 'working-days', basis: CODE_BASIS('6.11') },
  { key: 'stage-2-response', title: 'stage 2 response', kind: 'complaints-handling', max: 20, unit: 'working-days', basis: CODE_BASIS('section 6 (stage 2)') },
  { key: 'stage-2-extension', title: 'stage 2 extension', kind: 'complaints-handling', max: 20, unit: 'working-days', basis: CODE_BASIS('section 6 (stage 2)') },
  { key: 'emergency-hazard', title: 'emergency hazard investigated and made safe', kind: 'damp-and-mould', max: 24, unit: 'hours', basis: AWAAB_BASIS, from: AWAAB_FROM },
  { key: 'significant-hazard-investigation', title: 'significant hazard investigation', kind: 'damp-and-mould', max: 10, unit: 'working-days', basis: AWAAB_BASIS, from: AWAAB_FROM },
  { key: 'written-summary', title: 'written summary to the tenant after the investigation', kind: 'damp-and-mould', max: 3, unit: 'working-days', basis: AWAAB_BASIS, from: AWAAB_FROM },
  { key: 'safety-work', title: 'relevant safety work', kind: 'damp-and-mould', max: 5, unit: 'working-days', basis: AWAAB_BASIS, from: AWAAB_FROM },
  { key: 'further-works-start', title: 'further works physically started', kind: 'damp-and-mould', max: 12, unit: 'weeks', basis: AWAAB_BASIS, from: AWAAB_FROM },
];

/** Records the register keeps, with the basis of each check. */
export const RECORD_BASES = {
  selfAssessment: {
    grade: 'regulatory-requirement',
    citation: 'Housing Ombudsman Complaint Handling Code 2024 section 8 (self-assessment against the Code at least annually, approved by the governing body, published with its response)',
    source: SOURCES.code,
  },
  annualSubmission: {
    grade: 'regulatory-requirement',
    citation: 'Housing Ombudsman annual submission: by 30 September (1,000 or more homes) or within six months of the financial year end',
    source: SOURCES.annualSubmission,
  },
  memberResponsibleForComplaints: {
    grade: 'regulatory-requirement',
    citation: 'Housing Ombudsman Complaint Handling Code 2024 section 9 (a member of the governing body responsible for complaints)',
    source: SOURCES.code,
  },
  tenantSatisfactionMeasures: {
    grade: 'regulatory-requirement',
    citation: 'Transparency, Influence and Accountability Standard: all registered providers publish Tenant Satisfaction Measures annually; 1,000 or more homes also submit them to the regulator',
    source: SOURCES.tsm,
  },
  healthAndSafetyLead: {
    grade: 'statute',
    citation: 'Housing and Regeneration Act 2008 as amended by Social Housing (Regulation) Act 2023 s10 (designate a health and safety lead; in force 1 April 2024)',
    source: SOURCES.healthSafetyLead,
  },
} as const satisfies Record<string, Basis>;

/** The threshold (homes owned) above which TSMs are submitted to the regulator and the Ombudsman's deadline is 30 September. */
export const LARGE_PROVIDER_HOMES = 1000;

/** Consultation duties by landlord type. */
export const CONSULTATION_BASES = {
  secureTenants: {
    grade: 'statute',
    citation: 'Housing Act 1985 s105 (a landlord authority consults secure tenants substantially affected by a change in housing management policy)',
    source: SOURCES.ha1985s105,
  },
  competenceTenantInfluence: {
    grade: 'regulatory-requirement',
    citation: 'Competence and Conduct Standard: tenants given meaningful opportunities to influence and scrutinise the competence policy and the code of conduct',
    source: SOURCES.competence,
  },
  tenantInfluence: {
    grade: 'regulatory-requirement',
    citation: 'Transparency, Influence and Accountability Standard 1.3.1 (take tenants\' views into account in decision-making)',
    source: SOURCES.tia,
  },
} as const satisfies Record<string, Basis>;

/** The public sector equality duty: all functions of a council; the public functions of a housing association. */
export const EQUALITY_BASES: Readonly<Record<LandlordType, Basis>> = {
  'local-authority': {
    grade: 'statute',
    citation: 'Equality Act 2010 s149(1) (public sector equality duty; a council is a public authority for all its functions)',
    source: SOURCES.equality149,
  },
  'private-registered-provider': {
    grade: 'statute',
    citation: 'Equality Act 2010 s149(2) (the duty applies to a housing association\'s functions of a public nature, such as allocating and managing social housing: R (Weaver) v L&Q [2009] EWCA Civ 587)',
    source: SOURCES.equality149,
  },
};
