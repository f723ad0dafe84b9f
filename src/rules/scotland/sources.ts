// Where the Scotland pack's law and reference texts can be read.
export const SOURCES = {
  housingAct2001: (section: string) => `https://www.legislation.gov.uk/asp/2001/10/section/${section}`,
  housingAct1987: (section: string) => `https://www.legislation.gov.uk/ukpga/1987/26/section/${section}`,
  charter: 'https://www.gov.scot/publications/scottish-social-housing-charter-november-2022/',
  framework: 'https://www.housingregulator.gov.scot/for-landlords/regulatory-framework',
  spsoAct: (section: string) => `https://www.legislation.gov.uk/asp/2002/11/section/${section}`,
  spsoModelChp: 'https://www.spso.org.uk/the-model-complaints-handling-procedures',
  propertyFactorsAct: 'https://www.legislation.gov.uk/asp/2011/8/contents',
  tpGuidance: 'https://www.gov.scot/publications/guidance-tenant-participation/',
} as const;
