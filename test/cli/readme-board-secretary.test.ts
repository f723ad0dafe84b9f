// The README's board-secretary commands, run as written on the example register as of the day they were written:
// each lists reviews (the issue found them printing "No reviews fall due in this period").
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const CLI = join(ROOT, 'dist/src/cli/main.js');
const AS_OF = '2026-12-04';

function commands(): string[][] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## For board secretaries'), readme.indexOf('## Setting up your own policy repository'));
  return [...section.matchAll(/^node dist\/src\/cli\/main\.js (.+)$/gm)].map((m) =>
    [...m[1]!.replace(/\s+#.*$/, '').matchAll(/"([^"]*)"|(\S+)/g)].map((t) => t[1] ?? t[2]!),
  );
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pt-readme-'));
  cpSync(join(ROOT, 'policies'), join(dir, 'policies'), { recursive: true });
  cpSync(join(ROOT, 'policies.config.yaml'), join(dir, 'policies.config.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!existsSync(CLI))("the README's board-secretary commands", () => {
  const listed = commands().filter((args) => args[0] !== 'approve' && args[0] !== 'new');
  it('are there to run', () => {
    expect(listed.map((a) => a[0])).toEqual(['calendar', 'calendar', 'calendar', 'calendar', 'papers', 'report']);
  });

  it.each(listed.map((args) => [args.join(' '), args]))('%s lists reviews', (_, args) => {
    const r = spawnSync(process.execPath, [CLI, ...(args as string[]), '--as-of', AS_OF], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = (args as string[]).indexOf('--out');
    const text = out >= 0 ? readFileSync(join(dir, (args as string[])[out + 1]!), 'utf8') : r.stdout;
    expect(text).not.toMatch(/No reviews fall due|No reviews are placed|No policy reviews are placed/);
    // At least two of the example's reviews due in 2027-28, by id.
    expect(['CS-01', 'RP-01', 'FIN-02', 'GOV-01'].filter((id) => text.includes(id)).length).toBeGreaterThanOrEqual(2);
  });
});
