// s53: every RSL must have a tenant participation strategy; in practice a current, approved, in-date one.
import { defineRule } from '../../engine/rule.js';
import type { Policy } from '../../load/policy.js';
import { describeDue, isInForce, reviewState } from '../../register/review.js';
import { SOURCES } from './sources.js';

interface Options {
  /** Categories whose policies can be the strategy. */
  categories: string[];
  /** A policy whose title contains one of these (case-insensitive) can be the strategy. */
  titles: string[];
}

export default defineRule<Options>({
  id: 'tenant-participation-strategy',
  pack: 'scotland',
  scope: 'register',
  meta: {
    description: 'The register holds a current, approved tenant participation strategy that is within its review cycle.',
    basis: { grade: 'statute', citation: 'Housing (Scotland) Act 2001 s53 (tenant participation strategy)', source: SOURCES.housingAct2001('53') },
    messages: {
      none: 'The register has no tenant participation strategy. Every registered social landlord must have one: add the strategy (a policy in the tenant-participation category, or titled "Tenant Participation Strategy").',
      notCurrent: 'The register has no current, in-date tenant participation strategy: {{why}}. Review and approve the strategy, with tenants and registered tenant organisations.',
    },
    defaultOptions: { categories: ['tenant-participation'], titles: ['participation strategy'] },
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        categories: { type: 'array', items: { type: 'string', minLength: 1 } },
        titles: { type: 'array', items: { type: 'string', minLength: 1 } },
      },
    },
  },
  check({ register, today, config, options, report }) {
    const titles = options.titles.map((t) => t.toLowerCase());
    const isStrategy = (p: Policy) => (p.data.category !== undefined && options.categories.includes(p.data.category)) || titles.some((t) => (p.data.title ?? '').toLowerCase().includes(t));
    const candidates = register.policies.filter(isStrategy);
    if (candidates.length === 0) {
      report({ messageId: 'none' });
      return;
    }
    const current = candidates.filter((p) => isInForce(p) && p.data.next_review !== undefined && reviewState(p, today, config)?.timing !== 'overdue');
    if (current.length > 0) return;
    const inForce = candidates.filter(isInForce);
    const why = inForce.length
      ? inForce.map((p) => { const s = reviewState(p, today, config); return `${p.data.id ?? p.file} ${s ? `was due for review ${describeDue(s)}` : 'has no valid next_review'}`; }).join('; ')
      : `${candidates.map((p) => `${p.data.id ?? p.file} is ${p.data.status ?? 'without a status'}`).join('; ')}`;
    report({
      messageId: 'notCurrent',
      data: { why },
      related: candidates.map((p) => ({ policy: p, field: inForce.includes(p) ? ['next_review'] : ['status'], message: `${p.data.id ?? p.file}: ${p.data.status ?? 'no status'}` })),
    });
  },
});
