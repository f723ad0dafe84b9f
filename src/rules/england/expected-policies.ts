// The policies an English landlord is expected to have where the basis is guidance or good practice (written health
// and safety policies, a tenant engagement strategy, adaptations, domestic abuse...): a warning, never an error.
import type { Grade } from '../../engine/pack.js';
import { defineRule } from '../../engine/rule.js';
import { checkRequired, REQUIRED_MESSAGES } from './required-policies.js';
import { SOURCES } from './data.js';

export default defineRule({
  id: 'expected-policies',
  pack: 'england',
  scope: 'register',
  meta: {
    description: 'The register holds, approved and in date, each policy guidance or good practice expects of an English landlord (by kind).',
    basis: { grade: 'good-practice', citation: 'per item: see docs/england.md', source: SOURCES.safetyQuality },
    messages: REQUIRED_MESSAGES,
    defaultOptions: {},
  },
  check(context) {
    checkRequired(context, new Set<Grade>(['guidance', 'good-practice', 'board-rule']));
  },
});
