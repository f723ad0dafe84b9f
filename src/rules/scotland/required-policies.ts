// The policies a Scottish RSL is expected to have, each with how strong the expectation is. Safety policies are
// graded as the regulator's expectation (it asks boards for assurance on tenant and resident safety every year);
// the laws they manage are named in the citation, never claimed as requiring the policy document itself.
import type { RequiredPolicy } from '../../engine/pack.js';
import { SOURCES } from './sources.js';

const SECURE_TENANTS = [{ option: 'scottish_secure_tenants', equals: true }] as const;
const SAFETY = "SHR: governing bodies' assurance on tenant and resident safety (Annual Assurance Statement)";

export const SCOTLAND_REQUIRED_POLICIES: readonly RequiredPolicy[] = [
  {
    id: 'tenant-participation-strategy',
    title: 'A tenant participation strategy',
    kinds: ['tenant-participation-strategy'],
    basis: {
      grade: 'statute',
      citation: 'Housing (Scotland) Act 2001 s53 (tenant participation strategy)',
      source: SOURCES.housingAct2001('53'),
    },
    when: SECURE_TENANTS,
  },
  {
    id: 'allocations',
    title: 'Allocation rules (priority, transfers and exchanges)',
    kinds: ['allocations'],
    basis: {
      grade: 'statute',
      citation: 'Housing (Scotland) Act 1987 s21 (rules on priority of allocation, transfers and exchanges)',
      source: SOURCES.housingAct1987('21'),
    },
    when: SECURE_TENANTS,
  },
  {
    id: 'complaints-handling',
    title: 'A complaints handling procedure following the SPSO model',
    kinds: ['complaints-handling'],
    basis: {
      grade: 'statute',
      citation: 'Scottish Public Services Ombudsman Act 2002 s16C (the model complaints handling procedure specified for RSLs)',
      source: SOURCES.spsoAct('16C'),
    },
  },
  {
    id: 'rent-setting',
    title: 'A rent-setting policy',
    kinds: ['rent-setting'],
    basis: {
      grade: 'regulatory-requirement',
      citation:
        'Scottish Social Housing Charter outcomes 14 and 15 (rents and service charges); rent increases follow consultation under Housing (Scotland) Act 2001 s25(4)',
      source: SOURCES.charter,
    },
    when: SECURE_TENANTS,
  },
  {
    id: 'gas-safety',
    title: 'A gas safety policy',
    kinds: ['gas-safety'],
    basis: {
      grade: 'regulatory-requirement',
      citation: `${SAFETY}; the duty: Gas Safety (Installation and Use) Regulations 1998 reg 36 (annual safety checks)`,
      source: SOURCES.framework,
    },
  },
  {
    id: 'electrical-safety',
    title: 'An electrical safety policy',
    kinds: ['electrical-safety'],
    basis: {
      grade: 'regulatory-requirement',
      citation: `${SAFETY}; electrical installation condition reports at least every five years`,
      source: SOURCES.framework,
    },
  },
  {
    id: 'fire-safety',
    title: 'A fire safety policy (including smoke, heat and carbon monoxide alarms)',
    kinds: ['fire-safety'],
    basis: {
      grade: 'regulatory-requirement',
      citation: `${SAFETY}; the duty: the Tolerable Standard (Housing (Scotland) Act 1987 s86) includes interlinked alarms since February 2022`,
      source: SOURCES.framework,
    },
  },
  {
    id: 'asbestos',
    title: 'An asbestos management policy',
    kinds: ['asbestos'],
    basis: {
      grade: 'regulatory-requirement',
      citation: `${SAFETY}; the duty: Control of Asbestos Regulations 2012 reg 4 (duty to manage)`,
      source: SOURCES.framework,
    },
  },
  {
    id: 'water-safety',
    title: 'A water safety (legionella) policy',
    kinds: ['water-safety'],
    basis: { grade: 'regulatory-requirement', citation: `${SAFETY}; legionella risk assessment and control`, source: SOURCES.framework },
  },
  {
    id: 'lift-safety',
    title: 'A lift safety policy',
    kinds: ['lift-safety'],
    basis: {
      grade: 'regulatory-requirement',
      citation: `${SAFETY}; lifts inspected under the Lifting Operations and Lifting Equipment Regulations 1998`,
      source: SOURCES.framework,
    },
  },
  {
    id: 'damp-and-mould',
    title: 'A damp and mould policy',
    kinds: ['damp-and-mould'],
    basis: { grade: 'regulatory-requirement', citation: `${SAFETY}; damp and mould`, source: SOURCES.framework },
  },
  {
    id: 'code-of-conduct',
    title: 'A code of conduct for governing body members',
    kinds: ['code-of-conduct'],
    basis: {
      grade: 'regulatory-requirement',
      citation:
        'SHR Regulatory Standard 5: the RSL conducts its affairs with honesty and integrity (a code of conduct for governing body members)',
      source: SOURCES.framework,
    },
  },
  {
    id: 'entitlements-payments-benefits',
    title: 'An entitlements, payments and benefits policy',
    kinds: ['entitlements-payments-benefits'],
    basis: {
      grade: 'statute',
      citation: 'Housing (Scotland) Act 2010 schedule 7 (payments and benefits to governing body members, staff and their close relatives)',
      source: 'https://www.legislation.gov.uk/asp/2010/17/schedule/7',
    },
  },
  {
    id: 'whistleblowing',
    title: 'A whistleblowing policy',
    kinds: ['whistleblowing'],
    basis: {
      grade: 'regulatory-requirement',
      citation: 'SHR Regulatory Standard 5: whistleblowing procedures (guidance point 5.6 in published copies)',
      source: SOURCES.framework,
    },
  },
  {
    id: 'risk-management',
    title: 'A risk management policy',
    kinds: ['risk-management'],
    basis: {
      grade: 'regulatory-requirement',
      citation: "SHR Regulatory Standard 4: the governing body identifies and mitigates risks to the RSL's purpose",
      source: SOURCES.framework,
    },
  },
  {
    id: 'treasury-management',
    title: 'A treasury management policy',
    kinds: ['treasury-management'],
    basis: {
      grade: 'regulatory-requirement',
      citation: 'SHR Regulatory Standard 3: the governing body understands the treasury management strategy it adopts (guidance point 3.2)',
      source: SOURCES.framework,
    },
  },
  {
    id: 'notifiable-events',
    title: 'A notifiable events policy',
    kinds: ['notifiable-events'],
    basis: {
      grade: 'regulatory-requirement',
      citation: 'SHR Regulatory Framework: notifiable events are reported to the regulator as they happen',
      source: SOURCES.framework,
    },
  },
  {
    id: 'data-protection',
    title: 'A data protection policy',
    kinds: ['data-protection'],
    basis: {
      grade: 'statute',
      citation: 'UK GDPR Article 24(2) (appropriate data protection policies, where proportionate)',
      source: 'https://www.legislation.gov.uk/eur/2016/679/article/24',
    },
  },
  {
    id: 'freedom-of-information',
    title: 'A freedom of information publication scheme',
    kinds: ['freedom-of-information'],
    basis: {
      grade: 'statute',
      citation: 'Freedom of Information (Scotland) Act 2002 s23 (publication scheme), applying to RSLs since 11 November 2019',
      source: 'https://www.legislation.gov.uk/asp/2002/13/section/23',
    },
  },
  {
    id: 'equality-and-human-rights',
    title: 'An equality and human rights policy',
    kinds: ['equality-and-human-rights'],
    basis: {
      grade: 'regulatory-requirement',
      citation: 'Scottish Social Housing Charter outcome 1 (Equalities); SHR Regulatory Standard 5 (equality and human rights)',
      source: SOURCES.charter,
    },
  },
  {
    id: 'factoring',
    title: 'A factoring policy with a written statement of services',
    kinds: ['factoring'],
    basis: {
      grade: 'statute',
      citation:
        'Property Factors (Scotland) Act 2011 s14 and the Code of Conduct for Property Factors (2021): a written statement of services',
      source: SOURCES.propertyFactorsAct,
    },
    when: [{ option: 'property_factor', equals: true }],
  },
];
