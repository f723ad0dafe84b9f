// Put documents and register rows together: a row and a document are one policy when their references match, or
// failing that their titles; the register (the record the association keeps) wins, and every disagreement is listed.
import type { Sheet, SheetRow } from './register-sheet.js';
import type { Extracted, FieldName, Found, ReadDocument } from './types.js';

export interface Conflict {
  field: FieldName;
  document: Found;
  register: Found;
}

export interface MergedPolicy {
  /** The document it was read from, if any. */
  document?: ReadDocument;
  /** The register row, if any. */
  row?: SheetRow;
  fields: Extracted;
  conflicts: Conflict[];
}

/** A title or reference compared loosely: case, punctuation, "&"/"and" and a trailing "policy" do not matter. */
export function looseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\b(policy|strategy|procedure|the)\b/g, ' ')
    .replace(/[^a-z0-9]+/g, '');
}

function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    // A month and a day in that month agree ("2027-05" and "2027-05-31"); so do texts that differ only in case or spacing.
    if (/^\d{4}-\d{2}(-\d{2})?$/.test(a) && /^\d{4}-\d{2}(-\d{2})?$/.test(b)) return a.startsWith(b) || b.startsWith(a);
    return looseKey(a) === looseKey(b) || a.trim().toLowerCase() === b.trim().toLowerCase();
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

export function merge(documents: { doc: ReadDocument; fields: Extracted }[], sheet: Sheet | undefined): MergedPolicy[] {
  const merged: MergedPolicy[] = documents.map(({ doc, fields }) => ({ document: doc, fields: { ...fields }, conflicts: [] }));
  if (!sheet) return merged;
  const byId = new Map<string, MergedPolicy>();
  const byTitle = new Map<string, MergedPolicy>();
  for (const m of merged) {
    if (m.fields.id) byId.set(looseKey(m.fields.id.value) || m.fields.id.value.toLowerCase(), m);
    if (m.fields.title) byTitle.set(looseKey(m.fields.title.value), m);
  }
  for (const row of sheet.rows) {
    const idKey = row.fields.id ? looseKey(row.fields.id.value) || row.fields.id.value.toLowerCase() : undefined;
    const titleKey = row.fields.title ? looseKey(row.fields.title.value) : undefined;
    let match = (idKey ? byId.get(idKey) : undefined) ?? (titleKey ? byTitle.get(titleKey) : undefined);
    if (match?.row) match = undefined; // one row per document; a second row with the same key stands alone
    if (!match) {
      merged.push({ row, fields: { ...row.fields }, conflicts: [] });
      continue;
    }
    match.row = row;
    for (const [key, value] of Object.entries(row.fields) as [FieldName, Found][]) {
      const current = match.fields[key] as Found | undefined;
      if (current && !sameValue(current.value, value.value)) match.conflicts.push({ field: key, document: current, register: value });
      (match.fields as Record<string, Found>)[key] = value;
    }
  }
  return merged;
}
