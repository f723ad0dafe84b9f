// The review spreadsheet: one row per policy, columns named as people name them. The header row is found, each column
// is mapped to a field by its heading (or by --map), and each row's values are read with their row and column.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { findDate, findFinancialYear, fromExcelSerial, fromJsDate, type ReadDate } from './dates.js';
import { readCycle } from './extract.js';
import { compoundFileRefusal, inspectArchive, isCompoundFile, isZip, LIMITS, Refusal } from './safety.js';
import type { Extracted, Found, Source } from './types.js';

/** Fields a spreadsheet column can give. */
export const SHEET_FIELDS = [
  'title',
  'id',
  'category',
  'status',
  'owner',
  'approving_body',
  'adopted',
  'approved',
  'last_reviewed',
  'next_review',
  'review_cycle_months',
  'ignore',
] as const;
export type SheetField = (typeof SHEET_FIELDS)[number];

/** Headings as people write them, by field; compared after lower-casing and dropping punctuation. */
const HEADINGS: [SheetField, RegExp][] = [
  [
    'next_review',
    /^(next )?review (due|by|date due)( date)?$|^next review( date| due)?$|^date (of )?next review$|^due( date)?$|^review due$|^due for review$|^date due$|^renewal( date)?$|^next due$/,
  ],
  ['last_reviewed', /^(date )?(last )?reviewed( date| on)?$|^last review( date)?$|^date of last review$|^latest review$|^reviewed$/],
  ['adopted', /^(date )?(first )?adopted( date| on)?$|^adoption date$|^date of adoption$|^first approved$|^original approval( date)?$/],
  [
    'approved',
    /^(date )?approved( date| on)?$|^(last )?approval date$|^date of (board |committee )?approval$|^(board|committee) approval( date)?$|^last approved$|^approval$|^date agreed$/,
  ],
  [
    'approving_body',
    /^committee$|^approving (body|committee)$|^approved by$|^approval body$|^(governance|approval) route$|^body$|^decision maker$|^board committee$|^responsible committee$|^committee responsible$/,
  ],
  [
    'owner',
    /^lead( officer| director| manager)?$|^(policy )?owner$|^responsible( officer| director| manager| person| lead)?$|^officer( responsible)?$|^accountable( officer| director)?$|^author$|^policy lead$|^lead officer responsible$/,
  ],
  ['id', /^(policy )?(ref|reference|no|number|code|id)( no| number)?$|^ref no$|^policy ref$|^doc(ument)? (ref|no|number)$/],
  [
    'title',
    /^(policy|policy name|policy title|title|name|document|document title|policy or strategy|policy strategy title|policystrategy title)$/,
  ],
  ['category', /^(category|policy category|area|policy area|service area|theme|type|policy type|directorate|department)$/],
  ['status', /^(status|policy status|current status)$/],
  [
    'review_cycle_months',
    /^(review )?(cycle|frequency|period|interval)( years| months)?$|^review (cycle|frequency)( years| months)?$|^how often reviewed$/,
  ],
];

/** Words that point at a field when no whole heading matches: "Date to Board" -> approved, "Policy Lead" -> owner. */
const HINTS: [SheetField, RegExp][] = [
  ['next_review', /\b(due|next|renewal|expir)/],
  ['last_reviewed', /\b(last|previous|latest) review|\breviewed\b/],
  ['adopted', /\badopt|\bfirst (approv|issued)|\boriginal/],
  ['approved', /\bapprov|\bagreed|\bratified|\bsigned off|\bdate to (the )?board/],
  ['approving_body', /\bcommittee|\bboard\b|\bbody\b|\bforum\b|\bgovernance/],
  ['owner', /\blead\b|\bowner|\bofficer|\bresponsib|\baccountab|\bmanager|\bdirector/],
  ['id', /\bref\b|\breference|\bnumber\b|\bno\b|\bcode\b|\bid\b/],
  ['title', /\bpolicy\b|\btitle|\bname\b|\bdocument|\bstrategy/],
  ['review_cycle_months', /\bcycle|\bfrequency|\bhow often|\byears\b/],
  ['category', /\bcategory|\barea\b|\btheme\b|\bsection\b/],
  ['status', /\bstatus\b/],
];

function normalise(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The field a heading names: a known heading, else the first field whose hint words it contains. */
export function fieldForHeading(heading: string): SheetField | undefined {
  const h = normalise(heading);
  if (!h) return undefined;
  for (const [field, re] of HEADINGS) if (re.test(h)) return field;
  for (const [field, re] of HINTS) if (re.test(h)) return field;
  return undefined;
}

/** `--map "Heading=field,Other heading=field"`: the user's reading of columns, which wins over the automatic one. */
export function parseMap(text: string | undefined): Map<string, SheetField> {
  const map = new Map<string, SheetField>();
  if (!text) return map;
  for (const part of text.split(',')) {
    if (!part.trim()) continue;
    const eq = part.lastIndexOf('=');
    if (eq <= 0) throw new Refusal(`--map wants Heading=field pairs separated by commas; "${part.trim()}" has no "=".`);
    const heading = part.slice(0, eq).trim();
    const field = part.slice(eq + 1).trim() as SheetField;
    if (!SHEET_FIELDS.includes(field))
      throw new Refusal(`--map: "${field}" is not a field the importer reads from a spreadsheet; use one of ${SHEET_FIELDS.join(', ')}.`);
    map.set(normalise(heading), field);
  }
  return map;
}

export type Cell = string | number | boolean | Date | null | undefined;

export interface SheetRow {
  /** The row as the spreadsheet numbers it (1-based, the header included). */
  row: number;
  fields: Extracted;
}

export interface Sheet {
  file: string;
  /** How each heading was read: the field, or none (its values are not imported). */
  columns: { heading: string; field: SheetField | undefined; how: 'map' | 'heading' | 'hint' | 'none' }[];
  rows: SheetRow[];
  /** Rows skipped (blank, or a repeated header), with the reason. */
  skipped: { row: number; reason: string }[];
}

async function readCells(file: string): Promise<Cell[][]> {
  const info = await stat(file);
  if (info.size > LIMITS.maxFileBytes) throw new Refusal(`it is larger than ${LIMITS.maxFileBytes / 1024 / 1024} MiB; it was not read.`);
  const buffer = await readFile(file);
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
    } catch {
      text = new TextDecoder('windows-1252').decode(buffer);
    }
    const delimiter = ext === '.tsv' || (!text.split('\n')[0]!.includes(',') && text.split('\n')[0]!.includes('\t')) ? '\t' : ',';
    try {
      return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true }) as string[][];
    } catch (error) {
      throw new Refusal(`it is not a readable CSV file (${(error as Error).message}).`);
    }
  }
  if (ext === '.xlsm')
    throw new Refusal(
      'it is a macro-enabled Excel file (.xlsm). Macro-enabled files are never opened; save a copy as .xlsx and import that.',
    );
  if (ext !== '.xlsx')
    throw new Refusal(
      `the register must be a .xlsx or .csv file, not ${ext || 'a file without an extension'}. In Excel, use File > Save As > Excel Workbook (.xlsx) or CSV UTF-8.`,
    );
  if (isCompoundFile(buffer)) throw compoundFileRefusal(buffer, 'Excel');
  if (!isZip(buffer)) throw new Refusal('it is not an Excel workbook, whatever its name says. Save it from Excel as .xlsx or CSV.');
  await inspectArchive(buffer, 'Excel');
  const { readSheet } = await import('read-excel-file/node');
  try {
    return (await readSheet(buffer)) as Cell[][];
  } catch (error) {
    throw new Refusal(`its first sheet could not be read (${(error as Error).message}). Save it from Excel again.`);
  }
}

function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).replace(/\s+/g, ' ').trim();
}

function cellDate(cell: Cell, isReview: boolean): ReadDate | undefined {
  if (cell instanceof Date) return fromJsDate(cell);
  if (typeof cell === 'number') return fromExcelSerial(cell);
  const text = cellText(cell);
  return findDate(text) ?? (isReview ? findFinancialYear(text) : undefined);
}

/** Read a review spreadsheet. Throws a Refusal when it cannot be read or has no recognisable header row. */
export async function readRegisterSheet(file: string, displayName: string, mapText?: string): Promise<Sheet> {
  const userMap = parseMap(mapText);
  const cells = await readCells(file);
  // The header row: among the first ten, the one naming most fields (title or id among them).
  let headerIndex = -1;
  let best = 0;
  cells.slice(0, 10).forEach((row, i) => {
    const fields = row.map((c) => userMap.get(normalise(cellText(c))) ?? fieldForHeading(cellText(c)));
    const score = new Set(fields.filter((f) => f && f !== 'ignore')).size;
    if (score > best && (fields.includes('title') || fields.includes('id'))) {
      best = score;
      headerIndex = i;
    }
  });
  if (headerIndex < 0 || best < 2) {
    throw new Refusal(
      'no header row naming the policy and its dates was found in its first ten rows. Give the columns headings (e.g. "Policy", "Ref", "Date approved", "Review due"), or name them with --map "Heading=field".',
    );
  }
  const header = cells[headerIndex]!.map(cellText);
  const taken = new Set<SheetField>();
  const columns = header.map((heading) => {
    const mapped = userMap.get(normalise(heading));
    if (mapped) {
      taken.add(mapped);
      return { heading, field: mapped === 'ignore' ? undefined : mapped, how: 'map' as const };
    }
    return { heading, field: undefined as SheetField | undefined, how: 'none' as 'map' | 'heading' | 'hint' | 'none' };
  });
  // Whole-heading matches first, then hints, each field to one column (the leftmost).
  for (const pass of ['heading', 'hint'] as const) {
    columns.forEach((col) => {
      if (col.how !== 'none' || !col.heading) return;
      const h = normalise(col.heading);
      const list = pass === 'heading' ? HEADINGS : HINTS;
      const field = list.find(([f, re]) => !taken.has(f) && re.test(h))?.[0];
      if (field) {
        col.field = field;
        col.how = pass;
        taken.add(field);
      }
    });
  }
  const rows: SheetRow[] = [];
  const skipped: Sheet['skipped'] = [];
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = cells[i]!;
    const rowNumber = i + 1;
    if (row.every((c) => cellText(c) === '')) continue;
    if (row.map(cellText).join('|') === header.join('|')) {
      skipped.push({ row: rowNumber, reason: 'repeats the header row' });
      continue;
    }
    const fields: Extracted = {};
    columns.forEach((col, c) => {
      if (!col.field) return;
      const cell = row[c];
      const text = cellText(cell);
      if (!text) return;
      const src: Source = { file: displayName, row: rowNumber, column: col.heading, text: text.slice(0, 200) };
      const put = <K extends keyof Extracted>(key: K, value: NonNullable<Extracted[K]>['value'], note?: string) => {
        (fields as Record<string, Found>)[key] = { value, source: src, confidence: 'high', ...(note ? { note } : {}) };
      };
      switch (col.field) {
        case 'title':
        case 'owner':
        case 'approving_body':
        case 'category':
          put(col.field, text.slice(0, 200));
          break;
        case 'id':
          put('id', text.slice(0, 64));
          break;
        case 'status': {
          const v = text.toLowerCase();
          const status = /draft/.test(v)
            ? 'draft'
            : /consult/.test(v)
              ? 'consultation'
              : /under review|in review|being reviewed/.test(v)
                ? 'under-review'
                : /supersed/.test(v)
                  ? 'superseded'
                  : /withdrawn|retired/.test(v)
                    ? 'withdrawn'
                    : /approved|current|live|adopted|final|active|in force/.test(v)
                      ? 'approved'
                      : undefined;
          if (status) put('status', status);
          break;
        }
        case 'review_cycle_months': {
          const months = readCycle(text) ?? (/^\d{1,2}$/.test(text) ? Number(text) * (/month/i.test(col.heading) ? 1 : 12) : undefined);
          if (months) put('review_cycle_months', months);
          break;
        }
        case 'ignore':
          break;
        default: {
          const date = cellDate(cell, col.field === 'next_review');
          if (date)
            put(
              col.field,
              date.value,
              date.precision === 'month' && col.field !== 'next_review'
                ? `only the month is written ("${text}"); the day is needed`
                : undefined,
            );
        }
      }
    });
    if (!fields.title && !fields.id) {
      skipped.push({ row: rowNumber, reason: 'names no policy (no title or reference)' });
      continue;
    }
    if (!fields.status && (fields.approved || fields.adopted)) {
      const evidence = (fields.approved ?? fields.adopted)!;
      fields.status = {
        value: 'approved',
        source: evidence.source,
        confidence: 'medium',
        note: 'inferred from the approval date in the register',
      };
    }
    rows.push({ row: rowNumber, fields });
  }
  return { file: displayName, columns, rows, skipped };
}
