// `policies site`: every file of the published site, as data (path within the site -> content). Writing is separate.
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/config.js';
import type { Policy } from '../load/policy.js';
import { atomFeed } from './feed.js';
import { formatManifest, MANIFEST_FILE, MANIFEST_FORMAT, type PublicationEntry, type PublicationManifest } from './manifest.js';
import { sitePolicies, type ChangeSummary, type SitePolicy } from './model.js';
import { changeEvents, changesPage, formatsPage, indexPage, policyPage, type SiteInfo } from './pages.js';
import { miniSearchLibrary, SEARCH_SCRIPT, searchIndexScript } from './search.js';
import { contrastWithWhite, DEFAULT_COLOUR, stylesheet } from './style.js';

/** A problem with the site's settings: the CLI prints it and exits 2. */
export class SiteError extends Error {}

export interface BuildSiteOptions {
  config: ResolvedConfig;
  policies: readonly Policy[];
  /** The build date (--as-of): overdue reviews are judged against it, and new versions are published on it. */
  today: string;
  /** The last manifest: a version it already records keeps its published date, so a rebuild changes nothing. */
  previous?: PublicationManifest;
  changesOf?: (policy: Policy) => Promise<ChangeSummary | undefined>;
}

export interface BuiltSite {
  files: Map<string, string | Uint8Array>;
  policies: SitePolicy[];
  manifest: PublicationManifest;
}

const LOGO_TYPES = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.svg']);
const MAX_LOGO_BYTES = 1024 * 1024;

async function readLogo(config: ResolvedConfig): Promise<{ file: string; bytes: Uint8Array } | undefined> {
  const logo = config.site.logo;
  if (!logo) return undefined;
  const absolute = path.resolve(config.root, logo);
  const ext = path.extname(logo).toLowerCase();
  if (!LOGO_TYPES.has(ext)) throw new SiteError(`site.logo (${logo}) must be a png, jpg, gif, webp or svg image.`);
  let size: number;
  let real: string;
  try {
    const info = await stat(absolute);
    if (!info.isFile()) throw new Error('not a file');
    size = info.size;
    real = await realpath(absolute);
  } catch {
    throw new SiteError(`site.logo names ${logo}, which does not exist beside the config file. Add the image, or correct the path.`);
  }
  const inside = path.relative(await realpath(config.root), real);
  if (inside.startsWith('..') || path.isAbsolute(inside))
    throw new SiteError(`site.logo (${logo}) is a link to a file outside the repository. Put the image itself in the repository.`);
  if (size > MAX_LOGO_BYTES)
    throw new SiteError(`site.logo (${logo}) is ${Math.ceil(size / 1024)} KiB; a logo may be at most 1 MiB. Use a smaller image.`);
  const bytes = await readFile(absolute);
  // An SVG opened on its own runs its scripts with the site's origin: refuse one that has any.
  if (
    ext === '.svg' &&
    /<script|<foreignObject|\son[a-z]+\s*=|javascript:|<!ENTITY|xlink:href\s*=\s*["']\s*(?!#)/i.test(bytes.toString('utf8'))
  ) {
    throw new SiteError(
      `site.logo (${logo}) is an SVG with scripts, event handlers, entities or links to other files. Export it as a plain SVG or a PNG.`,
    );
  }
  return { file: `logo${ext}`, bytes };
}

function manifestEntries(
  policies: readonly SitePolicy[],
  baseUrl: string | undefined,
  today: string,
  previous: PublicationManifest | undefined,
): PublicationEntry[] {
  return policies
    .filter((p) => p.approved !== undefined)
    .map((p) => {
      const before = previous?.policies.find((e) => e.id === p.id && e.approved === p.approved && e.digest === p.digest);
      return {
        id: p.id,
        title: p.title,
        version: p.version ?? p.approved!,
        approved: p.approved!,
        published: before && before.published <= today ? before.published : today,
        address: `${baseUrl ?? ''}${p.path}`,
        digest: p.digest,
      };
    });
}

export async function buildSite({ config, policies, today, previous, changesOf }: BuildSiteOptions): Promise<BuiltSite> {
  const colour = config.site.colour ?? DEFAULT_COLOUR;
  const contrast = contrastWithWhite(colour);
  if (contrast < 4.5) {
    throw new SiteError(
      `site.colour ${colour} has a contrast of ${contrast.toFixed(2)}:1 with white; the site puts white text on it, and WCAG 2.2 AA needs at least 4.5:1. Choose a darker colour.`,
    );
  }
  const logo = await readLogo(config);
  const organisation = config.organisation || 'Policy register';
  const site: SiteInfo = {
    title: config.site.title ?? `${config.organisation ? `${config.organisation} ` : ''}policies`.replace(/^p/, 'P'),
    organisation,
    today,
    contact: config.site.contact,
    ...(logo ? { logo: { file: logo.file, alt: config.site.logoAlt ?? organisation } } : {}),
  };
  const published = await sitePolicies(policies, { config, today, ...(changesOf ? { changesOf } : {}) });
  const events = changeEvents(published, today);
  const manifest: PublicationManifest = {
    format: MANIFEST_FORMAT,
    version: 1,
    organisation,
    policies: manifestEntries(published, config.site.baseUrl, today, previous),
  };
  const files = new Map<string, string | Uint8Array>([
    ['index.html', indexPage(site, published)],
    ['changes.html', changesPage(site, events)],
    ['formats.html', formatsPage(site)],
    ['feed.xml', atomFeed(site, events, config.site.baseUrl)],
    ['site.css', stylesheet(colour)],
    ['minisearch.js', miniSearchLibrary()],
    ['search-index.js', searchIndexScript(published)],
    ['search.js', SEARCH_SCRIPT],
    [MANIFEST_FILE, formatManifest(manifest)],
  ]);
  if (logo) files.set(logo.file, logo.bytes);
  for (const p of published) files.set(p.path, policyPage(site, p));
  return { files, policies: published, manifest };
}
