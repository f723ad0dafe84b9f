// Turn a merged policy into a policy file: frontmatter in the format `check` reads, filled only from evidence, with a
// comment where a person must fill a field, and the document's text as the body.
import { stringify } from 'yaml';
import { isRealDate } from '../util/dates.js';
import { mdastToMarkdown } from './read/markdown.js';
import { looseKey, type MergedPolicy } from './merge.js';
import type { Extracted, Found } from './types.js';

const ID = /^[A-Za-z0-9][A-Za-z0-9 ._()&-]*$/;
const CATEGORY = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface Need {
  field: string;
  /** What to fill, in words. */
  message: string;
}

export interface BuiltPolicy {
  id?: string;
  title?: string;
  /** The file's text. */
  content: string;
  needs: Need[];
  /** Policies the document names that are not in the register being built. */
  unresolved: string[];
  linked: string[];
  /** Values read but not written, with why (e.g. a month where a day is needed). */
  notWritten: { field: string; value: unknown; reason: string }[];
}

/** A file name fragment from any text: lower-case letters, digits and single hyphens, at most 60 characters. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A reference as the schema allows it: "HM/14" becomes "HM-14"; anything else unusual is left for a person. */
export function safeId(value: string): string | undefined {
  const id = value
    .trim()
    .replace(/[/\\]+/g, '-')
    .replace(/\s+/g, ' ');
  return id.length <= 64 && ID.test(id) ? id : undefined;
}

function comment(text: string): string {
  // A comment is one line whatever the document said: control characters and line breaks become spaces.
  return `# ${text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').slice(0, 300)}`;
}

function yamlLine(key: string, value: unknown): string {
  // Lists and small records on one line, as people write them by hand: charter_outcomes: [1, 2, 11].
  return stringify({ [key]: value }, { lineWidth: 0, collectionStyle: 'flow', flowCollectionPadding: true })
    .trimEnd()
    .replace(/^\{ ?/, '')
    .replace(/ ?\}$/, '');
}

/** Build every policy's file text, resolving the policies each names against the register being built. */
export function buildPolicies(policies: MergedPolicy[]): BuiltPolicy[] {
  const titles = new Map<string, string>();
  for (const p of policies) {
    const id = p.fields.id ? safeId(p.fields.id.value) : undefined;
    if (id && p.fields.title) titles.set(looseKey(p.fields.title.value), id);
  }
  return policies.map((p) => build(p, titles));
}

function build(policy: MergedPolicy, titles: Map<string, string>): BuiltPolicy {
  const f: Extracted = policy.fields;
  const lines: string[] = ['---'];
  const needs: Need[] = [];
  const notWritten: BuiltPolicy['notWritten'] = [];
  const need = (field: string, message: string) => {
    needs.push({ field, message });
    lines.push(comment(`${field}: NEEDS A PERSON. ${message}`));
  };
  const put = (key: string, value: unknown) => lines.push(yamlLine(key, value));

  const id = f.id ? safeId(f.id.value) : undefined;
  // Always quoted, so a reference like 010 stays a string.
  if (id) lines.push(`id: ${JSON.stringify(id)}`);
  else if (f.id)
    need(
      'id',
      `the reference read, "${f.id.value}", has characters an id cannot hold; write it with letters, digits, spaces and . _ ( ) & - only.`,
    );
  else need('id', 'the policy number or reference (e.g. "HM 14"); the document does not give one.');

  if (f.title) put('title', f.title.value);
  else need('title', "the policy's name; no title was found.");

  const category = f.category ? slug(f.category.value) : '';
  if (category && CATEGORY.test(category)) put('category', category);
  else
    need(
      'category',
      `the category in kebab-case, one of the config's categories (e.g. housing-management)${f.category ? `; the document says "${f.category.value}"` : ''}.`,
    );

  if (f.status) put('status', f.status.value);
  else
    need(
      'status',
      'approved, draft, consultation, under-review, superseded or withdrawn; the document does not say and records no approval.',
    );

  if (f.owner) put('owner', f.owner.value);
  else
    need(
      'owner',
      `the lead officer, as a role (e.g. "Director of Housing Services")${f.author ? `; the document names its author: ${f.author.value}` : ''}.`,
    );

  if (f.approving_body) put('approving_body', f.approving_body.value);
  else need('approving_body', 'the board or committee that approves it; the document does not name one.');

  const day = (found: Found<string> | undefined, field: string): string | undefined => {
    if (!found) return undefined;
    if (isRealDate(found.value)) return found.value;
    notWritten.push({ field, value: found.value, reason: 'only the month is written; the day is needed' });
    return undefined;
  };
  const adopted = day(f.adopted, 'adopted');
  const approved = day(f.approved, 'approved');
  const approvedOrMonth = f.approved?.value;
  if (adopted) put('adopted', adopted);
  else if (f.status?.value !== 'draft' && f.status?.value !== 'consultation') {
    need(
      'adopted',
      f.adopted
        ? `the date it was first adopted; the document gives only the month (${f.adopted.value}).`
        : approvedOrMonth
          ? `the date it was first adopted; the document gives the approval of this version (${approvedOrMonth}) but not the first adoption (if this is the first version, that date).`
          : 'the date it was first adopted (YYYY-MM-DD); the document does not give it.',
    );
  }

  let lastReviewed = day(f.last_reviewed, 'last_reviewed');
  if (!lastReviewed && !f.last_reviewed && approved && adopted && approved > adopted) lastReviewed = approved;
  if (lastReviewed) put('last_reviewed', lastReviewed);
  else if (f.last_reviewed)
    need('last_reviewed', `the date of the last review; the document gives only the month (${f.last_reviewed.value}).`);

  if (f.next_review) put('next_review', f.next_review.value);
  else if (f.status?.value === 'approved')
    need('next_review', 'when the next review is due (YYYY-MM-DD or YYYY-MM); the document does not say.');

  if (f.review_cycle_months) put('review_cycle_months', f.review_cycle_months.value);

  if (approved && f.approving_body) put('approvals', [{ date: approved, body: f.approving_body.value }]);
  else if (f.approved && f.approving_body)
    lines.push(
      comment(
        `approvals: the approval by ${f.approving_body.value} in ${f.approved.value} needs its date (YYYY-MM-DD) and minute reference.`,
      ),
    );

  if (f.eia_required) {
    const eia: Record<string, unknown> = { required: f.eia_required.value };
    const completed = day(f.eia_completed, 'eia.completed');
    if (completed) eia.completed = completed;
    put('eia', eia);
    if (f.eia_required.value && !completed) lines.push(comment('eia: add completed (YYYY-MM-DD) and outcome when the assessment is done.'));
    if (!f.eia_required.value) lines.push(comment('eia: add reason: why no assessment is required.'));
  } else
    need(
      'eia',
      'the equality impact assessment decision: { required: true, completed: YYYY-MM-DD, outcome: ... } or { required: false, reason: ... }.',
    );

  if (f.consultation_required) {
    const c: Record<string, unknown> = { required: f.consultation_required.value };
    if (f.consultation_groups) c.groups = f.consultation_groups.value;
    if (f.consultation_summary) c.summary = f.consultation_summary.value;
    put('consultation', c);
  } else
    need(
      'consultation',
      'the tenant consultation decision: { required: true, groups: [tenants], opened: ..., closed: ... } or { required: false, reason: ... }.',
    );

  if (f.charter_outcomes) put('charter_outcomes', f.charter_outcomes.value);
  if (f.legislation) put('legislation', f.legislation.value);

  const linked: string[] = [];
  const unresolved: string[] = [];
  for (const name of f.policies_named?.value ?? []) {
    const target = titles.get(looseKey(name));
    if (target && target !== id) {
      if (!linked.includes(target)) linked.push(target);
    } else if (!target) unresolved.push(name);
  }
  // Ids quoted, as in `id`, so a reference like 010 stays a string.
  if (linked.length > 0)
    lines.push(
      `linked_policies: [ ${linked
        .sort()
        .map((l) => JSON.stringify(l))
        .join(', ')} ]`,
    );
  if (f.version) lines.push(comment(`version in the document: ${f.version.value}`));
  lines.push('---', '');

  const body =
    policy.document?.markdown ??
    mdastToMarkdown({
      type: 'root',
      children: [
        { type: 'heading', depth: 1, children: [{ type: 'text', value: f.title?.value ?? f.id?.value ?? 'Policy' }] },
        {
          type: 'paragraph',
          children: [{ type: 'text', value: "The register lists this policy, but its text was not imported: add the policy's text here." }],
        },
      ],
    });
  const hasTitle = /^#\s/m.test(body.split('\n').slice(0, 15).join('\n'));
  const heading =
    !hasTitle && f.title
      ? mdastToMarkdown({ type: 'root', children: [{ type: 'heading', depth: 1, children: [{ type: 'text', value: f.title.value }] }] }) +
        '\n'
      : '';
  return {
    ...(id ? { id } : {}),
    ...(f.title ? { title: f.title.value } : {}),
    content: lines.join('\n') + '\n' + heading + body,
    needs,
    unresolved,
    linked,
    notWritten,
  };
}
