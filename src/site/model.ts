// Which policies the site publishes, and what it shows of each: only public, in-force policies, only public fields.
import type { ResolvedConfig } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import { currentApprovalDate, isInForce, reviewState, type ReviewState } from '../register/review.js';
import { policyDigest, publishedText, publishedVersion } from './manifest.js';
import { renderBody, type RenderedBody } from './render.js';

/** What changed since the previous approved version, in public terms (field names, section headings). */
export interface ChangeSummary {
  /** The previous approved version's date, or undefined when there was none (the first version). */
  previous?: string;
  /** Public details that changed, in words ("the next review date"). */
  fields: string[];
  added: string[];
  changed: string[];
  removed: string[];
}

export interface SitePolicy {
  id: string;
  title: string;
  slug: string;
  /** Path of its page within the site: policies/<slug>.html */
  path: string;
  category: string;
  categoryTitle: string;
  approvingBody?: string;
  owner?: string;
  /** The approval the text rests on. */
  approved?: string;
  version?: string;
  adopted?: string;
  approvals: { date: string; body: string }[];
  review?: ReviewState;
  body: RenderedBody;
  related: { id: string; title: string; path: string }[];
  digest: string;
  /** Undefined when the history could not be read (no git); see the page's wording. */
  changes?: ChangeSummary;
}

/** Whether the site may publish the policy: readable, public, in force, with an id and a title. */
export function isPublishable(policy: Policy): boolean {
  const d = policy.data;
  return !policy.loadProblem && d.publication === 'public' && isInForce(policy) && typeof d.id === 'string' && typeof d.title === 'string';
}

export function categoryTitle(config: ResolvedConfig, category: string): string {
  const title = config.categories.get(category)?.title;
  if (title) return title;
  const words = category.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A file name for an id: ids may hold spaces, dots, brackets and ampersands. */
function slugOf(id: string): string {
  const slug = id
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug || 'policy';
}

export interface ModelOptions {
  config: ResolvedConfig;
  today: string;
  /** What changed since the previous approved version, when history is available. */
  changesOf?: (policy: Policy) => Promise<ChangeSummary | undefined>;
}

/** The site's policies, sorted by id; duplicate ids (a register error) publish the first file only. */
export async function sitePolicies(policies: readonly Policy[], { config, today, changesOf }: ModelOptions): Promise<SitePolicy[]> {
  const chosen = new Map<string, Policy>();
  for (const policy of [...policies].filter(isPublishable).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))) {
    if (!chosen.has(policy.data.id!)) chosen.set(policy.data.id!, policy);
  }
  const ids = [...chosen.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }) || (a < b ? -1 : 1));
  const slugs = new Set<string>();
  const paths = new Map<string, string>();
  for (const id of ids) {
    const base = slugOf(id);
    let slug = base;
    for (let n = 2; slugs.has(slug); n++) slug = `${base}-${n}`;
    slugs.add(slug);
    paths.set(id, `policies/${slug}.html`);
  }
  const out: SitePolicy[] = [];
  for (const id of ids) {
    const policy = chosen.get(id)!;
    const d = policy.data;
    const path = paths.get(id)!;
    const related = [...new Set(d.linked_policies ?? [])]
      .filter((other) => other !== id && chosen.has(other))
      .map((other) => ({ id: other, title: chosen.get(other)!.data.title!, path: paths.get(other)! }));
    const item: SitePolicy = {
      id,
      title: d.title!,
      slug: path.slice('policies/'.length, -'.html'.length),
      path,
      category: d.category ?? 'uncategorised',
      categoryTitle: categoryTitle(config, d.category ?? 'uncategorised'),
      approvals: (d.approvals ?? []).filter((a) => a.date <= today).map((a) => ({ date: a.date, body: a.body })),
      body: await renderBody(publishedText(policy), d.title!),
      related,
      digest: policyDigest(policy),
    };
    if (d.approving_body) item.approvingBody = d.approving_body;
    if (config.site.showOwner && d.owner) item.owner = d.owner;
    const approved = currentApprovalDate(policy)?.date;
    if (approved) item.approved = approved;
    const version = publishedVersion(policy);
    if (version) item.version = version;
    if (d.adopted) item.adopted = d.adopted;
    const review = reviewState(policy, today, config);
    if (review) item.review = review;
    const changes = changesOf ? await changesOf(policy) : undefined;
    if (changes) item.changes = changes;
    out.push(item);
  }
  return out;
}
