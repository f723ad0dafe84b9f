// The register report as Markdown: a GitHub job summary or an issue body.
import type { FindingRef, RegisterReport, ReviewRef } from '../../report/report.js';
import { mdCell } from '../markdown-text.js';
import { GRADE_TITLES } from '../../types.js';

function reviews(list: readonly ReviewRef[], days: string): string[] {
  return ['| Policy | Title | Approving body | Due | ' + days + ' |', '|---|---|---|---|---|', ...list.map((r) => `| ${mdCell(r.id)} | ${mdCell(r.title)} | ${mdCell(r.approvingBody)} | ${r.due} | ${r.days} |`)];
}

function findings(list: readonly FindingRef[]): string[] {
  return ['| Policy | Title | Finding | Rule |', '|---|---|---|---|', ...list.map((f) => `| ${mdCell(f.id)} | ${mdCell(f.title)} | ${mdCell(f.message)} | ${f.rule} |`)];
}

export function formatReportMarkdown(r: RegisterReport): string {
  const out = [`# Policy register report: ${mdCell(r.organisation)}`, '', `As of ${r.asOf}: ${r.total} ${r.total === 1 ? 'policy' : 'policies'}. Run \`policies check\` for every finding.`, ''];
  if (r.gaps.length) {
    out.push('## Gaps, strongest basis first', '', '| Basis | Gap | Policy | Citation |', '|---|---|---|---|',
      ...r.gaps.map((g) => `| ${GRADE_TITLES[g.grade]} | ${mdCell(g.what)} | ${mdCell(g.policy ?? '')} | ${mdCell(g.citation)} |`), '');
  }
  if (r.requiredPolicies.length) {
    const state = (p: RegisterReport['requiredPolicies'][number]) => (p.state === 'not-applicable' ? `not applicable: ${p.reason ?? ''}${p.decidedBy ? ` (${p.decidedBy})` : ''}` : p.state.replace(/-/g, ' '));
    out.push('## Required policies', '', '| Required policy | Basis | State | Policies |', '|---|---|---|---|',
      ...r.requiredPolicies.map((p) => `| ${mdCell(p.title)}${p.item ? ` (${mdCell(p.item)})` : ''} | ${GRADE_TITLES[p.basis.grade]}: ${mdCell(p.basis.citation)} | ${mdCell(state(p))} | ${mdCell(p.policies.join(', '))} |`), '');
  }
  out.push('## Policies by status', '', '| Status | Policies |', '|---|---|', ...Object.entries(r.byStatus).map(([k, v]) => `| ${mdCell(k)} | ${v} |`), '');
  out.push('## Policies by category', '', '| Category | Policies |', '|---|---|', ...Object.entries(r.byCategory).map(([k, v]) => `| ${mdCell(r.categoryTitles[k] ?? k)} | ${v} |`), '');
  out.push('## Overdue reviews', '', ...(r.overdue.length ? reviews(r.overdue, 'Days overdue') : ['None.']), '');
  out.push(`## Reviews due in the next ${r.dueSoonDays} days`, '', ...(r.dueSoon.length ? reviews(r.dueSoon, 'Days left') : ['None.']), '');
  out.push('## Equality impact assessment not recorded or out of time', '', ...(r.eiaProblems.length ? findings(r.eiaProblems) : ['None.']), '');
  out.push('## Consultation not recorded or out of time', '', ...(r.consultationProblems.length ? findings(r.consultationProblems) : ['None.']), '');
  out.push(`## Drafts and consultations with no change for ${r.staleMonths} months or more`, '');
  out.push(...(r.staleDrafts.length ? ['| Policy | Title | Status | Last changed | Source |', '|---|---|---|---|---|', ...r.staleDrafts.map((s) => `| ${mdCell(s.id)} | ${mdCell(s.title)} | ${s.status} | ${s.lastChanged} | ${s.source} |`)] : ['None.']), '');
  for (const c of r.coverage) {
    out.push(`## ${mdCell(c.title)}: not served by a current policy`, '', ...(c.gaps.length ? c.gaps.map((g) => `- ${mdCell(g.title)}`) : ['None: each is served by a current, in-date policy.']), '');
  }
  return `${out.join('\n')}\n`;
}
