// Where the law or a specified model sets a timescale for a kind of policy (the SPSO model complaints procedure,
// Awaab's Law), the policy states what it promises, and promises no longer than the limit.
import type { Duration } from '../../engine/pack-data.js';
import { defineRule } from '../../engine/rule.js';
import { kindOf } from '../../register/kinds.js';
import { RETIRED } from '../../register/review.js';
import type { PromisedTime } from '../../types.js';

const HOURS: Partial<Record<Duration['unit'], number>> = { hours: 1, days: 24, weeks: 24 * 7 };

/** Whether a promise is within a limit; undefined when the units cannot be compared (working days against hours). */
export function withinLimit(promise: PromisedTime, limit: Duration): boolean | undefined {
  if (promise.unit === limit.unit) return promise.value <= limit.value;
  const [p, l] = [HOURS[promise.unit], HOURS[limit.unit]];
  if (p !== undefined && l !== undefined) return promise.value * p <= limit.value * l;
  // n calendar days always pass no later than n working days: a promise in days is within a limit in working days.
  if (promise.unit === 'days' && limit.unit === 'working-days' && promise.value <= limit.value) return true;
  if (promise.unit === 'hours' && limit.unit === 'working-days' && promise.value <= limit.value * 24) return true;
  return undefined;
}

const show = (d: { value: number; unit: string }) => `${d.value} ${d.unit.replace('-', ' ')}`;

export default defineRule({
  id: 'timescales',
  pack: 'core',
  scope: 'policy',
  meta: {
    description: 'A policy of a kind for which a pack sets timescales states each one it promises, within the limit.',
    messages: {
      missing:
        'This {{kindTitle}} policy does not state its timescale for {{title}}. Add timescales: { {{step}}: { value: {{max}}, unit: {{unit}} } } (at most {{limit}}).',
      tooLong: 'timescales.{{step}} promises {{promise}} for {{title}}, longer than the {{limit}} allowed. Promise {{limit}} or less.',
      incomparable:
        'timescales.{{step}} is stated in {{promiseUnit}}, which cannot be compared with the limit of {{limit}}. State it in {{unit}}.',
    },
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    if (!policy.data.status || RETIRED.has(policy.data.status) || policy.data.status === 'draft') return;
    const kind = kindOf(policy, config);
    const timescales = kind ? config.timescales.get(kind.id) : undefined;
    if (!kind || !timescales) return;
    const kindTitle = (config.kinds.get(kind.id)?.title ?? kind.id).toLowerCase();
    const promised = policy.data.timescales ?? {};
    for (const t of timescales) {
      const data = { step: t.step, title: t.title.toLowerCase(), kindTitle, limit: show(t.max), max: t.max.value, unit: t.max.unit };
      const promise = promised[t.step];
      if (!promise) {
        report({ field: policy.data.timescales ? ['timescales'] : ['title'], at: 'key', messageId: 'missing', data, basis: t.basis });
        continue;
      }
      const within = withinLimit(promise, t.max);
      if (within === false)
        report({ field: ['timescales', t.step], messageId: 'tooLong', data: { ...data, promise: show(promise) }, basis: t.basis });
      if (within === undefined)
        report({
          field: ['timescales', t.step, 'unit'],
          messageId: 'incomparable',
          data: { ...data, promiseUnit: promise.unit.replace('-', ' ') },
          basis: t.basis,
        });
    }
  },
});
