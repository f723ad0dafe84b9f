// The register report as a board paper: a first page a board reads in a minute, the detail after, breakdowns last.
import { GRADE_NAMES, type FindingRef, type Gap, type RegisterReport, type ReviewRef } from '../../report/report.js';
import { GRADE_TITLES } from '../../types.js';
import { VERSION } from '../../version.js';
import { dateCell, esc, escWithDates, keep, longDate, page, table } from '../html/page.js';

const RAG_WORD = { red: 'Red', amber: 'Amber', green: 'Green' } as const;

function programmedFor(r: ReviewRef): { html: string } {
  if (r.meeting) return { html: `${esc(r.committee ?? '')}, <time datetime="${esc(r.meeting)}">${esc(r.meeting)}</time>` };
  return { html: `<strong>Not programmed</strong>${r.unplacedReason ? `: ${escWithDates(r.unplacedReason)}` : ''}` };
}

function notes(r: ReviewRef): { html: string } {
  return {
    html: r.startPassed.length ? `<ul class="notes">${r.startPassed.map((n) => `<li>${escWithDates(n)}</li>`).join('')}</ul>` : '–',
  };
}

function reviewTable(caption: string, list: readonly ReviewRef[], days: string): string {
  return table(
    caption,
    ['Policy', 'Title', 'Owner', 'Approving body', 'Due', days, 'Programmed for', 'Preparation'],
    list.map((r) => [r.id, r.title, r.owner, r.approvingBody, dateCell(r.due), String(r.days), programmedFor(r), notes(r)]),
  );
}

function findingTable(caption: string, list: readonly FindingRef[]): string {
  return table(
    caption,
    ['Policy', 'Title', 'Finding', 'Rule'],
    list.map((f) => [f.id, f.title, f.message, f.rule]),
  );
}

/**
 * What a gap is, in its first clause: the paper's first page must hold the gaps and the overdue reviews, and the rest
 * of each message (which policy is out of date, and when) is in the review tables and in `policies check`.
 */
function headline(detail: string): string {
  const cut = detail.search(/: |\. /);
  return cut > 0 ? detail.slice(0, cut) : detail;
}

function gapTable(caption: string, list: readonly Gap[], brief = false): string {
  return table(
    caption,
    ['Where', 'Basis', 'What is missing or wrong', 'Severity'],
    list.map((g) => [
      g.title,
      { html: `<strong>${esc(GRADE_NAMES[g.grade])}</strong>${g.citation ? `<br>${escWithDates(g.citation.split(';')[0]!)}` : ''}` },
      brief ? headline(g.detail) : g.detail,
      g.severity,
    ]),
    { wrapFirst: true },
  );
}

/** A section: its heading kept with a short table (or the sentence that there is none). */
function section(heading: string, body: string, rows: number): string {
  return rows <= 6 ? keep(`<h2>${esc(heading)}</h2>`, body) : `<h2>${esc(heading)}</h2>\n${body}`;
}

export function formatReportHtml(r: RegisterReport): string {
  const strong = r.gaps.filter((g) => g.grade === 'statute' || g.grade === 'regulatory-requirement');
  const other = r.gaps.filter((g) => !strong.includes(g));
  const count = (n: number, label: string) => `<li><strong>${n}</strong> ${esc(label)}</li>`;
  const parts = [
    `<div class="status" role="group" aria-label="Overall status">
<p>Overall status: <span class="rag ${r.status.rag}">${RAG_WORD[r.status.rag]}</span></p>
<p class="reasons">${r.status.reasons.map((x) => esc(x)).join('; ')}.</p>
</div>`,
    `<ul class="summary" aria-label="Counts">${[
      count(r.total, 'policies'),
      count(r.inForce, 'in force'),
      count(r.overdue.length, 'overdue'),
      count(r.dueSoon.length, `due in ${r.dueSoonDays} days`),
      count(strong.length, 'statutory or regulatory gaps'),
      count(r.eiaProblems.length + r.consultationProblems.length, 'EIA or consultation gaps'),
      count((r.byStatus.draft ?? 0) + (r.byStatus.consultation ?? 0), 'drafts'),
    ].join('')}</ul>`,
    section(
      'Decisions needed',
      r.decisions.length
        ? `<ul class="decisions">${r.decisions.map((d) => `<li><strong>${esc(d.what)}</strong>: ${escWithDates(d.why)}</li>`).join('')}</ul>`
        : '<p>None: no review is overdue or due, and nothing in statute or regulation is missing.</p>',
      r.decisions.length,
    ),
    section(
      'Gaps in statute and regulatory requirements',
      strong.length ? gapTable('Statutory and regulatory gaps, statute first', strong, true) : '<p>None found.</p>',
      strong.length,
    ),
    section(
      'Overdue reviews',
      r.overdue.length ? reviewTable('Policies past their review date', r.overdue, 'Days overdue') : '<p>None.</p>',
      r.overdue.length,
    ),
    section(
      `Reviews due in the next ${r.dueSoonDays} days`,
      r.dueSoon.length ? reviewTable('Reviews falling due', r.dueSoon, 'Days left') : '<p>None.</p>',
      r.dueSoon.length,
    ),
    section(
      'Reviews programmed in the next twelve months',
      r.programmed.length ? reviewTable('Reviews placed at meetings in the next twelve months', r.programmed, 'Days left') : '<p>None.</p>',
      r.programmed.length,
    ),
    section(
      'Required policies',
      r.requiredPolicies.length
        ? table(
            'Each required policy and where the register stands',
            ['Required policy', 'Basis', 'State', 'Policies'],
            r.requiredPolicies.map((p) => [
              `${p.title}${p.item ? ` (${p.item})` : ''}`,
              `${GRADE_TITLES[p.basis.grade]}: ${p.basis.citation}`,
              p.state === 'not-applicable'
                ? `not applicable: ${p.reason ?? ''}${p.decidedBy ? ` (${p.decidedBy})` : ''}`
                : p.state.replace(/-/g, ' '),
              p.policies.join(', '),
            ]),
          )
        : '<p>No pack in force lists required policies.</p>',
      r.requiredPolicies.length,
    ),
    section(
      'Equality impact assessments',
      r.eiaProblems.length ? findingTable('Impact assessments not recorded or out of time', r.eiaProblems) : '<p>None.</p>',
      r.eiaProblems.length,
    ),
    section(
      'Consultation',
      r.consultationProblems.length ? findingTable('Consultation not recorded or out of time', r.consultationProblems) : '<p>None.</p>',
      r.consultationProblems.length,
    ),
    section(
      'Drafts that have not moved',
      r.staleDrafts.length
        ? table(
            `Drafts and consultations with no change for ${r.staleMonths} months or more`,
            ['Policy', 'Title', 'Status', 'Last changed', 'Source'],
            r.staleDrafts.map((s) => [s.id, s.title, s.status, dateCell(s.lastChanged), s.source]),
          )
        : '<p>None.</p>',
      r.staleDrafts.length,
    ),
    section(
      "Other findings: guidance, good practice and the board's own rules",
      other.length ? gapTable('Other findings, by the strength of their basis', other) : '<p>None.</p>',
      other.length,
    ),
  ];
  for (const c of r.coverage) {
    parts.push(
      section(
        `${c.title}: not served by a current policy`,
        c.gaps.length
          ? `<ul>${c.gaps.map((g) => `<li>${esc(g.title)}</li>`).join('')}</ul>`
          : '<p>None: each is served by a current, in-date policy.</p>',
        c.gaps.length,
      ),
    );
  }
  parts.push(
    section(
      'Policies by status',
      table(
        'Policies by status',
        ['Status', 'Policies'],
        Object.entries(r.byStatus).map(([k, v]) => [k, String(v)]),
      ),
      Object.keys(r.byStatus).length,
    ),
    section(
      'Policies by category',
      table(
        'Policies by category',
        ['Category', 'Policies'],
        r.categories.map((c) => [c.title, String(c.policies)]),
        { wrapFirst: true },
      ),
      6,
    ),
  );
  return page({
    title: 'Policy register report',
    meta: [`${r.organisation}: the register as of ${longDate(r.asOf)}.`],
    body: parts.join('\n'),
    footer: `Produced by policy-tracker ${VERSION} from the policy register as of ${r.asOf}.`,
  });
}
