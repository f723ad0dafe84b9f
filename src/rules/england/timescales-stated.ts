// A complaints policy and a damp and mould policy record each timescale the Complaint Handling Code or Awaab's Law
// sets, in a unit that can be compared with the limit. Graded guidance: the law sets the limit, not the document.
import type { Basis } from '../../engine/pack.js';
import { defineRule } from '../../engine/rule.js';
import { isInForce } from '../../register/review.js';
import { SOURCES } from './data.js';
import { inUnit, words } from './promised-timescales.js';

export default defineRule({
  id: 'timescales-stated',
  pack: 'england',
  scope: 'policy',
  meta: {
    description: "A complaints policy and a damp and mould policy record each timescale the Complaint Handling Code or Awaab's Law sets, in a comparable unit.",
    basis: { grade: 'guidance', citation: 'a policy states the timescales the Complaint Handling Code 2024 and Awaab\'s Law set', source: SOURCES.code },
    messages: {
      missing: 'The policy does not record its timescale for {{step}} ({{title}}; the limit is {{allowed}}). State it in the text and record it under timescales: {{step}}: { value: …, unit: {{limitUnit}} }.',
      unitMismatch: 'The policy promises {{promised}} for {{step}} ({{title}}); the limit is {{allowed}}, and {{unit}} cannot be compared with it exactly. State the promise in {{limitUnit}}.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const kind = policy.data.kind;
    const timescales = kind === undefined ? undefined : config.timescales.get(kind);
    if (!timescales?.length || !isInForce(policy)) return;
    const promised = policy.data.timescales ?? {};
    for (const t of timescales) {
      const basis: Basis = { grade: 'guidance', citation: `a ${kind} policy states this timescale; the limit: ${t.basis.citation}`, ...(t.basis.source ? { source: t.basis.source } : {}) };
      const data = { step: t.step, title: t.title, allowed: words(t.max), limitUnit: t.max.unit };
      const promise = promised[t.step];
      if (!promise) report({ field: ['kind'], messageId: 'missing', data, basis });
      else if (inUnit(promise, t.max.unit) === undefined) {
        report({ field: ['timescales', t.step, 'unit'], messageId: 'unitMismatch', data: { ...data, promised: words(promise), unit: promise.unit }, basis });
      }
    }
  },
});
