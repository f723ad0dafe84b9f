// The timescales a complaints policy (Complaint Handling Code) and a damp and mould policy (Awaab's Law) promise:
// none longer than the Code or the regulations allow. A step not stated, or stated in a unit that cannot be compared,
// is england/timescales-stated's (a warning: the law sets the limit, not what the document says).
import { defineRule } from '../../engine/rule.js';
import { isInForce } from '../../register/review.js';
import type { PromisedTime } from '../../types.js';

type Unit = PromisedTime['unit'];
/** Exact conversions only: a calendar day is not a fixed number of working days, a month not a fixed number of days. */
const FACTORS: Partial<Record<Unit, Partial<Record<Unit, number>>>> = {
  hours: { hours: 1 },
  days: { hours: 24, days: 1 },
  weeks: { days: 7, 'working-days': 5, weeks: 1, hours: 168 },
  'working-days': { 'working-days': 1 },
  months: { months: 1 },
};

/** `promise` expressed in `unit`, or undefined when the two cannot be compared exactly. */
export function inUnit(promise: PromisedTime, unit: Unit): number | undefined {
  const factor = FACTORS[promise.unit]?.[unit];
  return factor === undefined ? undefined : promise.value * factor;
}

export const words = (t: PromisedTime) => `${t.value} ${t.unit.replace('-', ' ')}`;

export default defineRule({
  id: 'promised-timescales',
  pack: 'england',
  scope: 'policy',
  meta: {
    description: "No timescale a complaints policy or a damp and mould policy promises is longer than the Complaint Handling Code or Awaab's Law allows.",
    basis: { grade: 'regulatory-requirement', citation: 'Complaint Handling Code 2024; Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025', source: 'https://www.housing-ombudsman.org.uk/landlords-info/complaint-handling-code/the-code-2024' },
    messages: {
      tooLong: 'The policy promises {{promised}} for {{step}} ({{title}}), longer than the {{allowed}} allowed. Change the promise, and the text, to {{allowed}} or less.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    const kind = policy.data.kind;
    const timescales = kind === undefined ? undefined : config.timescales.get(kind);
    if (!timescales?.length || !isInForce(policy)) return;
    const promised = policy.data.timescales ?? {};
    for (const t of timescales) {
      const data = { step: t.step, title: t.title, allowed: words(t.max), citation: t.basis.citation, limitUnit: t.max.unit };
      const promise = promised[t.step];
      const value = promise ? inUnit(promise, t.max.unit) : undefined;
      if (promise && value !== undefined && value > t.max.value) report({ field: ['timescales', t.step, 'value'], messageId: 'tooLong', data: { ...data, promised: words(promise) }, basis: t.basis });
    }
  },
});
