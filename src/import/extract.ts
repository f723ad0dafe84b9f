// Read a policy's metadata from its text: cover sheet and document-control tables first (labelled values), then the
// text itself (a review cycle, the Acts it cites, the Charter outcomes and policies it names). Every value keeps its
// source line and a confidence; a value that cannot be read with evidence is left out, never guessed.
import { findDate, findFinancialYear, type ReadDate } from './dates.js';
import { labelsIn, matchLabel, type LabelField } from './labels.js';
import type { Confidence, Extracted, Found, ReadDocument, Source, SourceLine } from './types.js';

interface Pair {
  field: LabelField;
  value: string;
  line: SourceLine;
  separated: boolean;
  inTable: boolean;
}

/** Lines read as metadata: the cover (first lines) and the end (document-control blocks often close a document). */
const COVER_LINES = 80;
const END_LINES = 40;

function source(file: string, line: SourceLine, text = line.text): Source {
  return { file, ...(line.page !== undefined ? { page: line.page } : {}), line: line.line, text: text.slice(0, 300) };
}

/** Label/value pairs in one line: table cells side by side, "Label: value", "Who approved it? value", or stacked. */
function pairsIn(line: SourceLine): Pair[] {
  const pairs: Pair[] = [];
  if (line.cells && line.cells.length >= 2) {
    const cells = line.cells.filter((c) => c !== '');
    for (let i = 0; i < cells.length - 1; i++) {
      const label = matchLabel(cells[i]!);
      if (!label) continue;
      const rest = cells[i]!.slice(label.length).replace(/^\s*[:?\-–—]\s*/, '');
      // A label cell is all label ("Date approved" or "Date approved:"); its value is the next cell.
      if (rest.trim() === '') {
        pairs.push({ field: label.field, value: cells[i + 1]!, line, separated: true, inTable: true });
        i++;
      }
    }
    if (pairs.length > 0) return pairs;
    // A cell may hold "Label: value" itself.
    for (const cell of cells) pairs.push(...pairsInText(cell, line, true));
    return pairs;
  }
  return pairsInText(line.text, line, false);
}

function pairsInText(text: string, line: SourceLine, inTable: boolean): Pair[] {
  const labels = labelsIn(text);
  return labels.map((label, i) => {
    const raw = text.slice(label.end, labels[i + 1]?.start ?? text.length);
    const separated = /^\s*[:?|]/.test(raw) || /^\s*[-–—]\s/.test(raw);
    return { field: label.field, value: raw.replace(/^\s*[:?|\-–—]?\s*/, '').replace(/[\s|]+$/, ''), line, separated, inTable };
  });
}

function isLabelOnly(line: SourceLine): LabelField | undefined {
  if (line.cells) return undefined;
  const label = matchLabel(line.text);
  if (!label) return undefined;
  return /^\s*:?\s*$/.test(line.text.slice(label.length)) ? label.field : undefined;
}

const TEXT_FIELDS = new Set<LabelField>([
  'title',
  'id',
  'version',
  'category',
  'status',
  'owner',
  'author',
  'approving_body',
  'links',
  'legislation',
  'consultation',
  'charter',
  'eia',
]);
const BODY_WORDS =
  /\b(board|committee|team|group|panel|council|executive|cabinet|trustees|forum|directors|management|leadership|chief executive|ceo|director|sub-committee)\b/i;

function normaliseSpaces(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/^["'“”‘’]+|["'“”‘’.;,]+$/g, '')
    .trim();
}

function toTitleCase(s: string): string {
  if (s !== s.toUpperCase() || !/[A-Z]/.test(s)) return s;
  const small = new Set(['and', 'of', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'or', 'with']);
  return s
    .toLowerCase()
    .split(' ')
    .map((w, i) => (i > 0 && small.has(w) ? w : w.replace(/^[a-z]/, (c) => c.toUpperCase())))
    .join(' ')
    .replace(/\b(Asb|Eia|Rto|Hmo|Gdpr|Cctv)\b/g, (w) => w.toUpperCase());
}

function yesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  if (/^(yes|y|yes\b.*|completed|complete|done|carried out|undertaken|required|✓|✔|x)$/.test(v) || /^yes\b/.test(v)) return true;
  if (/^(no|n|none|not required|not applicable|n\/a|na)\b/.test(v)) return false;
  return undefined;
}

const GROUPS: [RegExp, string][] = [
  [/registered tenants?'? organi[sz]ations?|\brtos?\b/i, 'registered-tenant-organisations'],
  [/\btenants?'?\b/i, 'tenants'],
  [/\bresidents?'?\b/i, 'residents'],
  [/\bstaff\b|\bemployees\b|\bcolleagues\b/i, 'staff'],
  [/\bboard members?\b|\bthe board\b|\bcommittee members\b/i, 'board'],
  [/\bfactored owners?\b|\bowners\b|\bhomeowners\b/i, 'factored-owners'],
  [/\bapplicants\b/i, 'applicants'],
  [/\bservice users?\b/i, 'service-users'],
  [/\bpartners?\b|\bpartner agencies\b/i, 'partners'],
];

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  '1': 1,
  '2': 2,
  '3': 3,
  '4': 4,
  '5': 5,
  '6': 6,
};

/** "reviewed every three years", "review cycle: 3 years", "5 yearly", "annually", "every 18 months". */
export function readCycle(text: string): number | undefined {
  const t = text.toLowerCase();
  let m =
    /\b(?:every|cycle of|period of|at least every|within|after)\s+(one|two|three|four|five|six|\d{1,2})\s+(years?|months?)\b/.exec(t) ??
    /^\s*(one|two|three|four|five|six|\d{1,2})\s*[- ]?\s*(years?|yearly|months?|monthly)\b/.exec(t) ??
    /\b(one|two|three|four|five|six|\d)\s*[- ]?(yearly|year)\b/.exec(t);
  if (m) {
    const n = NUMBER_WORDS[m[1]!] ?? Number(m[1]);
    const months = m[2]!.startsWith('month') ? n : n * 12;
    return months >= 1 && months <= 120 ? months : undefined;
  }
  m = /\b(annually|annual|every year|biennially|triennially)\b/.exec(t);
  if (m) return ({ annually: 12, annual: 12, 'every year': 12, biennially: 24, triennially: 36 } as Record<string, number>)[m[1]!];
  return undefined;
}

const ACT = /\bAct\s+(1[89]\d{2}|20\d{2})\b|\bRegulations\s+(1[89]\d{2}|20\d{2})\b|\bOrder\s+(19\d{2}|20\d{2})\b/g;
const ACT_WORD = /^(?:[A-Z][A-Za-z'’-]*|\([A-Z][a-z]+\)|and|of|for|the|to|in|on|&|Crime,|Behaviour,|[A-Z][a-z]+,)$/;

/** Acts and regulations named in a line, e.g. "Housing (Scotland) Act 2001", "Anti-social Behaviour, Crime and Policing Act 2014". */
export function actsIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(ACT)) {
    const before = text.slice(0, m.index).trimEnd().split(/\s+/);
    const words: string[] = [];
    while (before.length > 0 && words.length < 12) {
      const w = before[before.length - 1]!;
      if (!ACT_WORD.test(w)) break;
      words.unshift(before.pop()!);
    }
    while (words.length > 0 && /^(and|of|for|the|to|in|on|&|The)$/i.test(words[0]!)) words.shift();
    // The Act's own first word is a capitalised word: a run of connectors alone is not a name.
    if (words.length === 0 || !/^[A-Z(]/.test(words[0]!)) continue;
    found.push(`${words.join(' ')} ${m[0]}`.replace(/\s+/g, ' ').replace(/,(?=\s)/g, ','));
  }
  return found;
}

const OUTCOME_NAMES: [RegExp, number][] = [
  [/^equalit/i, 1],
  [/^communication/i, 2],
  [/^participation/i, 3],
  [/^quality of housing/i, 4],
  [/^repairs/i, 5],
  [/^estate management|^anti-social/i, 6],
  [/^access to social housing/i, 10],
  [/^tenancy sustainment/i, 11],
  [/^homeless/i, 12],
  [/^value for money/i, 13],
  [/^gypsy/i, 16],
  [/^housing options/i, 7],
  [/^housing options/i, 8],
  [/^housing options/i, 9],
  [/^rents?\b/i, 14],
  [/^rents?\b/i, 15],
];

/** Charter outcome numbers in a line about the Charter: "1 Equalities, 2 Communication and 11 Tenancy Sustainment", "Outcomes 1, 2 and 13". */
export function outcomesIn(text: string): number[] {
  const found = new Set<number>();
  for (const m of text.matchAll(/\b(1[0-6]|[1-9])\s*[:.)–-]?\s+([A-Z][A-Za-z/ -]{3,40})/g)) {
    const name = m[2]!;
    if (OUTCOME_NAMES.some(([re, n]) => re.test(name) && n === Number(m[1]))) found.add(Number(m[1]));
  }
  const list = /\boutcomes?\s*(?:no\.?|number|numbers)?\s*:?\s*((?:(?:1[0-6]|[1-9])\s*(?:,|and|&|\s)\s*)*(?:1[0-6]|[1-9]))\b/i.exec(text);
  if (list) for (const n of list[1]!.match(/\d+/g) ?? []) found.add(Number(n));
  return [...found].sort((a, b) => a - b);
}

/** Names of policies in a line: capitalised words ending in Policy, Strategy or Procedure. */
export function policyNamesIn(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/((?:(?:[A-Z][\w'’-]*|&|and|of|for|to|on|in)\s+){1,7}(?:Policy|Strategy|Procedure|Procedures))\b/g)) {
    let name = m[1]!.trim().replace(/\s+/g, ' ');
    name = name.replace(
      /^(?:(?:The|This|Our|Its|Each|Any|A|An|See|Under|And|Of|For|To|On|In|&|Association'?s?|Group'?s?|Related|Other|Relevant|Linked|Associated)\s+)+/,
      '',
    );
    if (!/\s/.test(name)) continue;
    names.push(name);
  }
  return names;
}

function found<T>(value: T, file: string, line: SourceLine, confidence: Confidence, note?: string, text?: string): Found<T> {
  return { value, source: source(file, line, text), confidence, ...(note ? { note } : {}) };
}

function dateOrMonth(value: string): ReadDate | undefined {
  return findDate(value) ?? findFinancialYear(value);
}

/** Everything the importer can read about a policy from one document. */
export function extract(doc: ReadDocument): Extracted {
  const out: Extracted = {};
  const file = doc.file;
  const lines = doc.lines;
  const zone = [...lines.filter((_, i) => i < COVER_LINES || i >= lines.length - END_LINES), ...(doc.running ?? [])];
  const pairs: Pair[] = [];
  // A table whose first row is all headings ("Version | Date | Approved by"): its last row is the current version.
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (!head.cells || head.cells.length < 2) continue;
    const labels = head.cells.map((c) => {
      const m = matchLabel(c);
      return m && c.slice(m.length).replace(/[\s:]/g, '') === '' ? m.field : undefined;
    });
    if (labels.filter(Boolean).length < 2 || (i > 0 && lines[i - 1]!.cells?.length === head.cells.length)) continue;
    let last = i;
    while (lines[last + 1]?.cells?.length === head.cells.length) last++;
    if (last === i) continue;
    const row = lines[last]!;
    labels.forEach((field, c) => {
      if (field && row.cells![c]) pairs.push({ field, value: row.cells![c]!, line: row, separated: true, inTable: true });
    });
    i = last;
  }
  zone.forEach((line) => {
    pairs.push(...pairsIn(line));
    const stacked = isLabelOnly(line);
    const next = lines[lines.indexOf(line) + 1];
    if (stacked && next && !matchLabel(next.text) && !next.heading && next.text.length < 120) {
      pairs.push({ field: stacked, value: next.text, line: next, separated: true, inTable: false });
    }
  });

  const first = <T>(field: LabelField, read: (p: Pair) => T | undefined): { pair: Pair; value: T } | undefined => {
    for (const p of pairs) {
      if (p.field !== field) continue;
      if (TEXT_FIELDS.has(field) && !p.separated && !p.inTable) continue;
      const value = read(p);
      if (value !== undefined) return { pair: p, value };
    }
    return undefined;
  };
  const conf = (p: Pair): Confidence => (p.inTable || p.separated ? 'high' : 'medium');
  const short = (max: number) => (p: Pair) => {
    const v = normaliseSpaces(p.value);
    return v.length >= 1 && v.length <= max && !/^(n\/a|tbc|tba|-|none|\?)$/i.test(v) ? v : undefined;
  };

  // Title: the labelled name, else the first heading that names a policy, else the first heading.
  const title = first('title', (p) => {
    const v = short(160)(p);
    return v && /[a-z]{3}/i.test(v) ? v.replace(/\s*\(.*$/, '') || v : undefined;
  });
  if (title) out.title = found(toTitleCase(title.value), file, title.pair.line, conf(title.pair));
  else {
    const headings = lines
      .slice(0, COVER_LINES)
      .filter((l) => l.heading || (l.text.length < 90 && l.text === l.text.toUpperCase() && /[A-Z]{4}/.test(l.text)));
    const named = headings.find(
      (l) =>
        /\b(policy|strategy|procedure|statement|charter|plan|framework|code of|scheme|standards)\b/i.test(l.text) &&
        !/^contents$/i.test(l.text),
    );
    const firstLine = lines
      .slice(0, 5)
      .find(
        (l) =>
          !l.cells &&
          l.text.length < 90 &&
          !/[.:;]$/.test(l.text) &&
          !matchLabel(l.text) &&
          /\b(policy|strategy|procedure|statement|charter|framework|scheme)\b/i.test(l.text),
      );
    const pick = named ?? firstLine ?? headings.find((l) => l.heading === 1);
    if (pick) {
      const text = normaliseSpaces(pick.text.replace(/^\(?draft\)?\s*[:\-–]?\s*/i, '').replace(/\s*[-–—:]\s*(draft|final)$/i, ''));
      out.title = found(toTitleCase(text), file, pick, named ? 'medium' : 'low', "read from the document's heading, not a labelled title");
    }
  }

  // "Policy: FP031 Rent Accounting and Arrears": a reference at the start of the title is the policy's number.
  const coded = out.title && /^([A-Z]{1,5}[- ]?\d{1,4}[A-Z]?)\s+(?:[-–:]\s*)?([A-Z][\w'’&,() -]{3,})$/.exec(out.title.value);
  if (coded && out.title) {
    out.id = { ...out.title, value: coded[1]!, note: 'read from the start of the title' };
    out.title = { ...out.title, value: coded[2]! };
  }
  const id = first('id', (p) => {
    const v = short(40)(p);
    return v && /\d|^[A-Z]{2,}[\s\-/]*\w*$/.test(v) && /^[A-Za-z0-9][A-Za-z0-9 ._()&/-]*$/.test(v) && !findDate(v) ? v : undefined;
  });
  if (id) out.id = found(id.value, file, id.pair.line, conf(id.pair));

  const version = first('version', (p) => {
    const m = /^(?:v(?:ersion)?\.?\s*)?(\d+(?:\.\d+)*)\b/i.exec(normaliseSpaces(p.value));
    return m?.[1];
  });
  if (version) out.version = found(version.value, file, version.pair.line, conf(version.pair));

  const category = first('category', short(60));
  if (category) out.category = found(category.value, file, category.pair.line, conf(category.pair));

  const owner = first('owner', (p) => {
    const v = short(100)(p);
    return v && !findDate(v) ? v : undefined;
  });
  if (owner) out.owner = found(owner.value, file, owner.pair.line, conf(owner.pair));
  const author = first('author', (p) => {
    const v = short(100)(p);
    return v && !findDate(v) ? v : undefined;
  });
  if (author) out.author = found(author.value, file, author.pair.line, conf(author.pair));

  // "Approved by Housing Services Committee: 20 March 2019", "Approved by Board September 2017": body and date together.
  for (const line of zone) {
    const m =
      /\bapproved\s+by\s*(?:the\s+)?((?:[A-Z][\w&'’ -]{0,60}?\s)?(?:Board(?: of Management| of Directors)?|Committee|Sub[- ]Committee|Team|Group|Panel|Council|Executive|Cabinet|Trustees|Forum|Chief Executive))\b\s*(?:[:\-–—/,]|\bon\b)?\s*(.*)$/i.exec(
        line.text,
      );
    if (!m) continue;
    const body = normaliseSpaces(m[1]!);
    if (!out.approving_body && body.length > 2) out.approving_body = found(body, file, line, 'high');
    const date = findDate(m[2]!.slice(0, 40));
    if (date && !out.approved) out.approved = found(date.value, file, line, date.precision === 'day' ? 'high' : 'medium', monthNote(date));
  }
  if (!out.approving_body) {
    const body = first('approving_body', (p) => {
      const v = short(100)(p);
      if (!v) return undefined;
      const withoutDate = normaliseSpaces(v.replace(findDate(v)?.text ?? '\u0000', ''));
      return withoutDate && BODY_WORDS.test(withoutDate) ? withoutDate : undefined;
    });
    if (body) out.approving_body = found(body.value, file, body.pair.line, conf(body.pair));
  }

  const dateOf = (field: LabelField) => first(field, (p) => dateOrMonth(p.value.slice(0, 60)));
  const adopted = dateOf('adopted');
  if (adopted)
    out.adopted = found(
      adopted.value.value,
      file,
      adopted.pair.line,
      dateConfidence(adopted.value, adopted.pair),
      monthNote(adopted.value),
    );
  const approved = dateOf('approved') ?? first('approving_body', (p) => dateOrMonth(p.value.slice(0, 60)));
  if (approved && !out.approved)
    out.approved = found(
      approved.value.value,
      file,
      approved.pair.line,
      dateConfidence(approved.value, approved.pair),
      monthNote(approved.value),
    );

  const next = dateOf('next_review');
  // "This review" (the review this version records) is the latest; "Last review" on the same sheet is the one before.
  const last = dateOf('this_review') ?? dateOf('last_reviewed');
  const review = dateOf('review');
  const reference = out.approved?.value ?? last?.value.value ?? out.adopted?.value;
  if (next) out.next_review = found(next.value.value, file, next.pair.line, dateConfidence(next.value, next.pair));
  if (last) out.last_reviewed = found(last.value.value, file, last.pair.line, dateConfidence(last.value, last.pair), monthNote(last.value));
  if (review) {
    // "Review date" alone: the next review, unless the document also gives a next review (then it is this review),
    // or it is no later than the approval (a review that has happened).
    const when = review.value.value;
    if (!next && (!reference || when > reference)) {
      out.next_review = found(when, file, review.pair.line, 'medium', '"Review date" read as the date the next review is due');
    } else if (!last && (!next || when < next.value.value)) {
      out.last_reviewed = found(
        when,
        file,
        review.pair.line,
        'medium',
        `"Review date" read as the date of the last review${review.value.precision === 'month' ? '; ' + monthNote(review.value) : ''}`,
      );
    }
  }
  // A date the policy took effect is not the date it was approved: it is not used for either.
  // "... and will next be reviewed in May 2025": a review date said in a sentence on the cover.
  if (!out.next_review) {
    for (const line of zone) {
      const m =
        /\b(?:will (?:next )?be reviewed|is (?:next )?due (?:for|to be) review(?:ed)?|next review is due|due for review)\s+(?:in|by|on|before|no later than)\s+(.{4,30})/i.exec(
          line.text,
        );
      const date = m ? dateOrMonth(m[1]!) : undefined;
      if (date) {
        out.next_review = found(date.value, file, line, 'medium', 'read from a sentence');
        break;
      }
    }
  }

  // Review cycle: a labelled cycle, or a sentence anywhere ("This policy will be reviewed every three years").
  const cycle = first('review_cycle', (p) => readCycle(p.value));
  if (cycle) out.review_cycle_months = found(cycle.value, file, cycle.pair.line, 'high');
  else {
    for (const line of lines) {
      if (!/\breview/i.test(line.text)) continue;
      // Only a sentence about reviewing the policy itself ("This policy will be reviewed every three years").
      const aboutPolicy =
        /\b(this|the)\s+(policy|strategy|procedure|document)\b[^.]{0,40}?\breview(ed)?\b[^.]{0,40}?\b(every|at least every|annually|triennially|biennially|within)\b/i.test(
          line.text,
        ) ||
        /\breview(ed)?\s+(of\s+)?(this|the)\s+(policy|strategy|procedure)\b[^.]{0,40}?\b(every|at least every|annually|triennially|biennially|within)\b/i.test(
          line.text,
        );
      const months = aboutPolicy ? readCycle(line.text) : undefined;
      if (months) {
        out.review_cycle_months = found(months, file, line, 'medium');
        break;
      }
    }
  }

  // Status: labelled, or a draft by its heading, or approved because the document records its approval.
  const status = first('status', (p) => {
    const v = p.value.toLowerCase();
    if (/\bdraft\b/.test(v)) return 'draft';
    if (/\b(approved|final|current|live|adopted|in force|active)\b/.test(v)) return 'approved';
    if (/\bconsultation\b/.test(v)) return 'consultation';
    if (/\bunder review\b/.test(v)) return 'under-review';
    if (/\bsuperseded\b/.test(v)) return 'superseded';
    if (/\bwithdrawn\b/.test(v)) return 'withdrawn';
    return undefined;
  });
  const draftLine = lines.slice(0, 10).find((l) => /^\(?draft\)?\b|\bdraft\)?$|\(draft\)/i.test(l.text));
  if (status) out.status = found(status.value, file, status.pair.line, conf(status.pair));
  else if (draftLine) out.status = found('draft', file, draftLine, 'medium', 'the document is marked draft');
  else if (out.approved || out.adopted) {
    const evidence = (out.approved ?? out.adopted)!;
    out.status = {
      value: 'approved',
      source: evidence.source,
      confidence: 'medium',
      note: 'inferred from the approval date the document records',
    };
  }

  // Equality impact assessment.
  const eiaRequired = first('eia_required', (p) => yesNo(p.value));
  const eiaCompleted = first('eia_completed', (p) => {
    const date = findDate(p.value.slice(0, 60));
    if (date) return { date, done: true };
    const yn = yesNo(p.value);
    return yn === undefined ? undefined : { date: undefined, done: yn };
  });
  const eiaPlain = first('eia', (p) => {
    const date = findDate(p.value.slice(0, 60));
    if (date) return { date, yes: true as boolean | undefined };
    const yn = yesNo(p.value);
    return yn === undefined ? undefined : { date: undefined, yes: yn };
  });
  if (eiaRequired) out.eia_required = found(eiaRequired.value, file, eiaRequired.pair.line, conf(eiaRequired.pair));
  else if (eiaCompleted?.value.done)
    out.eia_required = found(true, file, eiaCompleted.pair.line, 'high', 'an assessment recorded as done was required');
  else if (eiaPlain?.value.yes !== undefined) out.eia_required = found(eiaPlain.value.yes, file, eiaPlain.pair.line, 'medium');
  const eiaDate = eiaCompleted?.value.date ?? eiaPlain?.value.date;
  const eiaDateLine = eiaCompleted?.value.date ? eiaCompleted.pair.line : eiaPlain?.pair.line;
  if (eiaDate && eiaDateLine)
    out.eia_completed = found(eiaDate.value, file, eiaDateLine, eiaDate.precision === 'day' ? 'high' : 'medium', monthNote(eiaDate));

  // Consultation: yes/no, who with, and what the document says about it.
  const consultation = first('consultation', (p) => {
    const v = normaliseSpaces(p.value);
    return v ? v : undefined;
  });
  if (consultation) {
    const v = consultation.value;
    const yn = yesNo(v);
    const groups = GROUPS.filter(([re]) => re.test(v)).map(([, g]) => g);
    const described = yn === undefined && /\w+\s+\w+/.test(v) && !/^(tbc|tba|to be confirmed|pending|ongoing)\b/i.test(v);
    if (yn !== undefined || groups.length > 0 || described) {
      out.consultation_required = found(
        yn ?? true,
        file,
        consultation.pair.line,
        yn === undefined ? 'medium' : conf(consultation.pair),
        yn === undefined ? 'the document names who was consulted' : undefined,
      );
    }
    const unique = [...new Set(groups.includes('registered-tenant-organisations') ? groups : groups)];
    if (unique.length > 0) out.consultation_groups = found(unique, file, consultation.pair.line, 'medium');
    if (yn === undefined && v.length > 3) out.consultation_summary = found(v.slice(0, 400), file, consultation.pair.line, 'high');
  }

  // Charter outcomes: labelled, or on lines about the Charter (and the line after, where tables put the list).
  const outcomes = new Set<number>();
  let outcomeLine: SourceLine | undefined;
  lines.forEach((line, i) => {
    if (!/\bcharter\b/i.test(line.text) && !(line.cells && /outcome/i.test(line.text))) return;
    // The outcomes may follow the mention as a short list: read on until a heading or a long paragraph.
    const following: SourceLine[] = [];
    for (const l of lines.slice(i + 1, i + 10)) {
      if (l.heading || l.text.length > 200) break;
      following.push(l);
    }
    for (const l of [line, ...following]) {
      const ns = outcomesIn(l.text);
      if (ns.length > 0) {
        ns.forEach((n) => outcomes.add(n));
        outcomeLine ??= l;
      }
    }
  });
  // Outcomes named without numbers, in a labelled cell: "Equalities; Access to Social Housing".
  if (outcomes.size === 0) {
    const named = first('charter', (p) => {
      const ns = p.value
        .split(/[;,]|\band\b/)
        .map((part) => OUTCOME_NAMES.find(([re]) => re.test(part.trim()))?.[1])
        .filter((n): n is number => n !== undefined);
      return ns.length > 0 ? ns : undefined;
    });
    if (named) {
      named.value.forEach((n) => outcomes.add(n));
      outcomeLine = named.pair.line;
    }
  }
  if (outcomes.size > 0 && outcomeLine)
    out.charter_outcomes = found(
      [...outcomes].sort((a, b) => a - b),
      file,
      outcomeLine,
      'medium',
    );

  // Legislation named anywhere in the text.
  const acts = new Map<string, SourceLine>();
  for (const line of lines) for (const act of actsIn(line.text)) if (!acts.has(act.toLowerCase())) acts.set(act.toLowerCase(), line);
  if (acts.size > 0) {
    const names = [...new Set([...acts.keys()])].map((k) => actsIn(acts.get(k)!.text).find((a) => a.toLowerCase() === k)!);
    out.legislation = found(
      names,
      file,
      acts.values().next().value!,
      'medium',
      acts.size > 1 ? `first named here; ${acts.size} in all` : undefined,
    );
  }

  // Other policies named (resolved against the register later).
  const named = new Map<string, SourceLine>();
  const own = (out.title?.value ?? '').toLowerCase();
  for (const line of lines)
    for (const name of policyNamesIn(line.text)) if (name.toLowerCase() !== own && !named.has(name)) named.set(name, line);
  for (const p of pairs.filter((q) => q.field === 'links')) {
    for (const part of p.value.split(/[,;]| and (?=[A-Z])/)) {
      const name = normaliseSpaces(part);
      if (name.length > 3 && name.toLowerCase() !== own && !named.has(name)) named.set(name, p.line);
    }
  }
  if (named.size > 0) out.policies_named = found([...named.keys()], file, named.values().next().value!, 'low');
  return out;
}

function monthNote(date: ReadDate): string | undefined {
  return date.precision === 'month' ? `only the month is written ("${date.text}"); the day is needed` : undefined;
}

function dateConfidence(date: ReadDate, pair: Pair): Confidence {
  return date.precision === 'day' && (pair.inTable || pair.separated) ? 'high' : 'medium';
}
