// The labels UK landlords put on their cover sheets and document-control tables, by the field each one gives.
// Gathered from the layouts of published policies (see docs/import.md); matched case-insensitively, whole words.

export type LabelField =
  | 'title'
  | 'id'
  | 'version'
  | 'category'
  | 'status'
  | 'owner'
  | 'author'
  | 'approving_body'
  | 'adopted'
  | 'approved'
  | 'last_reviewed'
  | 'this_review'
  | 'next_review'
  | 'review'
  | 'review_cycle'
  | 'eia'
  | 'eia_required'
  | 'eia_completed'
  | 'consultation'
  | 'charter'
  | 'legislation'
  | 'links'
  | 'effective';

/** Longest labels first within a field; fields in the order they are tried, so "next review date" is not "review date". */
export const LABELS: readonly [LabelField, string][] = [
  [
    'next_review',
    'date of next review|next review date|date for next review|next review due|next review|review due date|review due|due for review|next due|to be reviewed(?: by)?|when is the next review|when is the review date|review by|date of review due|renewal date',
  ],
  ['this_review', 'this review(?: date)?|date of this review|current review'],
  [
    'last_reviewed',
    'date of last review|date last reviewed|last reviewed(?: date| on)?|last review date|last review|when was it last reviewed|date reviewed|reviewed on|date revised|revised',
  ],
  ['review_cycle', 'review cycle|review frequency|frequency of review|review period|review interval'],
  ['review', 'latest review date|latest review|review date|date of review|review'],
  [
    'adopted',
    'date first adopted|date adopted|adoption date|date of adoption(?: or last review)?|first adopted|adopted on|adopted|date first issued|first issued|date of first approval|first approved|originally approved|original approval date',
  ],
  [
    'approved',
    'date of board approval|date of committee approval|date of approval|date approved|approval date|approved date|approved on|board approved|committee approved|date issued|issue date|when was the policy issued|date agreed|agreed on|approved(?! by)',
  ],
  [
    'effective',
    'effective date|date effective(?: from)?|effective from|date of effect|policy to take effect from|implementation date|policy date',
  ],
  [
    'approving_body',
    'approving body|approval body|approving committee|approved by|authorised by|agreed by|ratified by|who approved this policy|who approved it|governing body|committee',
  ],
  [
    'owner',
    'lead officer|policy owner|document owner|owner|responsible officer|responsible director|responsible manager|responsible person|accountable officer|accountable director|policy lead|lead director|lead manager|who owns this policy|who looks after this policy|responsibility|managed by',
  ],
  ['author', 'author|drafted by|prepared by|written by|originator'],
  [
    'id',
    'policy number|policy no\\.?|policy ref(?:erence)?(?: no\\.?| number)?|policy code|policy id|document ref(?:erence)?|document number|document no\\.?|reference number|reference|ref(?: no\\.?)?|number',
  ],
  ['title', 'policy name|policy title|title of policy|name of policy|document title|document name|title|policy'],
  [
    'version',
    'document version|version number|version no\\.?|version|issue number|issue no\\.?|issue|revision number|revision no\\.?|revision',
  ],
  ['category', 'policy category|policy area|policy group|policy type|category'],
  ['status', 'policy status|document status|status'],
  ['eia_required', '(?:equality|equalities) impact assessment required|eia required|eqia required|impact assessment required'],
  [
    'eia_completed',
    '(?:equality|equalities) impact assessment (?:completed|carried out|undertaken|date)|eia (?:completed|carried out|undertaken|date)|eqia (?:completed|carried out|date)|e&d impact analysed|equality analysis completed|impact assessment completed',
  ],
  [
    'eia',
    '(?:equality|equalities)(?: and diversity| & diversity)? impact assessment(?: \\(eqia\\)| \\(eia\\))?|eqia|eia|equality analysis|impact assessment',
  ],
  [
    'consultation',
    'consultation(?: required| undertaken| carried out| with| completed)?|consulted(?: with)?|who was consulted|customer consultation|tenant consultation',
  ],
  ['charter', '(?:scottish social housing )?charter outcomes?|scottish social housing charter|ssh?c outcomes?'],
  ['legislation', 'relevant legislation|legislation|legal framework|statutory framework'],
  [
    'links',
    'link(?:s)? to other policies|related policies|related documents|linked policies|associated policies|associated documents|other relevant policies|related procedures|see also',
  ],
];

const COMPILED = LABELS.map(([field, pattern]) => ({ field, re: new RegExp(`^(?:${pattern})(?=$|[\\s:?|/\\-–—.])`, 'i') }));

/** The field a label (a table cell, or the start of a line) names, and how much of the text the label takes. */
export function matchLabel(text: string): { field: LabelField; length: number } | undefined {
  const t = text.replace(/^[\s*_•]+/, '');
  const offset = text.length - t.length;
  for (const { field, re } of COMPILED) {
    const m = re.exec(t);
    if (m) return { field, length: offset + m[0].length };
  }
  return undefined;
}

const DATE_FIELDS = new Set<LabelField>(['next_review', 'last_reviewed', 'this_review', 'review', 'adopted', 'approved', 'effective']);
const DATE_START =
  /^\s+(\d{1,2}(st|nd|rd|th)?\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s-]+\d{2,4}\b|^\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b/i;

/** Every place in a line where a label starts (at the start, or after a value, as in "Approved: May 2021 Review: May 2024"). */
export function labelsIn(text: string): { field: LabelField; start: number; end: number }[] {
  const found: { field: LabelField; start: number; end: number }[] = [];
  const starts = [0];
  // Labels after the first: only where a word starts after a date, a year, a colon-separated value or a wide gap.
  const re = /(?:\d{2,4}|[a-z)])\s+(?=[A-Z])|[|•·]\s*(?=[A-Z])/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  for (const start of starts) {
    const rest = text.slice(start);
    const label = matchLabel(rest);
    if (!label) continue;
    // A label in the middle of a line must be followed by a colon, so prose ("the review of ...") is not taken for one.
    const after = rest.slice(label.length);
    // Without a colon, only a date label directly followed by a date ("... 2019 Latest review date October 2022").
    if (start > 0 && !/^\s*[:?]/.test(after) && !(DATE_FIELDS.has(label.field) && DATE_START.test(after))) continue;
    if (start === 0 && !/^\s*([:?|\-–—]|$)/.test(after) && !/^\s+\S/.test(after)) continue;
    found.push({ field: label.field, start, end: start + label.length });
  }
  return found.filter((f, i) => i === 0 || f.start >= found[i - 1]!.end);
}
