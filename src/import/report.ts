// The import report: per policy, each field with its value, source and confidence, conflicts with the register, and
// what needs a person; then the files refused and why. Pure functions of the result (no clock), so re-runs agree.
import type { ImportResult } from './run.js';
import type { Found, Source } from './types.js';

export const REPORT_MARKER = '<!-- policies import report -->';

export function where(s: Source): string {
  if (s.row !== undefined) return `${s.file} row ${s.row}, column "${s.column ?? ''}"`;
  if (s.page !== undefined) return `${s.file} page ${s.page}, line ${s.line ?? '?'}`;
  return `${s.file} line ${s.line ?? '?'}`;
}

interface JsonField {
  field: string;
  value: unknown;
  source: Source;
  where: string;
  confidence: string;
  note?: string;
}

export function reportJson(result: ImportResult): object {
  return {
    to: result.to,
    dryRun: result.dryRun,
    ...(result.sheet
      ? {
          register: {
            file: result.sheet.file,
            columns: result.sheet.columns,
            rows: result.sheet.rows.length,
            skipped: result.sheet.skipped,
          },
        }
      : {}),
    policies: result.policies.map((p) => ({
      file: p.file,
      outcome: p.outcome,
      id: p.built.id ?? null,
      title: p.built.title ?? null,
      document: p.document ?? null,
      registerRow: p.registerRow ?? null,
      fields: (Object.entries(p.merged.fields) as [string, Found][]).map(
        ([field, f]): JsonField => ({
          field,
          value: f.value,
          source: f.source,
          where: where(f.source),
          confidence: f.confidence,
          ...(f.note ? { note: f.note } : {}),
        }),
      ),
      conflicts: p.merged.conflicts.map((c) => ({
        field: c.field,
        document: c.document.value,
        documentSource: where(c.document.source),
        register: c.register.value,
        registerSource: where(c.register.source),
        kept: 'register',
      })),
      needsPerson: p.built.needs,
      notWritten: p.built.notWritten,
      linkedPolicies: p.built.linked,
      unresolvedPolicies: p.built.unresolved,
      droppedLines: p.merged.document?.dropped ?? [],
    })),
    refused: result.refused,
  };
}

function cell(text: unknown): string {
  const s = typeof text === 'string' ? text : JSON.stringify(text);
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;')
    .slice(0, 200);
}

export function reportMarkdown(result: ImportResult, checkSummary?: string): string {
  const out: string[] = [REPORT_MARKER, '', `# Import report`, ''];
  const written = result.policies.filter((p) => p.outcome === 'written' || p.outcome === 'would write').length;
  out.push(
    `${result.dryRun ? 'Dry run: nothing was written. ' : ''}${result.policies.length} policies into \`${result.to}\`: ${written} ${result.dryRun ? 'to write' : 'written'}, ` +
      `${result.policies.filter((p) => p.outcome === 'unchanged').length} already there unchanged, ${result.policies.filter((p) => p.outcome === 'exists').length} not written because a different file of that name exists; ` +
      `${result.refused.length} files refused.`,
    '',
  );
  if (result.refused.length > 0) {
    out.push('## Files refused', '', '| file | why |', '|---|---|');
    for (const r of result.refused) out.push(`| ${cell(r.file)} | ${cell(r.reason)} |`);
    out.push('');
  }
  if (result.sheet) {
    out.push(
      `## The register: ${cell(result.sheet.file)}`,
      '',
      `${result.sheet.rows.length} rows read.`,
      '',
      '| column | read as | how |',
      '|---|---|---|',
    );
    for (const c of result.sheet.columns)
      out.push(
        `| ${cell(c.heading)} | ${c.field ?? '(not imported)'} | ${c.how === 'map' ? '--map' : c.how === 'heading' ? 'its heading' : c.how === 'hint' ? 'a word in its heading' : ''} |`,
      );
    for (const s of result.sheet.skipped) out.push('', `Row ${s.row} skipped: ${s.reason}.`);
    out.push('');
  }
  for (const p of result.policies) {
    out.push(
      `## ${cell(p.built.title ?? p.built.id ?? p.file)}`,
      '',
      `\`${p.file}\` (${p.outcome})${p.document ? ` from ${cell(p.document)}` : ''}${p.registerRow ? `${p.document ? ' and' : ' from'} register row ${p.registerRow}` : ''}.`,
      '',
    );
    if (p.built.needs.length > 0) {
      out.push('Needs a person:', '');
      for (const n of p.built.needs) out.push(`- **${n.field}**: ${cell(n.message)}`);
      out.push('');
    }
    if (p.merged.conflicts.length > 0) {
      out.push('Document and register disagree (the register was kept):', '', '| field | document | register |', '|---|---|---|');
      for (const c of p.merged.conflicts)
        out.push(
          `| ${c.field} | ${cell(c.document.value)} (${cell(where(c.document.source))}) | ${cell(c.register.value)} (${cell(where(c.register.source))}) |`,
        );
      out.push('');
    }
    out.push('| field | value | source | read from | confidence |', '|---|---|---|---|---|');
    for (const [field, f] of Object.entries(p.merged.fields) as [string, Found][]) {
      out.push(
        `| ${field} | ${cell(f.value)}${f.note ? ` (${cell(f.note)})` : ''} | ${cell(where(f.source))} | ${cell(f.source.text)} | ${f.confidence} |`,
      );
    }
    out.push('');
    if (p.built.unresolved.length > 0)
      out.push(`Policies it names that are not in this import: ${p.built.unresolved.map(cell).join('; ')}.`, '');
    const dropped = p.merged.document?.dropped ?? [];
    if (dropped.length > 0)
      out.push(
        `Page headers and footers dropped: ${dropped.slice(0, 5).map(cell).join('; ')}${dropped.length > 5 ? ` and ${dropped.length - 5} more` : ''}.`,
        '',
      );
  }
  if (checkSummary) out.push('## Check', '', '```text', checkSummary.trimEnd(), '```', '');
  return out.join('\n');
}
