// What `policies init` writes into an association's repository: a config to adapt, one example policy, two workflows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../schema/schemas.js';

/** The action reference association repositories use (this repository's own workflows use `./`). */
export const ACTION_REF = 'policy-tracker/policy-tracker@v0';

function yamlString(text: string): string {
  return JSON.stringify(text);
}

export function configTemplate(organisation: string, today: string): string {
  const year = Number(today.slice(0, 4));
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/policy-tracker/policy-tracker/main/schemas/config.schema.json
# Settings for ${organisation.replace(/[\r\n]+/g, ' ')}'s policy register. Adapt each section; see docs/configuration.md.
organisation: ${yamlString(organisation)}
jurisdiction: scotland          # runs the Scotland pack (Housing (Scotland) Act 2001, Charter, SHR standards); "none" for core rules only

policies: [policies]

review:
  default_cycle_months: 36      # your board's standard review cycle
  max_cycle_months: 60          # the longest any policy may go without review
  due_soon_days: 90             # how far ahead "due soon" looks
  stale_months: 6               # drafts untouched this long are flagged

# Categories you use; those that significantly affect tenants bring in the duty to consult (s54).
categories:
  governance:           { title: Governance }
  finance:              { title: Finance }
  hr:                   { title: People }
  housing-management:   { title: Housing management, affects_tenants: true, max_cycle_months: 36 }
  repairs:              { title: Repairs and maintenance, affects_tenants: true, max_cycle_months: 36 }
  tenant-participation: { title: Tenant participation, affects_tenants: true, max_cycle_months: 36 }
  rent:                 { title: Rent and service charges, affects_tenants: true, rent_setting: true, max_cycle_months: 36 }

# Your committees, what they approve, and their meeting dates (add next year's as they are set).
committees:
  - name: Board of Management
    aliases: [Board]
    remit: [governance, finance, hr, tenant-participation, rent]
    meetings: [${year + 1}-02-25, ${year + 1}-04-29, ${year + 1}-06-24, ${year + 1}-09-30, ${year + 1}-12-09]
    paper_deadline_working_days: 7

# Days the office is closed: not working days when paper deadlines are counted.
holidays: [${year}-12-25, ${year}-12-26, ${year + 1}-01-01, ${year + 1}-01-02]

lead_times:
  consultation_weeks: 8
  eia_weeks: 4
  reminder_days: 7

# Change a rule's severity (off, warning, error) or options: run \`policies rules\` for the list.
rules: {}
`;
}

export function examplePolicy(today: string): string {
  const year = Number(today.slice(0, 4));
  return `---
id: "GOV-01"
title: Example Governance Policy
category: governance
status: draft
owner: Chief Executive
approving_body: Board of Management
review_cycle_months: 36
eia:
  required: false
  reason: "Replace with the outcome of your screening for this policy."
consultation:
  required: false
  reason: "Internal governance policy with no significant effect on tenants."
publication: public
---

# Example Governance Policy

Replace this file with one of your own policies, or copy it for each policy in the register.

## Purpose

What the policy is for.

## Policy

What the association will do.

## Equality impact assessment

What the assessment found, or why none was needed.

## Monitoring and review

How the policy is monitored, and when it is next reviewed (by ${year + 3}).
`;
}

/** This repository's workflow, pointed at the published action instead of the local one. */
export function workflowTemplate(name: 'policies-pr.yml' | 'policies-scheduled.yml'): string {
  const text = readFileSync(path.join(PACKAGE_ROOT, '.github', 'workflows', name), 'utf8');
  return text.replace(/uses: \.\/$/gm, `uses: ${ACTION_REF}`);
}
