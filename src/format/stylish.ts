// Human-readable output for a terminal, in the manner of ESLint's stylish formatter.
import { basisText } from '../types.js';
import type { CheckFormatter } from './types.js';
import { visibleControls } from './types.js';

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

export const stylish: CheckFormatter = (result, { color = false }) => {
  const lines: string[] = [];
  for (const file of result.results) {
    if (file.messages.length === 0) continue;
    lines.push('', paint(color, 4, visibleControls(file.file)));
    for (const m of file.messages) {
      const severity = m.severity === 'error' ? paint(color, 31, 'error  ') : paint(color, 33, 'warning');
      const basis = m.basis ? ` (${basisText(m.basis)})` : '';
      lines.push(`  ${`${m.line}:${m.column}`.padEnd(8)} ${severity}  ${visibleControls(m.message + basis)}  ${paint(color, 2, m.ruleId)}`);
      for (const r of m.related ?? [])
        lines.push(
          `  ${''.padEnd(8)}          ${paint(color, 2, `${visibleControls(r.message)}: ${visibleControls(r.file)}:${r.line}:${r.column}`)}`,
        );
    }
  }
  const total = result.errorCount + result.warningCount;
  const policies = `${result.fileCount} ${result.fileCount === 1 ? 'policy' : 'policies'} checked as of ${result.asOf}`;
  if (total === 0) {
    lines.push(`${paint(color, 32, '✔')} ${policies}: no problems.`);
  } else {
    const summary = `✖ ${total} ${total === 1 ? 'problem' : 'problems'} (${result.errorCount} ${result.errorCount === 1 ? 'error' : 'errors'}, ${result.warningCount} ${result.warningCount === 1 ? 'warning' : 'warnings'}) in ${policies}.`;
    lines.push('', paint(color, result.errorCount > 0 ? 31 : 33, summary));
  }
  return lines.join('\n').replace(/^\n/, '') + '\n';
};
