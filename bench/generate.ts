// Deterministic synthetic registers for the benchmark: realistic frontmatter in two styles, bodies of a few KB, links between policies.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The categories whose policies affect tenants (the example config marks them so): their policies record a consultation. */
const TENANT_CATEGORIES = [
  'housing-management',
  'repairs',
  'asset-management',
  'tenant-participation',
  'customer-service',
  'rent',
  'health-and-safety',
  'factoring',
];
const CATEGORIES = [...TENANT_CATEGORIES, 'governance', 'finance', 'hr', 'equality', 'information'];
const BODIES: Record<string, string> = {
  'housing-management': 'Housing Services Committee',
  repairs: 'Audit and Risk Committee',
  'asset-management': 'Audit and Risk Committee',
  'tenant-participation': 'Board of Management',
  'customer-service': 'Housing Services Committee',
  rent: 'Board of Management',
  'health-and-safety': 'Audit and Risk Committee',
  factoring: 'Housing Services Committee',
  governance: 'Board of Management',
  finance: 'Finance Committee',
  hr: 'Audit and Risk Committee',
  equality: 'Board of Management',
  information: 'Audit and Risk Committee',
};
/**
 * The kind each category's policies declare, where the rules look policies of that kind up (a kept register says
 * its kinds); the rent-setting and factoring policies carry the records their kinds need.
 */
const KINDS: Record<string, string> = {
  repairs: 'repairs',
  rent: 'rent-setting',
  factoring: 'factoring',
  equality: 'equality-and-human-rights',
  'tenant-participation': 'tenant-participation-strategy',
};
const WORDS =
  'tenant repair service rent arrears neighbour estate committee review consultation equality assessment officer housing allocation safety inspection contract budget performance report complaint response standard charter outcome record approval minute'.split(
    ' ',
  );

/** A small seeded generator (mulberry32), so every run builds the same registers. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function paragraph(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(rand() * WORDS.length)]!);
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function pad(n: number): string {
  return String(n).padStart(5, '0');
}

/**
 * Registers are written by hand in more than one style: every other policy puts its lists at the margin, its
 * approvals as indented mappings, a comment at the top and a folded paragraph, as many editors leave them.
 */
function blockStyle(frontmatter: string): string {
  return frontmatter
    .replace(
      /^([a-z_]+): \[(.*)\]$/gm,
      (_, key: string, items: string) =>
        `${key}:\n${items
          .split(', ')
          .filter(Boolean)
          .map((item) => `- ${item}`)
          .join('\n')}`,
    )
    .replace(/^ {2}- \{ (.*) \}$/gm, (_, fields: string) => `  - ${fields.split(', ').join('\n    ')}`)
    .replace(/^ {2}outcome: "(.*)"$/m, '  outcome: >-\n    $1\n    Checked again at this review.')
    .replace(/^---\n/, '---\n# Keep these fields up to date when the policy is reviewed.\n');
}

/**
 * Two corpora: `findings` has deliberate findings in about 16 of every 100 policies (reviews falling due, overdue
 * reviews, missing minutes, drafts, links to drafts); `realistic` has a few in every 100, as a kept register does.
 */
export type Corpus = 'findings' | 'realistic';

export function policyFile(i: number, count: number, rand: () => number, corpus: Corpus = 'findings'): string {
  const text = flowStylePolicy(i, count, rand, corpus);
  if (i % 2 === 0) return text;
  const end = text.indexOf('\n---\n', 4);
  return blockStyle(text.slice(0, end)) + text.slice(end);
}

function flowStylePolicy(i: number, count: number, rand: () => number, corpus: Corpus): string {
  const few = corpus === 'realistic';
  const category = CATEGORIES[i % CATEGORIES.length]!;
  const body = BODIES[category]!;
  const adoptedYear = 2010 + (i % 12);
  // In the realistic corpus every review is recent, so none falls due within the warning period.
  const reviewYear = few ? 2025 : 2024 + (i % 2);
  const month = String(1 + (i % 12)).padStart(2, '0');
  const links = [1, 2, 3].map((k) => `"P-${pad((i * 7 + k * 13) % count)}"`).filter((l) => l !== `"P-${pad(i)}"`);
  // A few deliberate findings: an overdue review, a missing minute, a draft.
  const overdue = few ? i % 211 === 5 : i % 97 === 5;
  const status = (few ? i % 307 === 7 : i % 53 === 7) ? 'draft' : 'approved';
  const missingMinute = few ? i % 233 === 3 : i % 89 === 3;
  // A policy the rules rely on that leaves its kind to be guessed from its title.
  const kind = (few ? i % 401 === 11 : i % 41 === 11) ? undefined : KINDS[category];
  const records =
    category === 'rent'
      ? 'rent_increases:\n  - effective: 2026-04-01\n    consultation: { opened: 2025-11-03, closed: 2025-12-12 }\n    notice: 2026-02-27\n'
      : category === 'factoring'
        ? `written_statement: { issued: ${reviewYear}-${month}-20 }\n`
        : '';
  const tenants = TENANT_CATEGORIES.includes(category);
  const sections = [
    'Purpose',
    'Scope',
    'Policy',
    'Roles and responsibilities',
    'Consultation',
    'Equality impact assessment',
    'Monitoring and review',
  ]
    .map((h) => `## ${h}\n\n${paragraph(rand, 60)} ${paragraph(rand, 45)}\n\n- ${paragraph(rand, 12)}\n- ${paragraph(rand, 10)}\n`)
    .join('\n');
  return `---
id: "P-${pad(i)}"
title: "Synthetic ${category.replace(/-/g, ' ')} policy ${i}"
category: ${category}
${kind ? `kind: ${kind}\n` : ''}status: ${status}
owner: Director of Housing Services
approving_body: ${body}
adopted: ${adoptedYear}-${month}-10
last_reviewed: ${reviewYear}-${month}-12
next_review: ${overdue ? '2025-01' : `${reviewYear + 3}-${month}`}
approvals:
  - { date: ${adoptedYear}-${month}-10, body: ${body}, minute: "M ${adoptedYear}/${i % 40}" }
  - { date: ${reviewYear}-${month}-12, body: ${body}${missingMinute ? '' : `, minute: "M ${reviewYear}/${i % 40}"`} }
eia:
  required: true
  completed: ${reviewYear}-${month}-01
  outcome: "No negative impact identified for any protected characteristic."
consultation:
${tenants ? `  required: true\n  groups: [tenants, registered-tenant-organisations]\n  opened: ${reviewYear - 1}-10-01\n  closed: ${reviewYear - 1}-11-30\n  summary: "Survey of tenants and a meeting with the registered tenant organisations."` : '  required: false\n  reason: "Internal policy with no significant effect on tenants."'}
charter_outcomes: [${1 + (i % 11)}, 13]
regulatory_standards: ["SHR ${1 + (i % 7)}"]
legislation: ["Housing (Scotland) Act 2001"]
linked_policies: [${links.join(', ')}]
${records}publication: public
---

# Synthetic ${category.replace(/-/g, ' ')} policy ${i}

${sections}`;
}

/** Write a register of `count` policies into `dir` (replacing it), with the example config, as a git repository. */
export function generateRegister(dir: string, count: number, configFile: string, corpus: Corpus = 'findings'): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'policies'), { recursive: true });
  copyFileSync(configFile, path.join(dir, 'policies.config.yaml'));
  const rand = random(count);
  // A current tenant participation strategy, so the register-level rule is satisfied.
  for (let i = 0; i < count; i++) writeFileSync(path.join(dir, 'policies', `p-${pad(i)}.md`), policyFile(i, count, rand, corpus));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-01-05T12:00:00Z', GIT_COMMITTER_DATE: '2026-01-05T12:00:00Z' },
    });
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'add', '-A');
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-m', 'Register');
  git('checkout', '-q', '-b', 'change');
  // One changed policy on the branch, for check --changed.
  const changed = path.join(dir, 'policies', `p-${pad(Math.floor(count / 2))}.md`);
  writeFileSync(changed, policyFile(Math.floor(count / 2), count, random(7), corpus).replace('Synthetic', 'Revised synthetic'));
  git('-c', 'user.name=Bench', '-c', 'user.email=bench@example.org', 'commit', '-q', '-am', 'Revise one policy');
}
