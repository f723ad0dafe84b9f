// The Scotland rule tests' register: a Scottish association whose housing, rent, tenant participation and factoring
// categories affect tenants (rent sets rents), and whose governance category does not.
export const today = '2026-11-24';

export const scotland = `
jurisdiction: scotland
categories:
  housing-management: { affects_tenants: true }
  rent: { affects_tenants: true, rent_setting: true }
  governance: {}
  tenant-participation: { affects_tenants: true }
  factoring: { affects_tenants: true }
`;
