// What `policy-tracker init` writes into an association's repository: a config to adapt, an example policy, a starting
// tenant participation strategy record, and two workflows that run the installed CLI (no action to reference).
import { addDays, addMonths, weekday } from '../util/dates.js';
import { scottishBankHolidays } from './bank-holidays.js';

function yamlString(text: string): string {
  return JSON.stringify(text);
}

/** The last Wednesday of the month `date` is in, moved a day earlier while it is a holiday. */
function lastWednesday(date: string, holidays: ReadonlySet<string>): string {
  let day = addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);
  while (weekday(day) !== 3) day = addDays(day, -1);
  while (holidays.has(day) || weekday(day) === 0 || weekday(day) === 6) day = addDays(day, -1);
  return day;
}

/** Bank holidays from today to the end of next year, and a meeting every other month for the next twelve months. */
export function startingDates(today: string): { holidays: string[]; meetings: string[] } {
  const year = Number(today.slice(0, 4));
  const holidays = [...scottishBankHolidays(year), ...scottishBankHolidays(year + 1)].filter((d) => d >= today);
  const closed = new Set(holidays);
  const meetings = [1, 3, 5, 7, 9, 11].map((months) => lastWednesday(addMonths(`${today.slice(0, 7)}-01`, months), closed));
  return { holidays, meetings };
}

/** Where the schema and the configuration reference are once policy-tracker is installed in the repository. */
const INSTALLED = './node_modules/policy-tracker';

export function configTemplate(organisation: string, today: string): string {
  const { holidays, meetings } = startingDates(today);
  return `# yaml-language-server: $schema=${INSTALLED}/schemas/config.schema.json
# Settings for ${organisation.replace(/[\r\n]+/g, ' ')}'s policy register. Adapt each section: every setting is described in
# ${INSTALLED}/docs/configuration.md (and in the schema above, which editors with the YAML extension read).
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

# Your committees, what they approve, and their meeting dates. These are examples (the last Wednesday of every other
# month): replace them with your real dates, and add next year's as they are set.
committees:
  - name: Board of Management
    aliases: [Board]
    remit: [governance, finance, hr, housing-management, repairs, tenant-participation, rent]
    meetings: [${meetings.join(', ')}]
    paper_deadline_working_days: 7

# Days the office is closed: not working days when paper deadlines are counted. These are Scotland's bank holidays
# (with substitute days for those falling at a weekend) until the end of next year; add your own closure days.
holidays: [${holidays.join(', ')}]

lead_times:
  consultation_weeks: 8
  eia_weeks: 4
  reminder_days: 7

# Change a rule's severity (off, warning, error) or options: run \`npx --no-install policy-tracker rules\` for the list.
rules:
  # While the register is being brought in, the policies it must still have are listed as warnings. When every
  # required policy is in (or marked not applicable under required_policies), delete this line: they become errors.
  core/required-policies: warning
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

/**
 * Every Scottish RSL has a tenant participation strategy (s53), so the register starts with a record of it. The dates,
 * minute and outcomes are the ones to replace with the association's own; the text says so at the top.
 */
export function participationStrategy(today: string): string {
  const approved = addDays(today, -7);
  const eia = addDays(today, -28);
  const opened = addDays(today, -84);
  const closed = addDays(today, -35);
  return `---
id: "TP-01"
title: Tenant Participation Strategy
category: tenant-participation
kind: tenant-participation-strategy
status: approved
owner: Director of Housing Services
approving_body: Board of Management
# Replace the dates, minute and records below with those of your current strategy (the Board's approval, the
# consultation with tenants and registered tenant organisations, the equality impact assessment).
adopted: ${approved}
last_reviewed: ${approved}
next_review: ${addMonths(approved, 36).slice(0, 7)}
approvals:
  - { date: ${approved}, body: Board of Management, minute: "Replace with the minute reference" }
eia:
  required: true
  completed: ${eia}
  outcome: "Replace with the outcome of the assessment."
consultation:
  required: true
  groups: [tenants, registered-tenant-organisations]
  opened: ${opened}
  closed: ${closed}
  summary: "Replace with how tenants and registered tenant organisations were consulted."
charter_outcomes: [3]
publication: public
---

# Tenant Participation Strategy

Replace this text with your strategy (Housing (Scotland) Act 2001 s53), and the fields above with its real record.

## How tenants take part

How tenants and registered tenant organisations are involved in decisions, and how they are supported to take part.

## Equality impact assessment

What the assessment found.

## Monitoring and review

How the strategy is monitored with tenants, and when it is next reviewed.
`;
}

/** The workflows init writes. They run the policy-tracker installed in the repository (package.json pins it). */
export type WorkflowName = 'policies-pr.yml' | 'policies-scheduled.yml';

/** The steps every workflow `init` writes starts with: the whole history, Node, and the pinned policy-tracker. */
export const INSTALL_STEPS = `      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      # package.json and package-lock.json pin the policy-tracker this repository uses (the README says how to add it).
      - name: Install policy-tracker
        run: npm ci --no-audit --no-fund`;

const WORKFLOWS: Record<WorkflowName, string> = {
  'policies-pr.yml': `# Pull requests: check the policies the branch changes, annotate the changed lines, upload SARIF where allowed,
# and put the register report in the job summary.
name: Policy checks

on:
  pull_request:

permissions:
  contents: read

jobs:
  check:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
${INSTALL_STEPS}
      - name: Check changed policies
        id: check
        continue-on-error: true
        env:
          BASE_REF: origin/\${{ github.base_ref }}
        run: |
          set +e
          node_modules/.bin/policy-tracker check --changed --base "$BASE_REF" --format github
          code=$?
          echo "exit-code=$code" >> "$GITHUB_OUTPUT"
          exit "$code"
      - name: Findings as SARIF
        if: always()
        continue-on-error: true
        env:
          BASE_REF: origin/\${{ github.base_ref }}
        run: node_modules/.bin/policy-tracker check --changed --base "$BASE_REF" --format sarif --out policies.sarif
      # Pull requests from forks get a read-only token: uploading would fail for the wrong reason, so skip it.
      - name: Upload to code scanning
        if: always() && github.event.pull_request.head.repo.full_name == github.repository && hashFiles('policies.sarif') != ''
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: policies.sarif
          category: policy-tracker
      - name: Register report in the job summary
        if: always()
        run: node_modules/.bin/policy-tracker report --format md >> "$GITHUB_STEP_SUMMARY"
      - name: Fail when the changed policies have errors, or the check could not run
        if: steps.check.outcome == 'failure'
        env:
          CHECK_EXIT: \${{ steps.check.outputs.exit-code }}
        run: |
          if [ "$CHECK_EXIT" = "1" ]; then
            echo "The changed policies have errors: see the annotations and the job summary."
          else
            echo "policy-tracker could not run the check (exit \${CHECK_EXIT:-unknown}): the log of 'Check changed policies' says why."
          fi
          exit 1
`,
  'policies-scheduled.yml': `# Every Monday morning, and on demand: check the whole register, so reviews falling due are noticed even when nobody
# touches the policies. When the job fails (a review overdue, or any other error), GitHub emails the person who last
# changed this workflow's schedule; in a public repository GitHub turns schedules off after 60 days without activity
# (the README says how to keep it running).
name: Policy register scan

on:
  schedule:
    - cron: '0 7 * * 1'
  workflow_dispatch:

permissions:
  contents: read

jobs:
  scan:
    runs-on: ubuntu-latest
    steps:
${INSTALL_STEPS}
      - name: Register report in the job summary
        run: node_modules/.bin/policy-tracker report --format md >> "$GITHUB_STEP_SUMMARY"
      - name: Check the whole register
        run: node_modules/.bin/policy-tracker check --format github
`,
};

export function workflowTemplate(name: WorkflowName): string {
  return WORKFLOWS[name];
}
