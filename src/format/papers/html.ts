// A meeting's papers as one printable page: the cover sheet first, each policy starting a new printed page.
import type { MeetingPapers, PaperItem } from '../../papers/papers.js';
import { recordSentences } from './records.js';
import { VERSION } from '../../version.js';
import { dateCell, esc, escWithDates, keep, longDate, page, table } from '../html/page.js';

function record(item: PaperItem): string {
  const { eia, consultation } = recordSentences(item);
  return `<dl class="record"><dt>Equality impact assessment</dt><dd>${escWithDates(eia)}</dd><dt>Consultation</dt><dd>${escWithDates(consultation)}</dd>${item.behind
    .map((b) => `<dt>Behind</dt><dd>${escWithDates(b)}</dd>`)
    .join('')}</dl>`;
}

function changes(item: PaperItem): string {
  if (!('diff' in item.changes)) return `<p>Not shown: ${escWithDates(item.changes.unavailable)}.</p>`;
  const d = item.changes.diff;
  const fields = d.fields.length
    ? table(
        `Details of ${item.id} changed`,
        ['Field', 'Before', 'After'],
        d.fields.map((f) => [f.field, f.before ?? '(none)', f.after ?? '(none)']),
      )
    : '<p>No details changed.</p>';
  const text = d.sections.length
    ? d.sections
        .map(
          (s) =>
            `<h4>${esc(s.heading)} (${s.change})</h4><pre class="diff">${s.lines.map((l) => (l.startsWith('+') ? `<ins>${esc(l)}</ins>` : l.startsWith('-') ? `<del>${esc(l)}</del>` : esc(l))).join('\n')}</pre>`,
        )
        .join('\n')
    : '<p>No text changed.</p>';
  return `<p>Compared with ${escWithDates(d.since)}.</p>${fields}${text}`;
}

export function formatPapersHtml(p: MeetingPapers): string {
  const cover = p.items.length
    ? table(
        `Policies for ${p.committee} on ${p.meeting}`,
        ['Policy', 'Title', 'Lead officer', 'Review due', 'The committee is asked to'],
        p.items.map((i) => [i.id, i.title, i.owner, dateCell(i.due), i.ask]),
      )
    : '<p>No policy reviews are placed at this meeting.</p>';
  const parts = [keep('<h2>Cover sheet</h2>', cover)];
  for (const item of p.items) {
    parts.push(`<article class="paper">
${keep(
  `<h2>${esc(item.id)} ${esc(item.title)}</h2>`,
  `<p><strong>Asked to decide:</strong> ${escWithDates(item.ask)}</p>`,
  `<p>Lead officer: ${esc(item.owner)}. Status: ${esc(item.status)}. Review due <time datetime="${esc(item.due)}">${esc(item.due)}</time>.</p>`,
)}
${keep('<h3>Impact assessment and consultation</h3>', record(item))}
<h3>Changes since it was last approved</h3>
${changes(item)}
${keep(
  '<h3>What policies check finds</h3>',
  item.findings.length
    ? `<ul>${item.findings.map((f) => `<li><strong>${esc(f.severity)}</strong>: ${escWithDates(f.message)} (${esc(f.rule)}, line ${f.line})</li>`).join('')}</ul>`
    : '<p>Nothing.</p>',
)}
</article>`);
  }
  return page({
    title: `Policy papers: ${p.committee}, ${longDate(p.meeting)}`,
    meta: [`${p.organisation}. Papers due ${longDate(p.paperDeadline)}; prepared as of ${longDate(p.asOf)}.`],
    body: parts.join('\n'),
    footer: `Produced by policy-tracker ${VERSION} from the policy register as of ${p.asOf}.`,
  });
}
