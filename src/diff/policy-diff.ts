// What changed in a policy between two versions, as Markdown fit for a board paper.
import { diffLines } from 'diff';
import type { Heading, RootContent } from 'mdast';
import type { Policy } from '../load/policy.js';
import { mdCell } from '../format/markdown-text.js';
import { fencedLine } from '../format/neutralise.js';

export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface SectionChange {
  heading: string;
  change: 'added' | 'removed' | 'changed';
  /** Unified-style lines: "+ text", "- text", "  text". */
  lines: string[];
}

export interface PolicyDiff {
  id: string;
  title: string;
  /** What the old version is: "the version approved on 2025-03-13 (abc1234)". */
  since: string;
  fields: FieldChange[];
  sections: SectionChange[];
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Split the body into sections by heading: heading text -> the section's source text. */
function sections(policy: Policy): Map<string, string> {
  const lines = policy.text.split(/\r?\n/);
  const heads = policy.body().children.filter((n: RootContent): n is Heading => n.type === 'heading' && n.position !== undefined);
  const result = new Map<string, string>();
  const start = policy.bodyStartLine;
  const firstHead = heads[0]?.position?.start.line ?? lines.length + 1;
  const preamble = lines
    .slice(start - 1, firstHead - 1)
    .join('\n')
    .trim();
  if (preamble) result.set('(before the first heading)', preamble);
  heads.forEach((h, i) => {
    const from = h.position!.start.line;
    const to = heads[i + 1]?.position?.start.line ?? lines.length + 1;
    const title = lines[from - 1]!.replace(/^#+\s*/, '').replace(/\s*#*\s*$/, '');
    let key = title;
    for (let n = 2; result.has(key); n++) key = `${title} (${n})`;
    result.set(
      key,
      lines
        .slice(from, to - 1)
        .join('\n')
        .trim(),
    );
  });
  return result;
}

export function diffPolicies(before: Policy, after: Policy, since: string): PolicyDiff {
  const keys = [...new Set([...Object.keys(before.raw), ...Object.keys(after.raw)])];
  const fields = keys
    .filter((k) => JSON.stringify(before.raw[k]) !== JSON.stringify(after.raw[k]))
    .map((field): FieldChange => {
      const change: FieldChange = { field };
      const b = show(before.raw[field]);
      const a = show(after.raw[field]);
      if (b !== undefined) change.before = b;
      if (a !== undefined) change.after = a;
      return change;
    });
  const old = sections(before);
  const now = sections(after);
  const changes: SectionChange[] = [];
  for (const [heading, text] of now) {
    const was = old.get(heading);
    if (was === undefined) changes.push({ heading, change: 'added', lines: text.split('\n').map((l) => `+ ${l}`) });
    else if (was.replace(/\s+/g, ' ') !== text.replace(/\s+/g, ' ')) {
      const lines = diffLines(was, text).flatMap((part) =>
        part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((l) => `${part.added ? '+' : part.removed ? '-' : ' '} ${l}`),
      );
      changes.push({ heading, change: 'changed', lines });
    }
  }
  for (const [heading, text] of old)
    if (!now.has(heading)) changes.push({ heading, change: 'removed', lines: text.split('\n').map((l) => `- ${l}`) });
  return { id: after.data.id ?? before.data.id ?? after.file, title: after.data.title ?? '', since, fields, sections: changes };
}

/** A fence longer than any run of backticks in the text, so policy text cannot close it. */
function fenceFor(text: string): string {
  // A reduce, not Math.max(...runs): a body of many thousand backtick runs would overflow the call stack.
  const longest = (text.match(/`+/g) ?? []).reduce((n, r) => Math.max(n, r.length), 2);
  return '`'.repeat(longest + 1);
}

export function formatDiffMarkdown(d: PolicyDiff): string {
  const out = [`# Changes to ${mdCell(d.id)} ${mdCell(d.title)}`, '', `Compared with ${mdCell(d.since)}.`, ''];
  out.push('## Details changed', '');
  if (d.fields.length === 0) out.push('None.', '');
  else
    out.push(
      '| Field | Before | After |',
      '|---|---|---|',
      ...d.fields.map((f) => `| ${mdCell(f.field)} | ${mdCell(f.before ?? '(none)')} | ${mdCell(f.after ?? '(none)')} |`),
      '',
    );
  out.push('## Text changed', '');
  if (d.sections.length === 0) out.push('None.', '');
  for (const s of d.sections) {
    // Shown, never rendered; printed in a log, so no line may act as a workflow command or hide a control character.
    const body = s.lines.map(fencedLine).join('\n');
    const fence = fenceFor(body);
    out.push(`### ${mdCell(s.heading)} (${s.change})`, '', `${fence}diff`, body, fence, '');
  }
  return `${out.join('\n')}\n`;
}
