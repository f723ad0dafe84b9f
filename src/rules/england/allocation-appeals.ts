// An allocations policy sets out how applicants appeal (or, for a council's scheme, request a review of) decisions.
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Basis } from '../../engine/pack.js';
import { defineRule } from '../../engine/rule.js';
import { isInForce } from '../../register/review.js';
import { SOURCES } from './data.js';
import { englandOptions } from './options.js';

function textOf(nodes: readonly (PhrasingContent | RootContent)[]): string {
  return nodes
    .map((n) => ('value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? textOf(n.children as PhrasingContent[]) : ''))
    .join('');
}

const COUNCIL: Basis = {
  grade: 'statute',
  citation: 'Housing Act 1996 s166A(9) (the right to request a review of decisions)',
  source: SOURCES.ha1996s166A,
};
const ASSOCIATION: Basis = {
  grade: 'guidance',
  citation:
    'Tenancy Standard specific expectation: a fair, reasonable, simple and accessible appeals process for allocation decisions (paragraph not confirmed)',
  source: SOURCES.tenancy,
};

/** "appeal", "appeals", "request a review", "review of the decision". */
const APPEAL = /\bappeal|\brequest (?:a|an independent) review\b|\breview of (?:the|a|our|any|their) decision/i;

export default defineRule({
  id: 'allocation-appeals',
  pack: 'england',
  scope: 'policy',
  meta: {
    description: 'The allocations policy says how applicants appeal or ask for a review of decisions.',
    basis: ASSOCIATION,
    messages: {
      none: 'The allocations policy does not say how an applicant can appeal or ask for a review of a decision. Add a section on appeals: who reviews the decision, how to ask and by when, and how long the review takes.',
    },
    needsBody: true,
    defaultOptions: {},
  },
  check({ policy, config, report }) {
    if (policy.data.kind !== 'allocations' || !isInForce(policy)) return;
    const blocks = policy
      .body()
      .children.filter((n): n is Heading | Paragraph => n.type === 'heading' || n.type === 'paragraph' || n.type === 'list');
    if (blocks.some((b) => APPEAL.test(textOf(b.children as PhrasingContent[])))) return;
    const basis = englandOptions(config).landlord_type === 'local-authority' ? COUNCIL : ASSOCIATION;
    report({ field: ['kind'], messageId: 'none', data: { citation: basis.citation }, basis });
  },
});
