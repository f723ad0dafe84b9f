// `policies site --out DIR`: the public website of the register's public, in-force policies (see docs/site.md).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadRegister } from '../../check.js';
import { readPolicyText } from '../../load/read.js';
import { parseCommandArgs, requireDate, UsageError, type Command } from '../io.js';
import { configFor } from '../command-steps.js';

const usage = `Usage: policies site --out <folder> [options]

Build the public website of the register: every policy whose publication is public and whose status is in force
(approved, under review), with an index by category and search, a page per policy, a "what changed" page, an
Atom feed, and the publication manifest that \`policies check\` verifies. Drafts, internal policies and internal
fields (approval minutes, waivers, impact assessment and consultation records, the owner unless site.show_owner)
are never written. Only the output folder is written.

Options:
  --out <folder>     the site's folder (new, empty, or one an earlier build wrote)
  --as-of <date>     the build date: overdue reviews are judged and new versions dated by it (default: today)
  --previous <file>  the last publication manifest, whose published dates are kept for unchanged versions
                     (default: <folder>/publication-manifest.json, else site.manifest from the config)
  --no-history       do not read git for each policy's changes since its previous version
  --config <file>    config file (default: policies.config.yaml)`;

export const siteCommand: Command = {
  name: 'site',
  usage,
  async run(argv, io) {
    const { values } = parseCommandArgs(
      argv,
      {
        out: { type: 'string' as const },
        'as-of': { type: 'string' as const },
        config: { type: 'string' as const },
        previous: { type: 'string' as const },
        'no-history': { type: 'boolean' as const },
      },
      usage,
      false,
    );
    if (!values.out) throw new UsageError(`Name the folder to write the site to with --out, e.g. --out _site.\n\n${usage}`);
    const today = requireDate(values['as-of'], '--as-of') ?? io.today;
    const config = await configFor(io, values.config);
    const target = path.resolve(io.cwd, values.out);
    const { buildSite, SiteError } = await import('../../site/build.js');
    const { writeSite } = await import('../../site/write.js');
    const { MANIFEST_FILE, parseManifest } = await import('../../site/manifest.js');

    const previousFile =
      values.previous !== undefined
        ? path.resolve(io.cwd, values.previous)
        : [path.join(target, MANIFEST_FILE), path.resolve(config.root, config.site.manifest)].find((f) => existsSync(f));
    let previous;
    if (previousFile !== undefined) {
      const shown = path.relative(io.cwd, previousFile) || previousFile;
      const read = await readPolicyText(previousFile, 16 * 1024 * 1024);
      if (!read.ok) throw new UsageError(`Could not read the previous manifest ${shown}: ${read.message}`);
      const parsed = parseManifest(read.text, shown);
      if (!parsed.ok) throw new UsageError(parsed.message);
      previous = parsed.manifest;
    }

    const { register } = await loadRegister({ cwd: io.cwd, config });
    let changesOf;
    if (!values['no-history']) {
      const { gitIn, repoRoot } = await import('../../git/git.js');
      const root = await repoRoot(io.cwd);
      if (root) {
        const { changesSincePrevious } = await import('../../site/changes.js');
        const git = gitIn(root);
        changesOf = (policy: Parameters<typeof changesSincePrevious>[3]) =>
          changesSincePrevious(git, root, io.cwd, policy).catch(() => undefined);
      }
    }
    try {
      const built = await buildSite({
        config,
        policies: register.policies,
        today,
        ...(previous ? { previous } : {}),
        ...(changesOf ? { changesOf } : {}),
      });
      const summary = await writeSite(target, values.out, built.files, config);
      io.stdout(
        `Published ${built.policies.length} ${built.policies.length === 1 ? 'policy' : 'policies'} to ${values.out} ` +
          `(${summary.written.length} files written, ${summary.unchanged.length} unchanged, ${summary.removed.length} removed).\n` +
          `The publication record is ${path.join(values.out, MANIFEST_FILE)}; keep a copy at ${config.site.manifest} for \`policies check\`.\n` +
          (built.policies.length === 0
            ? 'No policy has publication: public and a status in force (approved, under-review), so none is published.\n'
            : ''),
      );
    } catch (error) {
      if (error instanceof SiteError) throw new UsageError(error.message);
      throw error;
    }
    return 0;
  },
};
