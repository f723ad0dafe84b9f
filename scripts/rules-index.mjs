// Regenerate docs/rules/README.md from the registry: `npm run docs:rules` (a test fails when it is out of date).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const rules = JSON.parse(execFileSync('node', ['dist/src/cli/main.js', 'rules', '--format', 'json'], { encoding: 'utf8' }));
let text =
  "# Rules\n\nEvery rule, by pack. `core` runs everywhere; a jurisdiction's pack (`scotland`, `england`) runs when `policies.config.yaml` names its jurisdiction (`jurisdiction: scotland`) or lists the pack in `packs`. Set a rule's severity, or turn it off, under `rules:` in the config: `core/approval-minute: off`, or with options `core/required-sections: [error, { sections: [...] }]`. `policies rules` prints this list with the severities in force.\n\n| rule | default | what it checks |\n|---|---|---|\n";
for (const r of rules) text += `| [${r.id}](${r.pack}/${r.id.split('/')[1]}.md) | ${r.defaultSeverity} | ${r.description} |\n`;
writeFileSync('docs/rules/README.md', text);
