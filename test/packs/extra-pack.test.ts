// Adding a jurisdiction is adding a pack: a minimal pack, written here as a new folder's pack.ts would be, is
// registered beside the shipped ones and runs with its config section, kinds, rule and the basis it lends.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { definePack } from '../../src/engine/pack.js';
import { createRegistry } from '../../src/engine/registry.js';
import { defineRule } from '../../src/engine/rule.js';
import { runRules } from '../../src/engine/run.js';
import { parsePolicy } from '../../src/load/policy.js';
import { buildRegister } from '../../src/register/register.js';
import { PACKS } from '../../src/rules/index.js';
import { configSchemaFor } from '../../src/schema/generate.js';
import { policyText } from '../helpers/rule-tester.js';

const harbourDues = defineRule({
  id: 'harbour-dues',
  pack: 'atlantis',
  scope: 'policy',
  meta: {
    description: 'A harbour dues policy names the harbour master who approves each increase.',
    basis: { grade: 'statute', citation: 'Harbours (Atlantis) Act 2020 s4', source: 'https://example.org/harbours-act/4' },
    messages: { noMaster: 'This harbour dues policy does not name the harbour master ({{harbour}}). Add them to the owner field.' },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const options = config.packOptions.get('atlantis') as { harbour: string };
    if (policy.data.kind === 'harbour-dues' && !/harbour master/i.test(policy.data.owner ?? ''))
      report({ field: ['owner'], messageId: 'noMaster', data: { harbour: options.harbour } });
  },
});

const atlantis = definePack({
  id: 'atlantis',
  jurisdiction: 'atlantis',
  title: 'Atlantis: the Harbours Act',
  rules: [{ rule: harbourDues, severity: 'warning' }],
  kinds: [{ id: 'harbour-dues', title: 'Harbour dues', hints: ['harbour dues'] }],
  lendsBasis: {
    'core/review-overdue': {
      grade: 'regulatory-requirement',
      citation: 'Atlantis Regulator, Standard 9',
      source: 'https://example.org/standard-9',
    },
  },
  options: {
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { harbour: { title: 'Harbour', description: 'The harbour.', type: 'string' } },
    },
    defaults: { harbour: 'the main harbour' },
  },
});

const registry = createRegistry([...PACKS, atlantis]);
const CONFIG = 'jurisdiction: atlantis\natlantis: { harbour: North Quay }\n';

describe('a pack added to the registry', () => {
  it('is a jurisdiction the config accepts, with its own section, and its rules are in force', () => {
    const result = parseConfig(CONFIG, 'policies.config.yaml', '/register', registry);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.config.packs).toEqual(['core', 'atlantis']);
    expect(result.config.packOptions.get('atlantis')).toEqual({ harbour: 'North Quay' });
    expect(result.config.rules.get('atlantis/harbour-dues')?.severity).toBe('warning');
    expect([...result.config.rules.keys()].some((id) => id.startsWith('scotland/'))).toBe(false);
    expect(result.config.kinds.get('harbour-dues')?.title).toBe('Harbour dues');
    expect(result.config.rules.get('core/review-overdue')?.basis).toEqual(atlantis.lendsBasis!['core/review-overdue']);
  });

  it('runs its rule, and the core rule cites the basis the pack lends', () => {
    const result = parseConfig(CONFIG, 'policies.config.yaml', '/register', registry);
    if (!result.ok) throw new Error('invalid');
    const policy = parsePolicy('policies/dues.md', policyText({ kind: 'harbour-dues', next_review: '2026-01' }));
    const messages = runRules({
      register: buildRegister([policy]),
      config: result.config,
      rules: registry.rules,
      today: '2026-12-04',
      registerFile: 'policies.config.yaml',
    });
    const dues = messages.find((m) => m.ruleId === 'atlantis/harbour-dues');
    expect(dues).toMatchObject({ severity: 'warning', line: 6, basis: { grade: 'statute', citation: 'Harbours (Atlantis) Act 2020 s4' } });
    expect(dues!.message).toContain('North Quay');
    expect(messages.find((m) => m.ruleId === 'core/review-overdue')?.basis).toMatchObject({
      grade: 'regulatory-requirement',
      citation: 'Atlantis Regulator, Standard 9',
    });
  });

  it('appears in the generated config schema; a wrong value in its section is a config problem', () => {
    const schema = configSchemaFor(registry) as { properties: Record<string, { enum?: string[] }> };
    expect(schema.properties.jurisdiction!.enum).toEqual([...PACKS.flatMap((p) => p.jurisdiction ?? []), 'atlantis', 'none']);
    expect(schema.properties.atlantis).toBeDefined();
    const result = parseConfig('jurisdiction: atlantis\natlantis: { harbour: [1] }\n', 'policies.config.yaml', '/register', registry);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ line: 2 });
  });

  it('is unknown to the shipped registry, which says so in words', () => {
    const result = parseConfig(CONFIG, 'policies.config.yaml', '/register');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.line)).toEqual([1, 2]);
  });

  it('cannot take a rule of another pack, or a jurisdiction already taken', () => {
    expect(() =>
      createRegistry([...PACKS, { ...atlantis, rules: [{ rule: { ...harbourDues, pack: 'core' }, severity: 'error' }] }]),
    ).toThrow(/listed in pack atlantis/);
    expect(() => createRegistry([...PACKS, { ...atlantis, jurisdiction: 'scotland' }])).toThrow(/taken/);
  });
});
