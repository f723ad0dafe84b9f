// Load the publication manifest for `check`: the pipeline reads it, so the rule that judges it never touches the disk.
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from '../config/config.js';
import type { PublicationFacts } from '../engine/rule.js';
import type { StampedMessage } from '../engine/run.js';
import { toDisplayPath } from '../load/discover.js';
import type { Policy } from '../load/policy.js';
import { readPolicyText } from '../load/read.js';
import { isInForce } from '../register/review.js';
import { parseManifest, policyDigest } from './manifest.js';

const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;

/**
 * The manifest named by `site.manifest` (default publication-manifest.json beside the config) and the digest of
 * every public, in-force policy's text. No manifest: no facts (the rule does not run). A manifest that cannot be
 * read is an error finding on the manifest, since the publication record cannot be checked.
 */
export async function loadPublicationFacts(
  cwd: string,
  config: ResolvedConfig,
  policies: readonly Policy[],
): Promise<{ facts?: PublicationFacts; problem?: StampedMessage }> {
  const absolute = path.resolve(config.root, config.site.manifest);
  if (!existsSync(absolute)) return {};
  const file = toDisplayPath(cwd, absolute);
  const problem = (message: string): { problem: StampedMessage } => ({
    problem: { file, line: 1, column: 1, ruleId: 'core/publication-record', messageId: 'unreadable-manifest', severity: 'error', message },
  });
  // Like the config, the manifest is read only from inside the repository, never through a link leading out of it.
  const inside = path.relative(realpathSync(config.root), realpathSync(absolute));
  if (inside.startsWith('..') || path.isAbsolute(inside))
    return problem(`${file} is a link to a file outside the repository, so it was not read. Keep the manifest itself in the repository.`);
  const read = await readPolicyText(absolute, MAX_MANIFEST_BYTES);
  if (!read.ok) return problem(`${file} could not be read: ${read.message}`);
  const parsed = parseManifest(read.text, file);
  if (!parsed.ok) return problem(parsed.message);
  const digests = new Map<string, string>();
  for (const policy of policies) {
    if (policy.loadProblem || policy.data.publication !== 'public' || !isInForce(policy)) continue;
    digests.set(policy.file, policyDigest(policy));
  }
  return { facts: { file, entries: parsed.manifest.policies, digests } };
}
