// The register report as a self-contained page, in the calendar's page design.
import { GRADE_TITLES } from '../../types.js';
import type { FindingRef, RegisterReport, ReviewRef } from '../../report/report.js';
import { VERSION } from '../../version.js';
import { esc, longDate, page, table } from '../html/page.js';

function reviewTable(caption: string, list: readonly ReviewRef[], days: string): string {
  return list.length ? table(caption, ['Policy', 'Title', 'Approving body', 'Due', days], list.map((r) => [r.id, r.title, r.approvingBody, r.due, String(r.days)])) : '<p>None.</p>';
}

function findingTable(caption: string, list: readonly FindingRef[]): string {
  return list.length ? table(caption, ['Policy', 'Title', 'Finding', 'Rule'], list.map((f) => [f.id, f.title, f.message, f.rule])) : '<p>None.</p>';
}

export function formatReportHtml(r: RegisterReport): string {
  const parts = [
    `<ul class="summary"><li><strong>${r.total}</strong> ${r.total === 1 ? 'policy' : 'policies'}</li><li><strong>${r.overdue.length}</strong> overdue</li><li><strong>${r.dueSoon.length}</strong> due in ${r.dueSoonDays} days</li><li><strong>${r.eiaProblems.length + r.consultationProblems.length}</strong> assessment and consultation gaps</li></ul>`,
    ...(r.gaps.length ? ['<h2>Gaps, strongest basis first</h2>', table('Gaps with a legal or regulatory basis', ['Basis', 'Gap', 'Policy', 'Citation'], r.gaps.map((g) => [GRADE_TITLES[g.grade], g.what, g.policy ?? '', g.citation]))] : []),
    ...(r.requiredPolicies.length ? ['<h2>Required policies</h2>', table('Each required policy and where the register stands', ['Required policy', 'Basis', 'State', 'Policies'], r.requiredPolicies.map((p) => [
      `${p.title}${p.item ? ` (${p.item})` : ''}`, `${GRADE_TITLES[p.basis.grade]}: ${p.basis.citation}`,
      p.state === 'not-applicable' ? `not applicable: ${p.reason ?? ''}${p.decidedBy ? ` (${p.decidedBy})` : ''}` : p.state.replace(/-/g, ' '), p.policies.join(', '),
    ]))] : []),
    '<h2>Policies by status and category</h2>',
    table('Policies by status', ['Status', 'Policies'], Object.entries(r.byStatus).map(([k, v]) => [k, String(v)])),
    table('Policies by category', ['Category', 'Policies'], Object.entries(r.byCategory).map(([k, v]) => [r.categoryTitles[k] ?? k, String(v)])),
    '<h2>Overdue reviews</h2>', reviewTable('Policies past their review date', r.overdue, 'Days overdue'),
    `<h2>Reviews due in the next ${r.dueSoonDays} days</h2>`, reviewTable('Reviews falling due', r.dueSoon, 'Days left'),
    '<h2>Equality impact assessments</h2>', findingTable('Impact assessments not recorded or out of time', r.eiaProblems),
    '<h2>Consultation</h2>', findingTable('Consultation not recorded or out of time', r.consultationProblems),
    `<h2>Drafts that have not moved</h2>`,
    r.staleDrafts.length ? table(`Drafts and consultations with no change for ${r.staleMonths} months or more`, ['Policy', 'Title', 'Status', 'Last changed', 'Source'], r.staleDrafts.map((s) => [s.id, s.title, s.status, s.lastChanged, s.source])) : '<p>None.</p>',
  ];
  for (const c of r.coverage) {
    parts.push(`<h2>${esc(c.title)}: not served by a current policy</h2>`, c.gaps.length ? `<ul>${c.gaps.map((g) => `<li>${esc(g.title)}</li>`).join('')}</ul>` : '<p>None: each is served by a current, in-date policy.</p>');
  }
  return page({
    title: 'Policy register report',
    meta: [r.organisation, `The register as of ${longDate(r.asOf)}.`],
    body: parts.join('\n'),
    footer: `Produced by policy-tracker ${VERSION} from the policy register as of ${r.asOf}.`,
  });
}
