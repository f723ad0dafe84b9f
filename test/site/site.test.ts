// policies site: what is published, what never is, hostile text, the output folder, determinism, and check's reading
// of the manifest it writes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempRepo } from '../helpers/git-repo.js';
import { policyText } from '../helpers/rule-tester.js';
import { filesUnder, registerFiles, SECRETS } from './fixture.js';

const repos: TempRepo[] = [];
afterEach(() => {
  for (const r of repos.splice(0)) r.cleanup();
});

function repo(files = registerFiles()): TempRepo {
  const r = new TempRepo().write(files);
  repos.push(r);
  return r;
}

describe('policies site', () => {
  it('publishes only public, in-force policies, and no internal field reaches any file', async () => {
    const r = repo();
    r.commit('register', '2026-06-12');
    const result = await r.cli(['site', '--out', '_site', '--as-of', '2026-11-24']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    // Nothing but the output folder was written: the repository shows only it as new, nothing changed.
    expect(
      r
        .git('status', '--porcelain', '--untracked-files=all')
        .split('\n')
        .filter(Boolean)
        .every((l) => l.startsWith('?? _site/')),
    ).toBe(true);
    const files = filesUnder(join(r.dir, '_site'));
    expect([...files.keys()].filter((f) => f.startsWith('policies/')).sort()).toEqual([
      'policies/hm-01.html',
      'policies/hm-02.html',
      'policies/hm-03.html',
    ]);
    for (const [name, bytes] of files) {
      const text = bytes.toString('utf8');
      for (const secret of SECRETS) expect(text.includes(secret), `${secret} in ${name}`).toBe(false);
    }
    const rent = files.get('policies/hm-01.html')!.toString();
    expect(rent).toContain('<h1>Rent Arrears Policy</h1>');
    expect(rent).toContain('<dt>Approved by</dt><dd>Management Committee</dd>');
    expect(rent).toContain('<time datetime="2026-06-11">2026-06-11</time>');
    expect(rent).toContain('<h2 id="in-brief">In brief</h2><p>If you fall behind with your rent');
    // Related: HM-02 is public; FR-01 is internal and HM-09 does not exist, so neither is linked.
    expect(rent).toContain('href="../policies/hm-02.html"');
    expect(rent).not.toContain('fr-01');
    // HM-02's review was due at the end of February 2026.
    expect(files.get('policies/hm-02.html')!.toString()).toContain('Overdue: the review was due 269 days before 2026-11-24');
    expect(rent).not.toContain('Overdue');
    const index = files.get('index.html')!.toString();
    expect(index).toContain('<h2 id="category-1">Housing management</h2>');
    expect(files.get('formats.html')!.toString()).toContain('mailto:policies@lochan-bay.example');
    expect(files.get('search-index.js')!.toString()).toContain('kelpiewhistle');
    const manifest = JSON.parse(files.get('publication-manifest.json')!.toString());
    expect(
      manifest.policies.map((p: { id: string; approved: string; published: string; address: string }) => [
        p.id,
        p.approved,
        p.published,
        p.address,
      ]),
    ).toEqual([
      ['HM-01', '2026-06-11', '2026-11-24', 'https://lochan-bay.example/policies/policies/hm-01.html'],
      ['HM-02', '2024-02-08', '2026-11-24', 'https://lochan-bay.example/policies/policies/hm-02.html'],
      ['HM-03', '2026-06-11', '2026-11-24', 'https://lochan-bay.example/policies/policies/hm-03.html'],
    ]);
    const changes = files.get('changes.html')!.toString();
    expect(changes.indexOf('2026-06-11')).toBeLessThan(changes.indexOf('2024-02-08'));
    expect(changes).toContain('Reviewed and approved by Management Committee');
    const feed = files.get('feed.xml')!.toString();
    expect(feed).toContain('<updated>2026-06-11T00:00:00Z</updated>');
    expect(feed).toContain('Hostile &#x3C;b>Policy&#x3C;/b>');
  });

  it('renders hostile Markdown inert: no script, handler, frame, style, SVG, image or dangerous link', async () => {
    const r = repo();
    expect((await r.cli(['site', '--out', '_site', '--as-of', '2026-11-24', '--no-history'])).code).toBe(0);
    const page = readFileSync(join(r.dir, '_site/policies/hm-03.html'), 'utf8');
    const policyText = page.slice(page.indexOf('<main'), page.indexOf('</main>'));
    expect(policyText).not.toMatch(/<script|<iframe|<style|<svg|<img|<object|<embed|<div id="search-form"/i);
    expect(policyText).not.toMatch(/\son[a-z]+=|javascript:|vbscript:|data:|evil\.example/i);
    expect(policyText).toContain('<a href="https://www.gov.scot/">ok link</a>');
    expect(policyText).toContain('<a href="mailto:someone@example.org">mail</a>');
    expect(policyText).toContain('<a>click me</a>');
    // The title is text: its angle brackets are escaped, never markup.
    expect(page).toContain('<h1>Hostile &#x3C;b>Policy&#x3C;/b> "quoted" &#x26; more</h1>');
    // The only scripts anywhere are the site's own, on the index.
    expect(page).not.toContain('<script');
  });

  it('rebuilds byte for byte when nothing changed, keeps published dates, and removes a page that is no longer public', async () => {
    const r = repo();
    r.commit('register', '2026-06-12');
    expect((await r.cli(['site', '--out', '_site', '--as-of', '2026-11-24'])).code).toBe(0);
    const first = filesUnder(join(r.dir, '_site'));
    const again = await r.cli(['site', '--out', '_site', '--as-of', '2026-11-24']);
    expect(again.stdout).toContain(`(0 files written, ${first.size} unchanged, 0 removed)`);
    expect(filesUnder(join(r.dir, '_site'))).toEqual(first);
    // A fresh folder built from the kept manifest is identical too.
    writeFileSync(join(r.dir, 'publication-manifest.json'), first.get('publication-manifest.json')!);
    expect((await r.cli(['site', '--out', 'fresh', '--as-of', '2026-11-24'])).code).toBe(0);
    expect(filesUnder(join(r.dir, 'fresh'))).toEqual(first);
    // Later: HM-02 made internal. Its page goes; the others keep their published date.
    r.write({
      'policies/asb.md': readFileSync(join(r.dir, 'policies/asb.md'), 'utf8').replace('publication: public', 'publication: internal'),
    });
    const later = await r.cli(['site', '--out', '_site', '--as-of', '2026-12-01']);
    expect(later.stdout).toContain('1 removed');
    const files = filesUnder(join(r.dir, '_site'));
    expect(files.has('policies/hm-02.html')).toBe(false);
    expect(files.get('search-index.js')!.toString()).not.toContain('Anti-social');
    const manifest = JSON.parse(files.get('publication-manifest.json')!.toString());
    expect(manifest.policies.map((p: { id: string; published: string }) => `${p.id} ${p.published}`)).toEqual([
      'HM-01 2026-11-24',
      'HM-03 2026-11-24',
    ]);
  });

  it('summarises the changes since the previous approved version from git, naming public details only', async () => {
    const r = repo();
    const before = policyText(
      {
        id: '"HM-01"',
        title: 'Rent Arrears Policy',
        category: 'housing-management',
        approving_body: 'Management Committee',
        owner: 'Officer A',
        adopted: '2020-05-14',
        next_review: '2023-05',
        approvals: '\n  - { date: 2020-05-14, body: Management Committee, minute: "M1" }',
        publication: 'public',
        last_reviewed: undefined,
      },
      '# Rent Arrears Policy\n\n## Purpose\nOld purpose.\n\n## Old section\nGone soon.\n\n## Equality impact assessment\nx\n\n## Monitoring and review\nx\n',
    );
    r.write({ 'policies.config.yaml': registerFiles()['policies.config.yaml']!, 'policies/rent.md': before }).commit(
      'adopted',
      '2020-05-15',
    );
    const after = before
      .replace('owner: Officer A', 'owner: Officer B')
      .replace('next_review: 2023-05', 'last_reviewed: 2023-04-20\nnext_review: 2026-04')
      .replace('minute: "M1" }', 'minute: "M1" }\n  - { date: 2023-04-20, body: Management Committee, minute: "M2" }')
      .replace('Old purpose.', 'New purpose.')
      .replace('## Old section\nGone soon.\n\n', '## Arrangements\nNew.\n\n');
    r.write({ 'policies/rent.md': after }).commit('reviewed', '2023-04-21');
    expect((await r.cli(['site', '--out', '_site', '--as-of', '2023-05-01'])).code).toBe(0);
    const page = readFileSync(join(r.dir, '_site/policies/hm-01.html'), 'utf8');
    expect(page).toContain('Compared with the version approved on 2020-05-14:');
    expect(page).toContain('Details changed: the next review date, the date of the last review.');
    expect(page).toContain('Sections added: Arrangements.');
    expect(page).toContain('Sections changed: Purpose.');
    expect(page).toContain('Sections removed: Old section.');
    expect(page).not.toContain('Officer');
  });

  it('writes nowhere but the output folder, and refuses folders it must not use', async () => {
    const r = repo();
    for (const out of ['.', 'policies', 'policies/site']) {
      const result = await r.cli(['site', '--out', out]);
      expect(result.code, out).toBe(2);
      expect(result.stderr).toMatch(/--out .* (holds the config file|policy folder)/);
    }
    mkdirSync(join(r.dir, 'docs'));
    writeFileSync(join(r.dir, 'docs/notes.txt'), 'mine');
    const foreign = await r.cli(['site', '--out', 'docs']);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('not empty and holds no publication-manifest.json');
    expect((await r.cli(['site'])).stderr).toContain('--out');
    // A link planted inside an earlier build does not carry the pages elsewhere.
    expect((await r.cli(['site', '--out', '_site', '--no-history'])).code).toBe(0);
    rmSync(join(r.dir, '_site/policies'), { recursive: true });
    mkdirSync(join(r.dir, 'elsewhere'));
    symlinkSync(join(r.dir, 'elsewhere'), join(r.dir, '_site/policies'));
    const planted = await r.cli(['site', '--out', '_site', '--no-history']);
    expect(planted.code).toBe(2);
    expect(filesUnder(join(r.dir, 'elsewhere')).size).toBe(0);
  });

  it('refuses a brand colour too light for white text, and a logo that does not exist', async () => {
    const files = registerFiles();
    const light = repo({ ...files, 'policies.config.yaml': files['policies.config.yaml']!.replace('#1d4f6e', '#7fb2d4') });
    const result = await light.cli(['site', '--out', '_site']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('site.colour #7fb2d4 has a contrast of');
    const logo = repo({ ...files, 'policies.config.yaml': `${files['policies.config.yaml']!}  logo: assets/logo.png\n` });
    const missing = await logo.cli(['site', '--out', '_site']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('site.logo names assets/logo.png, which does not exist');
    // A logo that is a link out of the repository, or an SVG with a script, is refused; a plain one is copied.
    const outside = mkdtempSync(join(tmpdir(), 'pt-outside-'));
    writeFileSync(join(outside, 'secret.png'), 'SECRET-OUTSIDE-BYTES');
    mkdirSync(join(logo.dir, 'assets'));
    symlinkSync(join(outside, 'secret.png'), join(logo.dir, 'assets/logo.png'));
    const linked = await logo.cli(['site', '--out', '_site']);
    rmSync(outside, { recursive: true, force: true });
    expect(linked.code).toBe(2);
    expect(linked.stderr).toContain('is a link to a file outside the repository');
    const svg = repo({
      ...files,
      'policies.config.yaml': `${files['policies.config.yaml']!}  logo: logo.svg\n  logo_alt: Lochan Bay\n`,
      'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    });
    expect((await svg.cli(['site', '--out', '_site'])).stderr).toContain('is an SVG with scripts');
    svg.write({ 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>' });
    expect((await svg.cli(['site', '--out', '_site', '--no-history'])).code).toBe(0);
    expect(readFileSync(join(svg.dir, '_site/logo.svg'), 'utf8')).toContain('<rect');
    expect(readFileSync(join(svg.dir, '_site/index.html'), 'utf8')).toContain('<img src="logo.svg" alt="Lochan Bay">');
    const bad = repo({ ...files, 'policies.config.yaml': files['policies.config.yaml']!.replace('colour: "#1d4f6e"', 'colour: blue') });
    const invalid = await bad.cli(['site', '--out', '_site']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('policies.config.yaml:');
  });
});

describe('check with the publication manifest', () => {
  it('reports a late publication and a published copy that differs from the approved text', async () => {
    const r = repo();
    // Published on 2026-11-24: HM-01 and HM-03 were approved on 2026-06-11 (166 days before), HM-02 in 2024.
    expect((await r.cli(['site', '--out', '_site', '--as-of', '2026-11-24', '--no-history'])).code).toBe(0);
    writeFileSync(join(r.dir, 'publication-manifest.json'), readFileSync(join(r.dir, '_site/publication-manifest.json')));
    // Then someone edits HM-01's text without approval or republishing.
    r.write({
      'policies/rent.md': readFileSync(join(r.dir, 'policies/rent.md'), 'utf8')
        .replace('every year', 'Every year.')
        .replace('Every year.', 'Every second year.'),
    });
    const found = await r.cli(['check', '--format', 'json', '--as-of', '2026-11-25']);
    const messages = (
      JSON.parse(found.stdout) as { results: { file: string; messages: { ruleId: string; message: string }[] }[] }
    ).results.flatMap((f) =>
      f.messages
        .filter((m) => m.ruleId === 'core/publication-record')
        .map(
          (m) =>
            `${f.file}: ${/but published on (\S+), (\d+) days later/.exec(m.message)?.slice(1).join(' ') ?? (m.message.includes('is not the text in the register') ? 'digest differs' : m.message)}`,
        ),
    );
    expect(messages.sort()).toEqual([
      'policies/asb.md: 2026-11-24 1020',
      'policies/hostile.md: 2026-11-24 166',
      'policies/rent.md: 2026-11-24 166',
      'policies/rent.md: digest differs',
    ]);
    // Within the allowed time set in the config, only the altered copy remains.
    const config = readFileSync(join(r.dir, 'policies.config.yaml'), 'utf8');
    r.write({ 'policies.config.yaml': `${config}rules:\n  core/publication-record: [error, { within_days: 1200 }]\n` });
    const relaxed = await r.cli(['check', '--format', 'json', '--as-of', '2026-11-25']);
    expect(relaxed.code).toBe(1);
    expect(relaxed.stdout).toContain('is not the text in the register');
    expect(relaxed.stdout).not.toContain('but published on');
  });

  it('a manifest that is a link out of the repository is not read', async () => {
    const r = repo();
    const outside = mkdtempSync(join(tmpdir(), 'pt-outside-'));
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0:SECRET-LINE');
    symlinkSync(join(outside, 'passwd'), join(r.dir, 'publication-manifest.json'));
    const result = await r.cli(['check', '--as-of', '2026-11-25']);
    rmSync(outside, { recursive: true, force: true });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('is a link to a file outside the repository');
    expect(result.stdout).not.toContain('SECRET-LINE');
  });

  it('a manifest that is not one is an error on the manifest file', async () => {
    const r = repo();
    r.write({ 'publication-manifest.json': '{"policies": 3}' });
    const result = await r.cli(['check', '--as-of', '2026-11-25']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('publication-manifest.json');
    expect(result.stdout).toContain('is not a publication manifest written by `policies site`');
  });
});
