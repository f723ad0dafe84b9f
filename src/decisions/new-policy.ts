// A new policy from the register's own conventions: the next id in the category's series, the fields the schema
// requires, the sections the register requires, and prompts (as comments) for what the author must write.
import type { ResolvedConfig } from '../config/config.js';
import { affectsTenants } from '../register/duties.js';
import type { Policy } from '../load/policy.js';
import { yamlString } from './frontmatter-edit.js';
import { suggestKind } from '../register/kinds.js';

export class NewPolicyRefused extends Error {}

export interface NewPolicyInput {
  title: string;
  category: string;
  owner?: string;
  approvingBody?: string;
  id?: string;
}

/**
 * The next free id in the category's series: the prefix most of its ids share, one more than the highest number,
 * padded as they are ("HM-07" after "HM-06"; "010" after "009"). Undefined when the category has no numbered ids.
 */
export function nextId(policies: readonly Policy[], category: string): string | undefined {
  const ids = policies.filter((p) => p.data.category === category && p.data.id).map((p) => p.data.id!);
  const numbered = ids.map((id) => /^(.*?)(\d+)$/.exec(id)).filter((m): m is RegExpExecArray => m !== null);
  if (!numbered.length) return undefined;
  const counts = new Map<string, number>();
  for (const m of numbered) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const prefix = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
  const series = numbered.filter((m) => m[1] === prefix);
  const width = Math.max(...series.map((m) => m[2]!.length));
  const taken = new Set(policies.map((p) => p.data.id));
  let n = Math.max(...series.map((m) => Number(m[2]))) + 1;
  while (taken.has(`${prefix}${String(n).padStart(width, '0')}`)) n++;
  return `${prefix}${String(n).padStart(width, '0')}`;
}

/** A file name from the title: lower case, words joined by hyphens. */
export function fileNameFor(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${slug || 'policy'}.md`;
}

interface SectionOption {
  name: string;
  match: string[];
}

/** The kind the title suggests (the packs' vocabulary), which the rules look policies up by; none when it suggests none. */
function kindLine(title: string, config: ResolvedConfig): string[] {
  const kind = suggestKind(title, config.kinds);
  return kind ? [`kind: ${kind.id}   # from the title: ${kind.title.toLowerCase()}; correct it if that is wrong`] : [];
}

export function newPolicyText(policies: readonly Policy[], input: NewPolicyInput, config: ResolvedConfig): { id: string; text: string } {
  const title = input.title.trim();
  if (!title) throw new NewPolicyRefused('--title is empty: give the policy its name.');
  if (config.categories.size && !config.categories.has(input.category)) {
    throw new NewPolicyRefused(
      `--category ${input.category} is not a category in the config: ${[...config.categories.keys()].join(', ')}.`,
    );
  }
  const id = input.id ?? nextId(policies, input.category);
  if (!id) throw new NewPolicyRefused(`No policy in ${input.category} has a numbered id, so there is no series to continue: give --id.`);
  if (!/^[A-Za-z0-9 ._()&-]+$/.test(id)) throw new NewPolicyRefused(`--id ${id} may hold only letters, digits, spaces and . _ ( ) & -`);
  if (policies.some((p) => p.data.id === id)) throw new NewPolicyRefused(`The id ${id} is already used.`);
  const inCategory = policies.filter((p) => p.data.category === input.category);
  const usual = (field: 'owner' | 'approving_body') => {
    const counts = new Map<string, number>();
    for (const p of inCategory) if (p.data[field]) counts.set(p.data[field]!, (counts.get(p.data[field]!) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  };
  const committee = config.committees.find((c) => c.remit.includes(input.category));
  const owner = input.owner ?? usual('owner');
  const body = input.approvingBody ?? committee?.name ?? usual('approving_body');
  if (!owner)
    throw new NewPolicyRefused(`No policy in ${input.category} names an owner to follow: give --owner (the lead officer, as a role).`);
  if (!body) throw new NewPolicyRefused(`No committee's remit covers ${input.category}: give --approving-body.`);
  // The duties a policy of this category brings, as check will judge them (only the policy's data is read).
  const tenants = affectsTenants({ data: { category: input.category } } as Pick<Policy, 'data'> as Policy, config);
  const consultation = tenants
    ? [
        'consultation:',
        '  required: true',
        '  groups: [tenants, registered-tenant-organisations]   # s54: tenants and registered tenant organisations',
        '  # opened: YYYY-MM-DD, closed: YYYY-MM-DD, summary: what was done and what changed',
      ]
    : ['consultation:', '  required: true', '  groups: [staff]   # who will be consulted; or required: false with a reason'];
  const front = [
    '---',
    `id: ${JSON.stringify(id)}`,
    `title: ${yamlString(title)}`,
    `category: ${input.category}`,
    ...kindLine(title, config),
    'status: draft',
    `owner: ${yamlString(owner)}`,
    `approving_body: ${yamlString(body)}`,
    '# adopted, last_reviewed, next_review and approvals are set by: policies approve ID --body ... --date ... --minute ...',
    'eia:',
    '  required: true   # the equality impact assessment: completed: YYYY-MM-DD and outcome once done',
    ...consultation,
    'publication: public',
    '---',
  ];
  const rule = config.rules.get('core/required-sections');
  const sections = (
    (rule?.options as { sections?: SectionOption[] } | undefined)?.sections ?? [
      { name: 'equality section', match: ['equalit'] },
      { name: 'monitoring and review section', match: ['monitor', 'review'] },
    ]
  )
    .map((s) => s.name.replace(/ section$/, ''))
    .map((s) => s.charAt(0).toUpperCase() + s.slice(1));
  const headings = ['Purpose', 'Scope', 'Policy', ...sections.filter((s) => !['Purpose', 'Scope', 'Policy'].includes(s))];
  const prompts: Record<string, string> = {
    Purpose: 'Why the policy exists and what it achieves.',
    Scope: 'Who and what it covers.',
    Policy: 'What the association will do: the commitments, in numbered points.',
  };
  const bodyText = headings
    .map((h) => `## ${h}\n\n<!-- ${prompts[h] ?? `What the ${h.toLowerCase()} section must record.`} -->\n`)
    .join('\n');
  return { id, text: `${front.join('\n')}\n\n# ${title}\n\n${bodyText}` };
}
