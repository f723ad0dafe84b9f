// Write the site into the output folder, and only there: each file whole or not at all, unchanged files left alone,
// pages of policies no longer published removed (a policy made internal must not stay on the site).
import { lstat, mkdir, readdir, readFile, realpath, unlink } from 'node:fs/promises';
import path from 'node:path';
import type { ResolvedConfig } from '../config/config.js';
import { writeFileAtomic } from '../util/write-file.js';
import { MANIFEST_FILE, parseManifest } from './manifest.js';
import { SiteError } from './build.js';

function within(folder: string, file: string): boolean {
  const r = path.relative(folder, file);
  return r === '' || (!r.startsWith('..') && !path.isAbsolute(r));
}

/** Why the site may not be written to `target`, if it may not. */
async function outProblem(target: string, config: ResolvedConfig): Promise<string | undefined> {
  const folders = config.policies.map((p) => path.resolve(config.root, p));
  if (within(target, config.root)) return 'holds the config file (the site needs a folder of its own, such as _site)';
  for (const folder of folders) {
    if (within(folder, target) || within(target, folder)) return 'is, holds or is inside a policy folder';
  }
  let info;
  try {
    info = await lstat(target);
  } catch {
    return undefined;
  }
  if (!info.isDirectory()) return info.isSymbolicLink() ? 'is a symbolic link' : 'is a file, not a folder';
  const entries = await readdir(target);
  if (entries.length === 0) return undefined;
  if (!entries.includes(MANIFEST_FILE))
    return `is a folder that is not empty and holds no ${MANIFEST_FILE}, so it is not a site policy-tracker built`;
  const manifest = parseManifest(await readFile(path.join(target, MANIFEST_FILE), 'utf8').catch(() => ''), MANIFEST_FILE);
  if (!manifest.ok) return `holds a ${MANIFEST_FILE} that policy-tracker did not write`;
  return undefined;
}

export interface WriteSummary {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Write `files` (paths within the site) into `target`. Throws SiteError when the folder may not be used. */
export async function writeSite(
  target: string,
  shown: string,
  files: ReadonlyMap<string, string | Uint8Array>,
  config: ResolvedConfig,
): Promise<WriteSummary> {
  const problem = await outProblem(target, config);
  if (problem) throw new SiteError(`--out ${shown} ${problem}. Name a new or empty folder, or one an earlier \`policies site\` wrote.`);
  await mkdir(target, { recursive: true });
  const root = await realpath(target);
  const summary: WriteSummary = { written: [], unchanged: [], removed: [] };
  const folders = [...new Set([...files.keys()].map((f) => path.posix.dirname(f)).filter((d) => d !== '.'))].sort();
  for (const folder of folders) {
    const absolute = path.join(root, ...folder.split('/'));
    await mkdir(absolute, { recursive: true });
    // A link planted in the output folder must not carry writes elsewhere.
    const info = await lstat(absolute);
    if (!info.isDirectory() || !within(root, await realpath(absolute)))
      throw new SiteError(`--out ${shown}: ${folder} is not a plain folder inside it (a symbolic link?). Remove it and build again.`);
  }
  for (const [relative, content] of [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const absolute = path.join(root, ...relative.split('/'));
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const existing = await lstat(absolute).catch(() => undefined);
    if (existing?.isFile() && existing.size === bytes.length && (await readFile(absolute)).equals(bytes)) {
      summary.unchanged.push(relative);
      continue;
    }
    if (existing && !existing.isFile())
      throw new SiteError(`--out ${shown}: ${relative} exists and is not a plain file. Remove it and build again.`);
    await writeFileAtomic(absolute, bytes);
    summary.written.push(relative);
  }
  // Pages of policies no longer published, and an old logo, go.
  for (const [folder, stale] of [
    ['policies', (n: string) => n.endsWith('.html')],
    ['.', (n: string) => /^logo\.[a-z]+$/.test(n)],
  ] as const) {
    const absolute = path.join(root, folder);
    const names = await readdir(absolute).catch(() => [] as string[]);
    for (const name of names.sort()) {
      const relative = folder === '.' ? name : `${folder}/${name}`;
      if (!stale(name) || files.has(relative)) continue;
      await unlink(path.join(absolute, name));
      summary.removed.push(relative);
    }
  }
  return summary;
}
