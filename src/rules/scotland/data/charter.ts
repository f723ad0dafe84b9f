// The outcomes of the Scottish Social Housing Charter (November 2022), by number, as the Charter names them.
// Source: Scottish Government, Scottish Social Housing Charter, effective 1 November 2022 (Housing (Scotland) Act 2010 s31),
// https://www.gov.scot/publications/scottish-social-housing-charter-november-2022/ . Outcomes 7, 8 and 9 share the
// heading Housing options; each is named by what it promises.

export const CHARTER_EDITION = 'Scottish Social Housing Charter (November 2022)';

export const CHARTER_OUTCOMES: ReadonlyMap<number, string> = new Map([
  [1, 'Equalities'],
  [2, 'Communication'],
  [3, 'Participation'],
  [4, 'Quality of housing'],
  [5, 'Repairs, maintenance and improvements'],
  [6, 'Estate management, anti-social behaviour, neighbour nuisance and tenancy disputes'],
  [7, 'Housing options: people looking for housing get information that helps them make informed choices'],
  [8, 'Housing options: tenants and people on housing lists can review their housing options'],
  [9, 'Housing options: people at risk of losing their homes get advice on preventing homelessness'],
  [10, 'Access to social housing'],
  [11, 'Tenancy sustainment'],
  [12, 'Homeless people'],
  [13, 'Value for money'],
  [14, 'Rents and service charges'],
  [15, 'Rents and service charges'],
  [16, 'Gypsy/Travellers'],
]);

/** Outcomes that apply only to some landlords: 12 to local councils, 16 to landlords providing Gypsy/Traveller sites. */
export const LIMITED_OUTCOMES: ReadonlyMap<number, string> = new Map([
  [12, 'applies only to local councils'],
  [16, 'applies only to landlords that provide Gypsy/Traveller sites'],
]);

export function outcomeName(n: number): string {
  const title = CHARTER_OUTCOMES.get(n);
  return title ? `outcome ${n} (${title})` : `outcome ${n}`;
}
