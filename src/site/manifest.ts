// The publication manifest: what the site published, which approved version, when, where, and a digest of the text.
// `policies site` writes it; `check` reads it (through the pipeline, never from a rule) to verify publication duties.
import { createHash } from 'node:crypto';
import type { Policy } from '../load/policy.js';
import { currentApprovalDate } from '../register/review.js';

export const MANIFEST_FILE = 'publication-manifest.json';
export const MANIFEST_FORMAT = 'policy-tracker/publication-manifest';

export interface PublicationEntry {
  id: string;
  title: string;
  /** The version published: the date of the approval the text rests on (last_reviewed, else adopted). */
  version: string;
  /** The date of that approval (the same as version; kept separate so other version schemes can follow). */
  approved: string;
  /** When this version first appeared on the site: the build date (--as-of), kept from the last manifest while unchanged. */
  published: string;
  /** Where the page is: the site's base_url plus its path, or the path alone. */
  address: string;
  /** sha256 of the policy's text (its Markdown body, line endings normalised), as `sha256:<hex>`. */
  digest: string;
}

export interface PublicationManifest {
  format: typeof MANIFEST_FORMAT;
  version: 1;
  organisation: string;
  policies: PublicationEntry[];
}

/** The text a policy publishes: its Markdown body, with CRLF made LF (a Windows checkout is the same text). */
export function publishedText(policy: Policy): string {
  const lines = policy.text.replace(/^\uFEFF/, '').split(/\r?\n/);
  return lines.slice(policy.bodyStartLine - 1).join('\n');
}

export function digestOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

export function policyDigest(policy: Policy): string {
  return digestOf(publishedText(policy));
}

/** The version a policy is published at, or undefined when it records no approval date. */
export function publishedVersion(policy: Policy): string | undefined {
  return currentApprovalDate(policy)?.date;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Read a manifest's text: the entries, or a sentence saying what is wrong with it. Never throws: the file is
 * written by `policies site` but kept in a repository where anyone can edit it.
 */
export function parseManifest(text: string, file: string): { ok: true; manifest: PublicationManifest } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The parser's message quotes the text: not echoed, in case the file is not what it claims to be.
    return { ok: false, message: `${file} is not valid JSON. Rebuild it with \`policies site --out DIR\` and copy DIR/${MANIFEST_FILE}.` };
  }
  const record = data as Partial<PublicationManifest> | null;
  if (
    !record ||
    typeof record !== 'object' ||
    record.format !== MANIFEST_FORMAT ||
    record.version !== 1 ||
    !Array.isArray(record.policies)
  ) {
    return {
      ok: false,
      message: `${file} is not a publication manifest written by \`policies site\` (its "format" must be "${MANIFEST_FORMAT}", version 1).`,
    };
  }
  const policies: PublicationEntry[] = [];
  for (const [i, entry] of record.policies.entries()) {
    const e = entry as Partial<PublicationEntry> | null;
    const strings = ['id', 'title', 'version', 'approved', 'published', 'address', 'digest'] as const;
    const bad = !e || typeof e !== 'object' ? 'entry' : strings.find((k) => typeof e[k] !== 'string');
    if (bad)
      return {
        ok: false,
        message: `${file}: policies[${i}] has no ${bad === 'entry' ? 'record' : `"${bad}" text`}. Rebuild the manifest with \`policies site\`.`,
      };
    if (!DATE.test(e!.approved!) || !DATE.test(e!.published!))
      return { ok: false, message: `${file}: policies[${i}] (${e!.id}) has dates not written YYYY-MM-DD.` };
    if (!/^sha256:[0-9a-f]{64}$/.test(e!.digest!))
      return { ok: false, message: `${file}: policies[${i}] (${e!.id}) has a digest that is not sha256:<64 hex digits>.` };
    policies.push({
      id: e!.id!,
      title: e!.title!,
      version: e!.version!,
      approved: e!.approved!,
      published: e!.published!,
      address: e!.address!,
      digest: e!.digest!,
    });
  }
  return {
    ok: true,
    manifest: {
      format: MANIFEST_FORMAT,
      version: 1,
      organisation: typeof record.organisation === 'string' ? record.organisation : '',
      policies,
    },
  };
}

export function formatManifest(manifest: PublicationManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
