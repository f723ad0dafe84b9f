// Frontmatter fields the Scotland pack adds to the policy format: the records its duties need.
import type { JsonSchema } from '../../schema/schemas.js';
import type { Policy } from '../../load/policy.js';

const DATE = { type: 'string', format: 'date' } as const;

export interface RentIncrease {
  effective: string;
  consultation?: { opened?: string; closed?: string };
  notice?: string;
}

export interface AllocationRecord {
  consultation_report_published?: string;
  sent_to_local_authorities?: string;
  published?: string;
}

export interface WrittenStatement {
  issued?: string;
}

export const SCOTLAND_FIELDS: Record<string, JsonSchema> = {
  rent_increases: {
    title: 'Rent increases',
    description:
      'Each rent increase under a rent-setting policy (Housing (Scotland) Act 2001 s25): the date it took effect, when the tenants affected were consulted, and when written notice was given (at least four weeks before).',
    type: 'array',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['effective'],
      properties: {
        effective: {
          ...DATE,
          title: 'Effective',
          description: 'The first day of the rental period the increase applies to.',
          examples: ['2027-04-01'],
        },
        consultation: {
          title: 'Consultation',
          description: 'When the consultation of the tenants affected opened and closed (s25(4)).',
          type: 'object',
          additionalProperties: false,
          properties: {
            opened: { ...DATE, title: 'Opened', description: 'When it opened.', examples: ['2026-11-02'] },
            closed: { ...DATE, title: 'Closed', description: 'When it closed.', examples: ['2026-12-11'] },
          },
        },
        notice: {
          ...DATE,
          title: 'Notice',
          description: 'When written notice of the increase was given to each tenant (s25(1)).',
          examples: ['2027-02-26'],
        },
      },
    },
    examples: [[{ effective: '2027-04-01', consultation: { opened: '2026-11-02', closed: '2026-12-11' }, notice: '2027-02-26' }]],
  },
  allocation_rules: {
    title: 'Allocation rules record',
    description:
      'For the allocations policy: when the report on the consultation was published (Housing (Scotland) Act 1987 s20A), and when the rules were sent to each local authority and published (s21(2), within six months of approval).',
    type: 'object',
    additionalProperties: false,
    properties: {
      consultation_report_published: {
        ...DATE,
        title: 'Consultation report published',
        description: 'When the report on the s20A consultation was published.',
        examples: ['2026-03-02'],
      },
      sent_to_local_authorities: {
        ...DATE,
        title: 'Sent to local authorities',
        description: 'When a copy of the rules was sent to each local authority where the landlord lets homes.',
        examples: ['2026-05-04'],
      },
      published: { ...DATE, title: 'Published', description: 'When the rules were published.', examples: ['2026-05-04'] },
    },
    examples: [{ consultation_report_published: '2026-03-02', sent_to_local_authorities: '2026-05-04', published: '2026-05-04' }],
  },
  written_statement: {
    title: 'Written statement of services',
    description:
      'For the factoring policy: when the written statement of services was last issued to homeowners (Property Factors (Scotland) Act 2011; Code of Conduct for Property Factors 2021, section 1).',
    type: 'object',
    additionalProperties: false,
    required: ['issued'],
    properties: { issued: { ...DATE, title: 'Issued', description: 'When it was last issued.', examples: ['2026-06-01'] } },
    examples: [{ issued: '2026-06-01' }],
  },
};

/** A Scotland field of a policy, as written (the schema has checked its shape). */
export function scotlandField<T>(policy: Policy, name: 'rent_increases' | 'allocation_rules' | 'written_statement'): T | undefined {
  return (policy.data as Record<string, unknown>)[name] as T | undefined;
}
