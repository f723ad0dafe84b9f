// A fictional association's register for the site tests: public, internal, draft, superseded and hostile policies,
// with marker strings in every internal field so a leak anywhere in the site can be found by grepping.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { policyText } from '../helpers/rule-tester.js';

export const CONFIG = `organisation: Lochan Bay Housing Co-operative
jurisdiction: none
categories:
  housing-management: { title: Housing management, affects_tenants: true }
  governance: { title: Governance }
committees:
  - { name: Management Committee, meetings: [] }
site:
  base_url: https://lochan-bay.example/policies/
  colour: "#1d4f6e"
  contact: { email: policies@lochan-bay.example, phone: "01632 960 000" }
`;

/** Strings that appear only in internal fields or non-public policies: none may appear in any file of the site. */
export const SECRETS = [
  'MINUTE-SECRET-771',
  'WAIVER-REASON-SECRET',
  'OWNER-SECRET-ROLE',
  'EIA-OUTCOME-SECRET',
  'CONSULT-SUMMARY-SECRET',
  'Internal Fraud Response Plan',
  'INTERNAL-BODY-WORD',
  'Draft Estate Walkabouts Policy',
  'DRAFT-BODY-WORD',
  'Old Superseded Rent Policy',
  'SUPERSEDED-BODY-WORD',
];

const approved = (id: string, title: string, extra: Record<string, string | undefined> = {}) => ({
  id: `"${id}"`,
  title,
  category: 'housing-management',
  approving_body: 'Management Committee',
  owner: 'OWNER-SECRET-ROLE',
  adopted: '2020-05-14',
  last_reviewed: '2026-06-11',
  next_review: '2029-06',
  approvals:
    '\n  - { date: 2020-05-14, body: Management Committee, minute: "MINUTE-SECRET-771" }\n  - { date: 2026-06-11, body: Management Committee, minute: "MINUTE-SECRET-771b" }',
  eia: '{ required: true, completed: 2026-05-01, outcome: EIA-OUTCOME-SECRET }',
  consultation: '{ required: true, groups: [tenants], opened: 2026-03-01, closed: 2026-04-15, summary: CONSULT-SUMMARY-SECRET }',
  publication: 'public',
  ...extra,
});

export const HOSTILE_BODY = `# Hostile Policy

## Purpose

<script>window.pwned = 1</script>
<img src=x onerror="window.pwned = 2">
<svg onload="window.pwned = 3"><script>window.pwned = 4</script></svg>
<iframe src="https://evil.example/"></iframe>
<a href="javascript:window.pwned=5">raw link</a>
<style>body { display: none }</style>

[click me](javascript:window.pwned=6) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
and [vb](vbscript:msgbox) and ![tracker](https://evil.example/pixel.png "t") and ![inline](data:image/svg+xml;base64,PHN2Zz4=)

<div id="search-form" onclick="window.pwned=7">clobber</div>

[ok link](https://www.gov.scot/) and [mail](mailto:someone@example.org)

| Category | Response time | Who responds | Escalation route | Monitoring arrangements | Supercalifragilisticexpialidociousheading |
|---|---|---|---|---|---|
| A | 1 working day | Housing officer | Area manager then director | Quarterly report to committee | https://www.example.org/a/very/long/address/that/does/not/break/anywhere/at/all |

\`\`\`
a-very-long-line-of-code-without-any-spaces-at-all-that-would-push-the-page-sideways-on-a-phone-if-it-did-not-wrap-properly
\`\`\`

See https://www.example.org/another/very/long/address/that/does/not/break/anywhere/and/keeps/going/on/and/on for more.

## Equality impact assessment
Text.

## Monitoring and review
Text.
`;

export function registerFiles(): Record<string, string> {
  return {
    'policies.config.yaml': CONFIG,
    'policies/rent.md': policyText(
      approved('HM-01', 'Rent Arrears Policy', { linked_policies: '["HM-02", "FR-01", "HM-09"]' }),
      `# Rent Arrears Policy

## Plain-language summary

If you fall behind with your rent, talk to us early: we will agree a plan you can afford.

## Purpose
We help tenants keep their homes. The word kelpiewhistle appears only in this policy.

## Equality impact assessment
Done.

## Monitoring and review
Every year.
`,
    ),
    'policies/asb.md': policyText(
      approved('HM-02', 'Anti-social Behaviour Policy', {
        linked_policies: '["HM-01"]',
        last_reviewed: '2024-02-08',
        approvals:
          '\n  - { date: 2020-05-14, body: Management Committee, minute: "MINUTE-SECRET-771" }\n  - { date: 2024-02-08, body: Management Committee, minute: "MINUTE-SECRET-771c" }',
        next_review: '2026-02',
      }),
    ),
    'policies/hostile.md': policyText(approved('HM-03', 'Hostile <b>Policy</b> "quoted" & more'), HOSTILE_BODY),
    'policies/fraud.md': policyText(
      approved('FR-01', 'Internal Fraud Response Plan', { publication: 'internal', category: 'governance' }),
      '# Internal\n\nINTERNAL-BODY-WORD\n\n## Equality impact assessment\nx\n\n## Monitoring and review\nx\n',
    ),
    'policies/walkabouts.md': policyText(
      {
        ...approved('HM-04', 'Draft Estate Walkabouts Policy'),
        status: 'draft',
        adopted: undefined,
        last_reviewed: undefined,
        next_review: undefined,
        approvals: undefined,
      },
      '# Draft\n\nDRAFT-BODY-WORD\n',
    ),
    'policies/old-rent.md': policyText(
      {
        ...approved('HM-05', 'Old Superseded Rent Policy'),
        status: 'superseded',
        waivers: '\n  - { rule: core/review-overdue, reason: WAIVER-REASON-SECRET, approved_by: Management Committee, until: 2027-01-01 }',
      },
      '# Old\n\nSUPERSEDED-BODY-WORD\n',
    ),
  };
}

/** Every file under a folder, by path relative to it. */
export function filesUnder(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.set(relative(dir, full).split('\\').join('/'), readFileSync(full));
    }
  };
  walk(dir);
  return out;
}
