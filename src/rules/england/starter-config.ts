// What `policies init --jurisdiction england` writes as policies.config.yaml: an English housing association's
// starting settings, with the England pack's section to fill in.

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function englandConfigTemplate(organisation: string, today: string): string {
  const year = Number(today.slice(0, 4));
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/policy-tracker/policy-tracker/main/schemas/config.schema.json
# Settings for ${organisation.replace(/[\r\n]+/g, ' ')}'s policy register. Adapt each section; see the README's configuration section.
organisation: ${yamlString(organisation)}
jurisdiction: england           # runs the England pack (RSH standards, Complaint Handling Code, Awaab's Law, Building Safety Act)

policies: [policies]

review:
  default_cycle_months: 36      # your board's standard review cycle
  max_cycle_months: 60          # the longest any policy may go without review
  due_soon_days: 90             # how far ahead "due soon" looks
  stale_months: 6               # drafts untouched this long are flagged

# Categories you use; those that significantly affect tenants bring in tenant involvement.
categories:
  governance:          { title: Governance }
  finance:             { title: Finance }
  people:              { title: People }
  housing-management:  { title: Housing management, affects_tenants: true, max_cycle_months: 36 }
  customer-service:    { title: Customer service and complaints, affects_tenants: true, max_cycle_months: 36 }
  repairs:             { title: Repairs and maintenance, affects_tenants: true, max_cycle_months: 36 }
  health-and-safety:   { title: Landlord health and safety, affects_tenants: true, max_cycle_months: 36 }
  tenant-engagement:   { title: Tenant engagement, affects_tenants: true, max_cycle_months: 36 }
  rent:                { title: Rent and service charges, affects_tenants: true, rent_setting: true, max_cycle_months: 36 }

# Your committees, what they approve, and their meeting dates (add next year's as they are set).
committees:
  - name: Board
    aliases: [Board of Management]
    remit: [governance, finance, people, rent, housing-management, customer-service, repairs, health-and-safety, tenant-engagement]
    meetings: [${year + 1}-02-24, ${year + 1}-05-19, ${year + 1}-07-21, ${year + 1}-09-22, ${year + 1}-11-24]
    paper_deadline_working_days: 7

# Days the office is closed: not working days when paper deadlines are counted.
holidays: [${year}-12-25, ${year}-12-26, ${year + 1}-01-01]

lead_times:
  consultation_weeks: 8
  eia_weeks: 4
  reminder_days: 7

# The England pack's settings. Fill in the records as you make them; \`policies check\` says what is missing.
england:
  landlord_type: private-registered-provider   # or local-authority (a council)
  # homes_owned: 1200                         # social homes owned: 1,000 or more changes the Ombudsman's deadline and brings TSM submission
  financial_year_end: "03-31"
  higher_risk_buildings: []                    # e.g. [{ name: Beacon Court, storeys: 12, height_metres: 36 }]: each needs a residents' engagement strategy
  # member_responsible_for_complaints: { name: ..., appointed: YYYY-MM-DD, minute: ... }
  complaints_self_assessments: []              # e.g. { approved: YYYY-MM-DD, body: Board, minute: ..., published: YYYY-MM-DD, url: ..., submitted: YYYY-MM-DD }
  tenant_satisfaction_measures: []             # e.g. { year: ${year - 1}-${String(year % 100).padStart(2, '0')}, published: YYYY-MM-DD, url: ..., submitted: YYYY-MM-DD }
  # health_and_safety_lead: { name: ..., role: ..., designated: YYYY-MM-DD, minute: ... }

# Change a rule's severity (off, warning, error) or options: run \`npx --no-install policy-tracker rules\` for the list.
rules:
  # While the register is being brought in, the policies it must still have are listed as warnings. When every
  # required policy is in (or marked not applicable under required_policies), delete this line: they become errors.
  core/required-policies: warning
  england/expected-policies: warning
  # The yearly records below are listed as warnings until the england: section above records them; then delete these.
  england/complaints-self-assessment: warning
  england/member-responsible-for-complaints: warning
  england/tenant-satisfaction-measures: warning
  england/health-and-safety-lead: warning
`;
}
