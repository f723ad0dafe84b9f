// The Scottish Housing Regulator's Standards of Governance and Financial Management (Regulatory Framework, published
// 13 February 2024, https://www.housingregulator.gov.scot/for-landlords/regulatory-framework). Standards 1-7 are
// certain; the text here is each Standard's substance in short, not its full wording. The guidance points are the
// numbering of the 2019 framework as landlords publish it (for example https://kc-ha.com/regulatory-standard-3/ for
// 3.1-3.7; undated copies), not verified against the 2024 text: the config's `scotland.regulatory_standards` extends
// the list, and the rule reports references outside it as warnings, never errors.

export const SHR_STANDARDS: ReadonlyMap<number, string> = new Map([
  [1, 'the governing body leads and directs the RSL to achieve good outcomes for tenants and other service users'],
  [2, "the RSL is open about and accountable for what it does, and takes account of tenants' and service users' needs and priorities"],
  [
    3,
    'the RSL manages its resources to ensure its financial well-being, while maintaining rents at a level that tenants can afford to pay',
  ],
  [4, 'the governing body bases its decisions on good quality information and advice, and identifies and mitigates risks'],
  [5, 'the RSL conducts its affairs with honesty and integrity'],
  [6, 'the governing body and senior officers have the skills and knowledge they need to be effective'],
  [7, 'organisational changes and disposals safeguard the interests of, and benefit, current and future tenants'],
]);

/** Guidance points as numbered in published copies of the 2019 framework (see above). */
export const SHR_GUIDANCE_POINTS_SOURCE = { source: 'https://kc-ha.com/regulatory-standard-3/', version: '2019-04-01' } as const;
export const SHR_GUIDANCE_POINTS: readonly string[] = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '1.5',
  '1.6',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '2.6',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
  '3.6',
  '3.7',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '5.1',
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '5.6',
  '5.7',
  '5.8',
  '6.1',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '6.6',
  '7.1',
  '7.2',
  '7.3',
  '7.4',
];

/** The references the rule accepts, normalised to `SHR N` / `SHR N.M`. */
export function knownReferences(extra: readonly string[]): Set<string> {
  const known = new Set<string>([...SHR_STANDARDS.keys()].map((n) => `SHR ${n}`));
  for (const point of SHR_GUIDANCE_POINTS) known.add(`SHR ${point}`);
  for (const e of extra) known.add(normaliseReference(e) ?? e.trim());
  return known;
}

/**
 * Read a reference as associations write it: "SHR 2.3", "SHR2.3", "Standard 2.3", "Regulatory Standard 2",
 * "RS 2" all mean `SHR 2.3` / `SHR 2`. Anything else is returned undefined (not an SHR reference form).
 */
export function normaliseReference(value: string): string | undefined {
  const m = /^\s*(?:SHR|RS|(?:Regulatory\s+)?Standard)\s*(\d+(?:\.\d+)?)\s*$/i.exec(value);
  return m ? `SHR ${m[1]}` : undefined;
}
