// The England pack's own config section, `england:` in policies.config.yaml: what kind of landlord, how many
// homes, which higher-risk buildings, and the yearly records the English rules check.
import type { ResolvedConfig } from '../../config/config.js';
import type { PackOptions } from '../../engine/pack.js';
import { LANDLORD_TYPES, type LandlordType } from './data.js';

export interface SelfAssessmentRecord {
  /** The day the governing body approved the self-assessment. */
  approved?: string;
  /** The body that approved it (the governing body). */
  body?: string;
  minute?: string;
  /** The day it was published, with the annual complaints report and the governing body's response. */
  published?: string;
  url?: string;
  /** The day the annual submission was made to the Housing Ombudsman. */
  submitted?: string;
}

export interface TsmRecord {
  /** The financial year, e.g. "2025-26". */
  year: string;
  published?: string;
  url?: string;
  /** The day the results were submitted to the regulator (landlords with 1,000 or more homes). */
  submitted?: string;
}

export interface EnglandOptions {
  landlord_type: LandlordType;
  /** Social homes owned: 1,000 or more changes the Ombudsman's deadline and brings TSM submission. */
  homes_owned?: number;
  /** The financial year's last day, MM-DD. */
  financial_year_end: string;
  /** Occupied higher-risk buildings (18 metres or 7 storeys, 2 or more homes) for which the landlord is the principal accountable person. */
  higher_risk_buildings: (string | { name: string; storeys?: number; height_metres?: number })[];
  member_responsible_for_complaints?: { name?: string; appointed?: string; minute?: string };
  complaints_self_assessments: SelfAssessmentRecord[];
  tenant_satisfaction_measures: TsmRecord[];
  health_and_safety_lead?: { name?: string; role?: string; designated?: string; minute?: string };
}

const DATE = { type: 'string', format: 'date' } as const;
const TEXT = { type: 'string', minLength: 1 } as const;
const URL = { type: 'string', pattern: '^https?://' } as const;

export const ENGLAND_OPTIONS: PackOptions = {
  schema: {
    title: 'England',
    description:
      'Settings of the England pack: the kind of landlord, its size, its higher-risk buildings, and the yearly records ' +
      'the English rules check (complaints self-assessments, Tenant Satisfaction Measures, the health and safety lead).',
    type: 'object',
    additionalProperties: false,
    properties: {
      landlord_type: {
        title: 'Landlord type',
        description:
          '`private-registered-provider` (a housing association) or `local-authority` (a council). The Governance and Financial ' +
          'Viability Standard applies to the first only; the tenancy strategy, allocation scheme, homelessness strategy and s105 ' +
          'consultation to the second. Defaults to private-registered-provider.',
        enum: [...LANDLORD_TYPES],
        examples: ['private-registered-provider'],
      },
      homes_owned: {
        title: 'Homes owned',
        description:
          'Social homes owned. With 1,000 or more, the Ombudsman submission is due by 30 September and Tenant Satisfaction ' +
          'Measures are also submitted to the regulator.',
        type: 'integer',
        minimum: 0,
        examples: [4300],
      },
      financial_year_end: {
        title: 'Financial year end',
        description: 'The last day of the financial year, MM-DD (default 03-31).',
        type: 'string',
        pattern: '^(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$',
        examples: ['03-31'],
      },
      higher_risk_buildings: {
        title: 'Higher-risk buildings',
        description:
          'Occupied higher-risk buildings (at least 18 metres or 7 storeys with at least 2 homes) for which the organisation is ' +
          "the principal accountable person. Each needs a residents' engagement strategy (Building Safety Act 2022 s91) whose " +
          '`applies_to` names it.',
        type: 'array',
        uniqueItems: true,
        items: {
          anyOf: [
            TEXT,
            {
              type: 'object',
              additionalProperties: false,
              required: ['name'],
              properties: { name: TEXT, storeys: { type: 'integer', minimum: 1 }, height_metres: { type: 'number', minimum: 0 } },
            },
          ],
        },
        examples: [['Beacon Court', { name: 'Linden Tower', storeys: 15, height_metres: 44 }]],
      },
      member_responsible_for_complaints: {
        title: 'Member responsible for complaints',
        description: 'The member of the governing body responsible for complaints (Complaint Handling Code section 9).',
        type: 'object',
        additionalProperties: false,
        properties: { name: TEXT, appointed: DATE, minute: TEXT },
        examples: [{ name: 'Priya Natarajan', appointed: '2024-09-18', minute: 'B 2024/51' }],
      },
      complaints_self_assessments: {
        title: 'Complaint Handling Code self-assessments',
        description:
          "Each year's self-assessment against the Code: when the governing body approved it, when it was published (and " +
          'where), and when the annual submission was made to the Housing Ombudsman.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: { approved: DATE, body: TEXT, minute: TEXT, published: DATE, url: URL, submitted: DATE },
        },
        examples: [
          [
            {
              approved: '2026-06-17',
              body: 'Board',
              minute: 'B 2026/38',
              published: '2026-06-30',
              url: 'https://example.org/complaints',
              submitted: '2026-09-15',
            },
          ],
        ],
      },
      tenant_satisfaction_measures: {
        title: 'Tenant Satisfaction Measures',
        description:
          'Each year\'s TSM results: the financial year (e.g. "2025-26"), when and where they were published, and when they ' +
          'were submitted to the regulator.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['year'],
          properties: { year: { type: 'string', pattern: '^[0-9]{4}(-[0-9]{2})?$' }, published: DATE, url: URL, submitted: DATE },
        },
        examples: [[{ year: '2025-26', published: '2026-06-26', url: 'https://example.org/tsm', submitted: '2026-06-24' }]],
      },
      health_and_safety_lead: {
        title: 'Health and safety lead',
        description: 'The person designated as health and safety lead (Social Housing (Regulation) Act 2023 s10).',
        type: 'object',
        additionalProperties: false,
        properties: { name: TEXT, role: TEXT, designated: DATE, minute: TEXT },
        examples: [{ name: 'Daniel Okafor', role: 'Director of Property', designated: '2024-04-17', minute: 'B 2024/22' }],
      },
    },
  },
  defaults: {
    landlord_type: 'private-registered-provider',
    financial_year_end: '03-31',
    higher_risk_buildings: [],
    complaints_self_assessments: [],
    tenant_satisfaction_measures: [],
  },
};

export function englandOptions(config: ResolvedConfig): EnglandOptions {
  return (config.packOptions.get('england') ?? ENGLAND_OPTIONS.defaults) as unknown as EnglandOptions;
}

/** The name of a listed higher-risk building. */
export function buildingName(item: EnglandOptions['higher_risk_buildings'][number]): string {
  return typeof item === 'string' ? item : item.name;
}
