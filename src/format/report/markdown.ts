// The register report as Markdown, for pasting into board papers, a GitHub job summary or an issue: the same order
// as the HTML paper (status, decisions, graded gaps and reviews first; breakdowns last).
import { GRADE_NAMES, type FindingRef, type Gap, type RegisterReport, type ReviewRef } from '../../report/report.js';
import { mdCell } from '../markdown-text.js';
import { GRADE_TITLES } from '../../types.js';

const RAG_WORD = { red: 'RED', amber: 'AMBER', green: 'GREEN' } as const;

function reviews(list: readonly ReviewRef[], days: string): string[] {
  return [
    `| Policy | Title | Owner | Approving body | Due | ${days} | Programmed for | Preparation |`,
    '|---|---|---|---|---|---|---|---|',
    ...list.map(
      (r) =>
        `| ${mdCell(r.id)} | ${mdCell(r.title)} | ${mdCell(r.owner)} | ${mdCell(r.approvingBody)} | ${r.due} | ${r.days} | ${
          r.meeting
            ? `${mdCell(r.committee ?? '')}, ${r.meeting}`
            : `**Not programmed**${r.unplacedReason ? `: ${mdCell(r.unplacedReason)}` : ''}`
        } | ${mdCell(r.startPassed.join('; '))} |`,
    ),
  ];
}

function findings(list: readonly FindingRef[]): string[] {
  return [
    '| Policy | Title | Finding | Rule |',
    '|---|---|---|---|',
    ...list.map((f) => `| ${mdCell(f.id)} | ${mdCell(f.title)} | ${mdCell(f.message)} | ${f.rule} |`),
  ];
}

function gaps(list: readonly Gap[]): string[] {
  return [
    '| Where | Basis | What is missing or wrong | Severity |',
    '|---|---|---|---|',
    ...list.map(
      (g) =>
        `| ${mdCell(g.title)} | **${GRADE_NAMES[g.grade]}**${g.citation ? `: ${mdCell(g.citation)}` : ''} | ${mdCell(g.detail)} | ${g.severity} |`,
    ),
  ];
}

export function formatReportMarkdown(r: RegisterReport): string {
  const strong = r.gaps.filter((g) => g.grade === 'statute' || g.grade === 'regulatory-requirement');
  const other = r.gaps.filter((g) => !strong.includes(g));
  const out = [`# Policy register report: ${mdCell(r.organisation)}`, '', `As of ${r.asOf}. Run \`policies check\` for every finding.`, ''];
  out.push(`**Overall status: ${RAG_WORD[r.status.rag]}**`, '', ...r.status.reasons.map((x) => `- ${mdCell(x)}`), '');
  out.push(
    '| Policies | In force | Overdue | Due soon | Statutory and regulatory gaps | Assessment and consultation gaps | Drafts |',
    '|---|---|---|---|---|---|---|',
    `| ${r.total} | ${r.inForce} | ${r.overdue.length} | ${r.dueSoon.length} | ${strong.length} | ${r.eiaProblems.length + r.consultationProblems.length} | ${(r.byStatus.draft ?? 0) + (r.byStatus.consultation ?? 0)} |`,
    '',
  );
  out.push(
    '## Decisions needed',
    '',
    ...(r.decisions.length ? r.decisions.map((d) => `- **${mdCell(d.what)}**: ${mdCell(d.why)}`) : ['None.']),
    '',
  );
  out.push('## Gaps in statute and regulatory requirements', '', ...(strong.length ? gaps(strong) : ['None found.']), '');
  if (r.requiredPolicies.length) {
    const state = (p: RegisterReport['requiredPolicies'][number]) =>
      p.state === 'not-applicable'
        ? `not applicable: ${p.reason ?? ''}${p.decidedBy ? ` (${p.decidedBy})` : ''}`
        : p.state.replace(/-/g, ' ');
    out.push(
      '## Required policies',
      '',
      '| Required policy | Basis | State | Policies |',
      '|---|---|---|---|',
      ...r.requiredPolicies.map(
        (p) =>
          `| ${mdCell(p.title)}${p.item ? ` (${mdCell(p.item)})` : ''} | ${GRADE_TITLES[p.basis.grade]}: ${mdCell(p.basis.citation)} | ${mdCell(state(p))} | ${mdCell(p.policies.join(', '))} |`,
      ),
      '',
    );
  }
  out.push('## Overdue reviews', '', ...(r.overdue.length ? reviews(r.overdue, 'Days overdue') : ['None.']), '');
  out.push(`## Reviews due in the next ${r.dueSoonDays} days`, '', ...(r.dueSoon.length ? reviews(r.dueSoon, 'Days left') : ['None.']), '');
  out.push(
    '## Reviews programmed in the next twelve months',
    '',
    ...(r.programmed.length ? reviews(r.programmed, 'Days left') : ['None.']),
    '',
  );
  out.push(
    '## Equality impact assessment not recorded or out of time',
    '',
    ...(r.eiaProblems.length ? findings(r.eiaProblems) : ['None.']),
    '',
  );
  out.push(
    '## Consultation not recorded or out of time',
    '',
    ...(r.consultationProblems.length ? findings(r.consultationProblems) : ['None.']),
    '',
  );
  out.push(`## Drafts and consultations with no change for ${r.staleMonths} months or more`, '');
  out.push(
    ...(r.staleDrafts.length
      ? [
          '| Policy | Title | Status | Last changed | Source |',
          '|---|---|---|---|---|',
          ...r.staleDrafts.map((s) => `| ${mdCell(s.id)} | ${mdCell(s.title)} | ${s.status} | ${s.lastChanged} | ${s.source} |`),
        ]
      : ['None.']),
    '',
  );
  out.push("## Other findings: guidance, good practice and the board's own rules", '', ...(other.length ? gaps(other) : ['None.']), '');
  for (const c of r.coverage) {
    out.push(
      `## ${mdCell(c.title)}: not served by a current policy`,
      '',
      ...(c.gaps.length ? c.gaps.map((g) => `- ${mdCell(g.title)}`) : ['None: each is served by a current, in-date policy.']),
      '',
    );
  }
  out.push(
    '## Policies by status',
    '',
    '| Status | Policies |',
    '|---|---|',
    ...Object.entries(r.byStatus).map(([k, v]) => `| ${mdCell(k)} | ${v} |`),
    '',
  );
  out.push(
    '## Policies by category',
    '',
    '| Category | Policies |',
    '|---|---|',
    ...r.categories.map((c) => `| ${mdCell(c.title)} | ${c.policies} |`),
    '',
  );
  return `${out.join('\n')}\n`;
}
