// A policy's history (versions from git merged with its approvals) and its diff, by format.
import type { PolicyDiff } from '../../diff/policy-diff.js';
import type { HistoryEntry } from '../../git/history.js';
import { mdCell } from '../markdown-text.js';
import { jsonText } from '../neutralise.js';
import { defineFormatters } from '../registry.js';

export interface PolicyHistory {
  id: string | undefined;
  title: string | undefined;
  file: string;
  entries: readonly HistoryEntry[];
}

function historyMarkdown({ id, title, entries }: PolicyHistory): string {
  const rows = entries.map((e) =>
    e.kind === 'approval'
      ? `| ${e.date} | Approved | ${mdCell(e.body ?? '')}${e.minute ? `, minute ${mdCell(e.minute)}` : ''} |`
      : `| ${e.date} | Changed | ${mdCell(e.subject ?? '')} (${mdCell(e.author ?? '')}, ${e.commit!.slice(0, 7)}${e.path ? `, ${mdCell(e.path)}` : ''}) |`,
  );
  return `# History of ${mdCell(id ?? '')} ${mdCell(title ?? '')}\n\n| Date | Event | Details |\n|---|---|---|\n${rows.join('\n')}\n`;
}

export const HISTORY_FORMATTERS = defineFormatters<PolicyHistory, Record<string, never>>('md', {
  md: { description: 'Markdown', format: historyMarkdown },
  json: { description: '{ id, title, file, entries } (docs/formats.md)', format: (h) => `${jsonText(JSON.stringify(h, null, 2))}\n` },
});

export const DIFF_FORMATTERS = defineFormatters<PolicyDiff, Record<string, never>>('md', {
  md: { description: 'Markdown for a board paper', format: async (d) => (await import('../../diff/policy-diff.js')).formatDiffMarkdown(d) },
});
