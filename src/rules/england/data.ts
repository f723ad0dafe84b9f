// The English duties as data: each with its grade, citation and public source, who it applies to and from when.
// Grades follow what was confirmed against the primary text (docs/england.md lists what was checked);
// what was not confirmed is graded guidance or good practice, so no finding claims more than its source supports.

type Grade = 'statute' | 'regulatory-requirement' | 'guidance' | 'good-practice' | 'board-rule';
interface Basis {
  grade: Grade;
  citation: string;
  source: string;
}

export const LANDLORD_TYPES = ['private-registered-provider', 'local-authority'] as const;
export type LandlordType = (typeof LANDLORD_TYPES)[number];

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
  awaabGuidance:
    'https://www.gov.uk/government/publications/awaabs-law-draft-guidance-for-social-landlords/awaabs-law-draft-guidance-for-social-landlords',
  bsa91: 'https://www.legislation.gov.uk/ukpga/2022/30/section/91',
  competence: 'https://www.gov.uk/government/consultations/competence-and-conduct-standard-for-social-housing-consultation',
  tsm: 'https://www.gov.uk/government/publications/tenant-satisfaction-measures-summary-of-publication-requirements',
  healthSafetyLead: 'https://www.legislation.gov.uk/ukpga/2023/36/section/10',
  ha1985s105: 'https://www.legislation.gov.uk/ukpga/1985/68/section/105',
  ha1996s166A: 'https://www.legislation.gov.uk/ukpga/1996/52/section/166A',
  localism150: 'https://www.legislation.gov.uk/ukpga/2011/20/section/150',
  homelessness: 'https://www.legislation.gov.uk/ukpga/2002/7/section/1',
  equality149: 'https://www.legislation.gov.uk/ukpga/2010/15/section/149',
  gas: 'https://www.legislation.gov.uk/uksi/1998/2451/regulation/36',
  electrical: 'https://www.legislation.gov.uk/ukdsi/2025/9780348273007',
  fireSafety: 'https://www.legislation.gov.uk/uksi/2022/547',
  alarms: 'https://www.legislation.gov.uk/uksi/2015/1693',
  asbestos: 'https://www.legislation.gov.uk/uksi/2012/632/regulation/4',
  legionella: 'https://www.hse.gov.uk/pubns/books/l8.htm',
  lifts: 'https://www.legislation.gov.uk/uksi/1998/2307',
} as const;

/** Kinds of policy English landlords have that the core vocabulary does not name. */
export const ENGLAND_KINDS = [
  { id: 'tenancy', title: 'Tenancy policy', hints: ['tenancy policy', 'tenancy management'] },
  { id: 'mutual-exchange', title: 'Mutual exchange', hints: ['mutual exchange'] },
  { id: 'domestic-abuse', title: 'Domestic abuse', hints: ['domestic abuse', 'domestic violence'] },
  {
    id: 'tenant-engagement',
    title: 'Tenant engagement strategy',
    hints: ['engagement strategy', 'involvement strategy', 'tenant engagement', 'resident involvement'],
  },
  { id: 'adaptations', title: 'Aids and adaptations', hints: ['adaptation'] },
  { id: 'staff-competence', title: 'Staff competence and development', hints: ['competence', 'learning and development'] },
  { id: 'staff-code-of-conduct', title: 'Staff code of conduct', hints: ['staff code of conduct', 'employee code of conduct'] },
  {
    id: 'residents-engagement-strategy',
    title: "Residents' engagement strategy (higher-risk building)",
    hints: ["residents' engagement", 'resident engagement strategy'],
  },
  { id: 'vulnerability', title: 'Vulnerability and reasonable adjustments', hints: ['vulnerab', 'reasonable adjustment'] },
  { id: 'smoke-and-co-alarms', title: 'Smoke and carbon monoxide alarms', hints: ['smoke alarm', 'carbon monoxide'] },
  { id: 'landlord-health-and-safety', title: 'Landlord health and safety', hints: ['landlord health and safety', 'landlord compliance'] },
  {
    id: 'governance-framework',
    title: 'Governance framework and code of governance',
    hints: ['governance framework', 'code of governance'],
  },
  { id: 'tenancy-strategy', title: 'Tenancy strategy (local housing authority)', hints: ['tenancy strategy'] },
  {
    id: 'homelessness-strategy',
    title: 'Homelessness strategy (local housing authority)',
    hints: ['homelessness strategy', 'rough sleeping strategy'],
  },
] as const;

const isCouncil = [{ option: 'landlord_type', equals: 'local-authority' }] as const;
const isAssociation = [{ option: 'landlord_type', equals: 'private-registered-provider' }] as const;

const safetyPolicy = (id: string, kind: string, title: string, law: string, source: string) => ({
  id,
  title,
  kinds: [kind],
  basis: {
    grade: 'good-practice',
    citation: `a written policy is good practice; the duty it serves is statute (${law}) and the Safety and Quality Standard`,
    source,
  } satisfies Basis,
});

/** The policies and strategies an English social landlord is expected to have, of every grade. */
const ALL_POLICIES = [
  {
    id: 'anti-social-behaviour',
    title: 'An anti-social behaviour policy and procedures',
    kinds: ['anti-social-behaviour'],
    when: isAssociation,
    basis: {
      grade: 'regulatory-requirement',
      citation:
        'Neighbourhood and Community Standard 2.2.1 (a policy on how the landlord works with others to deter and tackle ASB); Housing Act 1996 s218A',
      source: SOURCES.neighbourhood,
    } satisfies Basis,
  },
  {
    id: 'anti-social-behaviour-statement',
    title: 'An anti-social behaviour policy and procedures, with a published statement and a summary',
    kinds: ['anti-social-behaviour'],
    when: isCouncil,
    basis: {
      grade: 'statute',
      citation:
        'Housing Act 1996 s218A (prepare an ASB policy and procedures, publish a statement, keep it under review, a free summary on request)',
      source: SOURCES.asb218A,
    } satisfies Basis,
  },
  {
    id: 'tenancy-policy',
    title: 'A tenancy policy',
    kinds: ['tenancy'],
    basis: {
      grade: 'guidance',
      citation: 'Tenancy Standard: publish clear and accessible tenancy policies (paragraph not confirmed against the 2024 text)',
      source: SOURCES.tenancy,
    } satisfies Basis,
  },
  {
    id: 'allocations',
    title: 'An allocations policy with an appeals process',
    kinds: ['allocations'],
    when: isAssociation,
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Tenancy Standard 1.1.1 (allocate and let homes fairly and transparently), with an appeals process',
      source: SOURCES.tenancy,
    } satisfies Basis,
  },
  {
    id: 'allocation-scheme',
    title: 'An allocation scheme',
    kinds: ['allocations'],
    when: isCouncil,
    basis: {
      grade: 'statute',
      citation: 'Housing Act 1996 s166A (allocation scheme; the right to request a review of decisions)',
      source: SOURCES.ha1996s166A,
    } satisfies Basis,
  },
  {
    id: 'complaints-policy',
    title: 'A complaints policy under the Complaint Handling Code',
    kinds: ['complaints-handling'],
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Housing Ombudsman Complaint Handling Code 2024 (statutory from 1 April 2024)',
      source: SOURCES.code,
    } satisfies Basis,
  },
  {
    id: 'damp-and-mould',
    title: "A damp and mould (hazards) policy for Awaab's Law",
    kinds: ['damp-and-mould'],
    commencement: '2025-10-27',
    basis: {
      grade: 'guidance',
      citation:
        'a written policy is expected by the Housing Ombudsman; the Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 set the timescales',
      source: SOURCES.awaabGuidance,
    } satisfies Basis,
  },
  safetyPolicy('gas-safety', 'gas-safety', 'A gas safety policy', 'Gas Safety (Installation and Use) Regulations 1998 reg 36', SOURCES.gas),
  safetyPolicy(
    'electrical-safety',
    'electrical-safety',
    'An electrical safety policy',
    'Electrical Safety Standards (Extension to the Social Rented Sector) Regulations 2025',
    SOURCES.electrical,
  ),
  safetyPolicy(
    'fire-safety',
    'fire-safety',
    'A fire safety policy',
    'Regulatory Reform (Fire Safety) Order 2005; Fire Safety (England) Regulations 2022',
    SOURCES.fireSafety,
  ),
  safetyPolicy('asbestos', 'asbestos', 'An asbestos management policy', 'Control of Asbestos Regulations 2012 reg 4', SOURCES.asbestos),
  safetyPolicy(
    'water-safety',
    'water-safety',
    'A water safety (legionella) policy',
    'Health and Safety at Work etc. Act 1974; HSE ACOP L8',
    SOURCES.legionella,
  ),
  safetyPolicy(
    'lift-safety',
    'lift-safety',
    'A lift safety policy',
    'Lifting Operations and Lifting Equipment Regulations 1998',
    SOURCES.lifts,
  ),
  safetyPolicy(
    'smoke-and-co-alarms',
    'smoke-and-co-alarms',
    'A smoke and carbon monoxide alarm policy',
    'Smoke and Carbon Monoxide Alarm (England) Regulations 2015',
    SOURCES.alarms,
  ),
  {
    id: 'tenant-engagement',
    title: 'A tenant engagement strategy',
    kinds: ['tenant-engagement'],
    basis: {
      grade: 'good-practice',
      citation:
        "a written strategy is good practice; the Transparency, Influence and Accountability Standard 1.3.1 requires tenants' views to be taken into account",
      source: SOURCES.tia,
    } satisfies Basis,
  },
  {
    id: 'adaptations',
    title: 'An aids and adaptations policy',
    kinds: ['adaptations'],
    basis: {
      grade: 'good-practice',
      citation: 'Safety and Quality Standard, adaptations outcome (wording not confirmed)',
      source: SOURCES.safetyQuality,
    } satisfies Basis,
  },
  {
    id: 'domestic-abuse',
    title: 'A domestic abuse policy',
    kinds: ['domestic-abuse'],
    basis: {
      grade: 'good-practice',
      citation:
        'a written policy is good practice; Neighbourhood and Community Standard 1.4.1 requires co-operation with agencies tackling domestic abuse',
      source: SOURCES.neighbourhood,
    } satisfies Basis,
  },
  {
    id: 'staff-competence',
    title: 'A staff competence and development policy',
    kinds: ['staff-competence'],
    commencement: '2026-10-01',
    basis: {
      grade: 'regulatory-requirement',
      citation:
        'Competence and Conduct Standard (in force October 2026): a written policy on the skills, knowledge, experience and conduct of staff',
      source: SOURCES.competence,
    } satisfies Basis,
  },
  {
    id: 'staff-code-of-conduct',
    title: 'A staff code of conduct',
    kinds: ['staff-code-of-conduct'],
    commencement: '2026-10-01',
    basis: {
      grade: 'regulatory-requirement',
      citation:
        'Competence and Conduct Standard (in force October 2026): an adopted code of conduct for relevant staff, accessible to tenants',
      source: SOURCES.competence,
    } satisfies Basis,
  },
  {
    id: 'governance-framework',
    title: 'A governance framework adopting a code of governance',
    kinds: ['governance-framework'],
    when: isAssociation,
    basis: {
      grade: 'good-practice',
      citation:
        'Governance and Financial Viability Standard (private registered providers only): adopting a code of governance (wording not confirmed)',
      source: SOURCES.gfv,
    } satisfies Basis,
  },
  {
    id: 'tenancy-strategy',
    title: 'A tenancy strategy',
    kinds: ['tenancy-strategy'],
    when: isCouncil,
    basis: {
      grade: 'statute',
      citation: 'Localism Act 2011 s150 (tenancy strategy of a local housing authority)',
      source: SOURCES.localism150,
    } satisfies Basis,
  },
  {
    id: 'homelessness-strategy',
    title: 'A homelessness strategy',
    kinds: ['homelessness-strategy'],
    when: isCouncil,
    basis: {
      grade: 'statute',
      citation: 'Homelessness Act 2002 s1 (a homelessness review and strategy at least every five years)',
      source: SOURCES.homelessness,
    } satisfies Basis,
  },
  {
    id: 'residents-engagement-strategy',
    title: "A residents' engagement strategy (one for each higher-risk building)",
    kinds: ['residents-engagement-strategy'],
    perItem: { list: 'higher_risk_buildings', label: 'name' },
    basis: {
      grade: 'statute',
      citation:
        "Building Safety Act 2022 s91 (the principal accountable person for an occupied higher-risk building prepares a residents' engagement strategy)",
      source: SOURCES.bsa91,
    } satisfies Basis,
  },
] as const;

type Item = (typeof ALL_POLICIES)[number];
const STRONG = new Set<Grade>(['statute', 'regulatory-requirement']);

/** Those the law or the regulator requires: core/required-policies reports them (errors), with their grade. */
export const REQUIRED_POLICIES = ALL_POLICIES.filter((p: Item) => STRONG.has(p.basis.grade));

/** Those guidance or good practice expects: england/expected-policies reports them, as warnings. */
export const EXPECTED_POLICIES = ALL_POLICIES.filter((p: Item) => !STRONG.has(p.basis.grade));

const CODE = (provision: string): Basis => ({
  grade: 'regulatory-requirement',
  citation: `Housing Ombudsman Complaint Handling Code 2024, ${provision}`,
  source: SOURCES.code,
});
const AWAAB: Basis = {
  grade: 'statute',
  citation:
    "Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 (Awaab's Law; Landlord and Tenant Act 1985 s10A)",
  source: SOURCES.awaab,
};

/** The timescales a policy of each kind must promise, no longer than these. */
export const TIMESCALES = {
  'complaints-handling': [
    {
      step: 'stage1-acknowledge',
      title: 'stage 1: acknowledge the complaint',
      max: { value: 5, unit: 'working-days' },
      basis: CODE('6.2'),
    },
    { step: 'stage1-response', title: 'stage 1: full response', max: { value: 10, unit: 'working-days' }, basis: CODE('6.3') },
    { step: 'stage1-extension', title: 'stage 1: extension', max: { value: 10, unit: 'working-days' }, basis: CODE('6.4') },
    {
      step: 'stage2-acknowledge',
      title: 'stage 2: acknowledge the escalation',
      max: { value: 5, unit: 'working-days' },
      basis: CODE('6.11'),
    },
    {
      step: 'stage2-response',
      title: 'stage 2: full response',
      max: { value: 20, unit: 'working-days' },
      basis: CODE('section 6 (stage 2)'),
    },
    { step: 'stage2-extension', title: 'stage 2: extension', max: { value: 20, unit: 'working-days' }, basis: CODE('section 6 (stage 2)') },
  ],
  'damp-and-mould': [
    { step: 'emergency-hazard', title: 'emergency hazard investigated and made safe', max: { value: 24, unit: 'hours' }, basis: AWAAB },
    {
      step: 'significant-hazard-investigation',
      title: 'significant hazard investigated',
      max: { value: 10, unit: 'working-days' },
      basis: AWAAB,
    },
    { step: 'written-summary', title: 'written summary to the tenant', max: { value: 3, unit: 'working-days' }, basis: AWAAB },
    { step: 'safety-work', title: 'relevant safety work', max: { value: 5, unit: 'working-days' }, basis: AWAAB },
    { step: 'further-works-start', title: 'further works physically started', max: { value: 12, unit: 'weeks' }, basis: AWAAB },
  ],
} as const;

/** Records the register keeps, with the basis of each check. */
export const RECORD_BASES = {
  selfAssessment: {
    grade: 'regulatory-requirement',
    citation:
      'Housing Ombudsman Complaint Handling Code 2024 section 8 (a self-assessment against the Code at least every year, approved by the governing body and published with its response)',
    source: SOURCES.code,
  },
  annualSubmission: {
    grade: 'regulatory-requirement',
    citation:
      "Housing Ombudsman annual submission: by 30 September for landlords with 1,000 or more homes, otherwise within six months of the financial year's end",
    source: SOURCES.annualSubmission,
  },
  memberResponsibleForComplaints: {
    grade: 'regulatory-requirement',
    citation: 'Housing Ombudsman Complaint Handling Code 2024 section 9 (a member of the governing body responsible for complaints)',
    source: SOURCES.code,
  },
  tenantSatisfactionMeasures: {
    grade: 'regulatory-requirement',
    citation:
      'Transparency, Influence and Accountability Standard: Tenant Satisfaction Measures published every year (and submitted to the regulator by landlords with 1,000 or more homes)',
    source: SOURCES.tsm,
  },
  healthAndSafetyLead: {
    grade: 'statute',
    citation: 'Social Housing (Regulation) Act 2023 s10 (a registered provider designates a health and safety lead; in force 1 April 2024)',
    source: SOURCES.healthSafetyLead,
  },
  secureTenantConsultation: {
    grade: 'statute',
    citation:
      'Housing Act 1985 s105 (a landlord authority consults secure tenants substantially affected by a change of housing management policy)',
    source: SOURCES.ha1985s105,
  },
  competenceTenantInfluence: {
    grade: 'regulatory-requirement',
    citation:
      'Competence and Conduct Standard: tenants have meaningful opportunities to influence and scrutinise the competence policy and the code of conduct',
    source: SOURCES.competence,
  },
} as const satisfies Record<string, Basis>;

/** Landlords owning this many homes or more submit TSMs to the regulator and meet the Ombudsman's 30 September date. */
export const LARGE_LANDLORD_HOMES = 1000;

/** The public sector equality duty: every function of a council; a housing association's functions of a public nature. */
export const EQUALITY_BASES = {
  'local-authority': {
    grade: 'statute',
    citation: 'Equality Act 2010 s149(1) (the public sector equality duty; a council is a public authority for all its functions)',
    source: SOURCES.equality149,
  },
  'private-registered-provider': {
    grade: 'statute',
    citation:
      'Equality Act 2010 s149(2), for functions of a public nature such as allocating and managing social housing (R (Weaver) v L&Q [2009] EWCA Civ 587)',
    source: SOURCES.equality149,
  },
} as const satisfies Record<LandlordType, Basis>;
