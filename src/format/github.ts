// GitHub Actions workflow commands: one annotation per finding, on the file and line it is about.
import { basisText } from '../types.js';
import type { CheckFormatter } from './types.js';
import { defuseWorkflowCommands, showInvisible, terminalText } from './neutralise.js';

/** Escape a workflow command's message, as @actions/core does: %, CR and LF are encoded. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escape a workflow command property: also `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: CheckFormatter = (result) => {
  const lines: string[] = [];
  for (const file of result.results) {
    for (const m of file.messages) {
      const properties = [
        `file=${escapeProperty(terminalText(file.file))}`,
        `line=${m.line}`,
        `col=${m.column}`,
        ...(m.endLine ? [`endLine=${m.endLine}`] : []),
        ...(m.endLine === m.line && m.endColumn ? [`endColumn=${m.endColumn}`] : []),
        `title=${escapeProperty(m.ruleId)}`,
      ];
      const basis = m.basis ? ` (${basisText(m.basis)})` : '';
      lines.push(
        `::${m.severity === 'error' ? 'error' : 'warning'} ${properties.join(',')}::${escapeData(defuseWorkflowCommands(showInvisible(m.message + basis)))}`,
      );
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
};
