// A meeting's papers as Markdown: the cover sheet, then one section per policy.
import { formatDiffMarkdown } from '../../diff/policy-diff.js';
import type { MeetingPapers, PaperItem } from '../../papers/papers.js';
import { recordSentences } from './records.js';
import { mdCell } from '../markdown-text.js';

function record(item: PaperItem): string[] {
  const { eia, consultation } = recordSentences(item);
  return [
    `- **Equality impact assessment:** ${mdCell(eia)}`,
    `- **Consultation:** ${mdCell(consultation)}`,
    ...item.behind.map((b) => `- **Behind:** ${mdCell(b)}`),
  ];
}

export function formatPapersMarkdown(p: MeetingPapers): string {
  const out = [
    `# Policy papers: ${mdCell(p.committee)}, ${p.meeting}`,
    '',
    `${mdCell(p.organisation)}. Papers due ${p.paperDeadline}; prepared as of ${p.asOf}.`,
    '',
  ];
  out.push('## Cover sheet', '');
  if (!p.items.length) out.push('No policy reviews are placed at this meeting.', '');
  else
    out.push(
      '| Policy | Title | Lead officer | The committee is asked to |',
      '|---|---|---|---|',
      ...p.items.map((i) => `| ${mdCell(i.id)} | ${mdCell(i.title)} | ${mdCell(i.owner)} | ${mdCell(i.ask)} |`),
      '',
    );
  for (const item of p.items) {
    out.push(
      `## ${mdCell(item.id)} ${mdCell(item.title)}`,
      '',
      `**Asked to decide:** ${mdCell(item.ask)}`,
      '',
      `Lead officer: ${mdCell(item.owner)}. Status: ${item.status}. Review due ${item.due}.`,
      '',
    );
    out.push('### Impact assessment and consultation', '', ...record(item), '');
    out.push('### Changes since it was last approved', '');
    if ('diff' in item.changes)
      out.push(
        formatDiffMarkdown(item.changes.diff)
          .replace(/^# .*\n\n/, '')
          .replace(/^## /gm, '#### ')
          .replace(/^### /gm, '##### ')
          .trimEnd(),
        '',
      );
    else out.push(`Not shown: ${mdCell(item.changes.unavailable)}.`, '');
    out.push('### What policies check finds', '');
    out.push(
      ...(item.findings.length
        ? item.findings.map((f) => `- ${f.severity}: ${mdCell(f.message)} (${f.rule}, line ${f.line})`)
        : ['Nothing.']),
      '',
    );
  }
  return `${out.join('\n')}\n`;
}
