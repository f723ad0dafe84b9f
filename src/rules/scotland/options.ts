// The Scotland pack's own config section, `scotland:` in policies.config.yaml.
import type { ResolvedConfig } from '../../config/config.js';
import type { PackOptions } from '../../engine/pack.js';

export interface ScotlandOptions {
  /** The landlord has Scottish secure tenants (so s53, s54 and s25 apply). */
  scottish_secure_tenants: boolean;
  /** The landlord factors owners' homes (so the Property Factors (Scotland) Act 2011 applies). */
  property_factor: boolean;
  /** References to add to the shipped list of the regulator's standards and guidance points, e.g. "SHR 1.4". */
  regulatory_standards: string[];
}

export const SCOTLAND_OPTIONS: PackOptions = {
  schema: {
    title: 'Scotland',
    description: 'Settings of the Scotland pack: which Scottish duties apply to the organisation.',
    type: 'object',
    additionalProperties: false,
    properties: {
      scottish_secure_tenants: {
        title: 'Scottish secure tenants',
        description:
          'Whether the organisation lets homes under Scottish secure tenancies, so the Housing (Scotland) Act 2001 duties ' +
          '(s53 strategy, s54 consultation, s25 rent increases) apply. Defaults to true.',
        type: 'boolean',
        examples: [true],
      },
      property_factor: {
        title: 'Property factor',
        description:
          "Whether the organisation factors owners' homes, so the Property Factors (Scotland) Act 2011 applies (a written " +
          'statement of services). Defaults to false.',
        type: 'boolean',
        examples: [true],
      },
      regulatory_standards: {
        title: 'Extra regulatory standards',
        description:
          'References to add to the shipped list of the Scottish Housing Regulator\'s standards and guidance points, e.g. "SHR 1.4".',
        type: 'array',
        items: { type: 'string', pattern: '^SHR [1-7](\\.[0-9]{1,2})?$' },
        examples: [['SHR 1.4', 'SHR 2.6']],
      },
    },
  },
  defaults: { scottish_secure_tenants: true, property_factor: false, regulatory_standards: [] },
};

export function scotlandOptions(config: ResolvedConfig): ScotlandOptions {
  return (config.packOptions.get('scotland') ?? SCOTLAND_OPTIONS.defaults) as unknown as ScotlandOptions;
}
