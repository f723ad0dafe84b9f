// discoverAmong answers, for named files, exactly what a walk of the register (discover) finds among them: hidden and
// excluded folders and files, other extensions, linked folders and files, nested folders.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discover, discoverAmong, MissingPathError } from '../../src/load/discover.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function tree(files: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'pt-among-'));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '---\nid: "X"\n---\n');
  }
  return dir;
}

const FILES = [
  'policies/a.md',
  'policies/B.MD',
  'policies/notes.txt',
  'policies/README.md',
  'policies/.hidden.md',
  'policies/.drafts/c.md',
  'policies/sub/d.markdown',
  'policies/sub/deeper/e.md',
  'policies/node_modules/pkg/f.md',
  'policies/archive/old.md',
  'other/g.md',
];

describe('discoverAmong', () => {
  it.each([
    ['the default exclusions', undefined],
    ['a config that leaves out an archive folder', ['**/archive/**', '**/README.md']],
  ])('finds among named files what the walk finds (%s)', async (_, exclude) => {
    const cwd = tree(FILES);
    mkdirSync(join(cwd, 'outside'));
    writeFileSync(join(cwd, 'outside/h.md'), 'x');
    symlinkSync(join(cwd, 'outside'), join(cwd, 'policies/linked'));
    const options = { cwd, root: cwd, ...(exclude ? { exclude } : {}) };
    const walked = (await discover(['policies'], options)).files;
    const named = [...FILES, 'policies/linked/h.md', 'policies/missing.md'].map((f) => join(cwd, f));
    expect(walked.length).toBeGreaterThan(2);
    expect(await discoverAmong(['policies'], named, options)).toEqual(walked);
    // Any subset is answered alike.
    expect(await discoverAmong(['policies'], named.slice(0, 3), options)).toEqual(
      walked.filter((f) => named.slice(0, 3).includes(f.absolute)),
    );
  });

  it('leaves a linked file, and a named file rather than a folder, to the walk', async () => {
    const cwd = tree(['policies/a.md']);
    symlinkSync(join(cwd, 'policies/a.md'), join(cwd, 'policies/b.md'));
    expect(await discoverAmong(['policies'], [join(cwd, 'policies/b.md')], { cwd, root: cwd })).toBeUndefined();
    expect(await discoverAmong(['policies/a.md'], [join(cwd, 'policies/a.md')], { cwd, root: cwd })).toBeUndefined();
  });

  it('refuses a folder that does not exist, as discover does', async () => {
    const cwd = tree(['policies/a.md']);
    await expect(discoverAmong(['nowhere'], [], { cwd, root: cwd })).rejects.toThrow(MissingPathError);
  });
});
