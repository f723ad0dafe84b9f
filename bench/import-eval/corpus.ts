// The labelled evaluation set: invented policies of invented landlords, each laid out the way a real landlord lays out
// its metadata (the layouts surveyed are listed in docs/import.md; no text is copied from any of them). The expected
// fields were written from each document as a person would read it, before the importer was run on it.
import type { Block, FixtureDoc, Format } from './render.js';

/** What a careful person reads from the document. A field left out means the document does not give it. */
export interface Labels {
  title?: string;
  id?: string;
  /** The approval date of this version if the document gives one, else its adoption date (YYYY-MM-DD or YYYY-MM). */
  approved?: string;
  next_review?: string;
  approving_body?: string;
  owner?: string;
  last_reviewed?: string;
  review_cycle_months?: number;
  eia_required?: boolean;
  consultation_required?: boolean;
  charter_outcomes?: number[];
  status?: string;
}

export interface Fixture {
  name: string;
  format: Format;
  /** Which surveyed layout it reproduces. */
  layout: string;
  doc: FixtureDoc;
  expected: Labels;
}

const p = (text: string): Block => ({ kind: 'p', text });
const h = (level: 1 | 2 | 3, text: string): Block => ({ kind: 'h', level, text });
const table = (...rows: string[][]): Block => ({ kind: 'table', rows });
const list = (...items: string[]): Block => ({ kind: 'list', items });

/** A few paragraphs of invented policy text, so metadata has a body around it as in a real document. */
function body(topic: string, extra: Block[] = []): Block[] {
  return [
    h(2, '1. Introduction'),
    p(`1.1 This policy sets out how the Association manages ${topic}. It applies to all tenants, applicants and staff.`),
    p(`1.2 We aim to deliver a fair and consistent service and to treat everyone with dignity and respect.`),
    h(2, '2. Legal and regulatory framework'),
    p('2.1 The main legislation is the Housing (Scotland) Act 2001 and the Equality Act 2010.'),
    h(2, '3. Our approach'),
    list(
      `We will publish clear information about ${topic}.`,
      'We will record every case on the housing management system.',
      'We will report performance to the Board each quarter.',
    ),
    ...extra,
    h(2, '4. Equality and diversity'),
    p('4.1 We will apply this policy fairly and will make reasonable adjustments where they are needed.'),
    h(2, '5. Monitoring and review'),
    p('5.1 Staff will monitor how the policy works in practice and report any problems to the lead officer.'),
  ];
}

export const CORPUS: Fixture[] = [
  {
    name: 'two-column-cover-docx',
    format: 'docx',
    layout: 'two-column cover table: name, ref, review date, next review, committee, author (Scottish RSL)',
    doc: {
      blocks: [
        table(
          ['Policy Name', 'Tenant Recharges Policy'],
          ['Policy Ref', 'HM 21'],
          ['Review Date', 'March 2024'],
          ['Next Review Date', 'March 2027'],
          ['Committee', 'Housing Services Sub Committee'],
          ['Author', 'Morag Lindsay'],
        ),
        h(1, 'Tenant Recharges Policy'),
        ...body('recharges for repairs caused by damage'),
      ],
    },
    expected: {
      title: 'Tenant Recharges Policy',
      id: 'HM 21',
      next_review: '2027-03',
      approving_body: 'Housing Services Sub Committee',
      last_reviewed: '2024-03',
    },
  },
  {
    name: 'labelled-cover-docx',
    format: 'docx',
    layout: 'bold label / value table with adoption, last, this and next review, EIA and consultation flags',
    doc: {
      header: 'Carrick Brae Housing Co-operative',
      footer: 'Page',
      blocks: [
        h(1, 'Estate Management Policy'),
        table(
          ['Policy Name', 'Estate Management Policy'],
          ['Policy Category', 'Housing Management'],
          ['Policy Number', '014'],
          ['Date Adopted', '03/09/2015'],
          ['Last Review', '12/10/2021'],
          ['This Review', '08/11/2024'],
          ['Next Review', 'November 2027'],
          ['Equalities Impact Assessment Required', 'Yes'],
          ['Consultation', 'Yes'],
        ),
        ...body('the estates around our homes'),
      ],
    },
    expected: {
      title: 'Estate Management Policy',
      id: '014',
      approved: '2015-09-03',
      next_review: '2027-11',
      last_reviewed: '2024-11-08',
      eia_required: true,
      consultation_required: true,
      status: 'approved',
    },
  },
  {
    name: 'question-answer-html',
    format: 'html',
    layout: 'web page with question-style labels (who owns it, who approved it, when issued, review date) (English HA)',
    doc: {
      blocks: [
        h(1, 'Aids and adaptations policy'),
        p('Who owns this policy? Head of Asset Management'),
        p('Who approved this policy? Executive Leadership Team'),
        p('When was the policy issued? May 2024'),
        p('When is the review date? May 2027'),
        ...body('aids and adaptations for disabled residents'),
      ],
    },
    expected: {
      title: 'Aids and adaptations policy',
      owner: 'Head of Asset Management',
      approving_body: 'Executive Leadership Team',
      approved: '2024-05',
      next_review: '2027-05',
      status: 'approved',
    },
  },
  {
    name: 'one-line-cover-pdf',
    format: 'pdf',
    layout: 'cover page with one line: approved by Board month year, latest review date (Scottish co-operative)',
    doc: {
      blocks: [
        h(1, 'Garden Maintenance Policy and Procedures'),
        p('Approved by Board October 2019 Latest review date October 2022'),
        { kind: 'pagebreak' },
        ...body('garden maintenance'),
      ],
    },
    expected: {
      title: 'Garden Maintenance Policy and Procedures',
      approving_body: 'Board',
      approved: '2019-10',
      next_review: '2022-10',
      status: 'approved',
    },
  },
  {
    name: 'effective-review-approved-pdf',
    format: 'pdf',
    layout: 'one line: effective date, review date, approved by the named board with a full date; "1 | P a g e" footers',
    doc: {
      footer: '{n} | P a g e',
      blocks: [
        h(1, 'Rent Arrears Policy'),
        p('Effective Date: April 2023 Review Date: April 2026 Approved by Lochend Board: 22 March 2023'),
        ...body('rent arrears and their recovery'),
        { kind: 'pagebreak' },
        h(2, '6. Appendix'),
        p('6.1 The arrears procedure is held by the Housing Services Manager.'),
      ],
    },
    expected: {
      title: 'Rent Arrears Policy',
      approved: '2023-03-22',
      next_review: '2026-04',
      approving_body: 'Lochend Board',
      status: 'approved',
    },
  },
  {
    name: 'slash-table-charter-html',
    format: 'html',
    layout: 'table: approved by committee / month, review date / month, author; Charter outcomes listed by number and name',
    doc: {
      blocks: [
        h(1, 'RENT COLLECTION AND ARREARS POLICY'),
        table(['Approved by Committee', 'June 2022'], ['Review Date', 'June 2025'], ['Author', 'D Fraser']),
        h(2, 'The Scottish Social Housing Charter'),
        p('This Policy reflects our commitment to the Scottish Social Housing Charter, in particular outcomes:'),
        list('1 Equalities', '2 Communication', '11 Tenancy Sustainment', '13 Value for Money'),
        ...body('rent collection'),
      ],
    },
    expected: {
      title: 'Rent Collection and Arrears Policy',
      approving_body: 'Committee',
      approved: '2022-06',
      next_review: '2025-06',
      charter_outcomes: [1, 2, 11, 13],
      status: 'approved',
    },
  },
  {
    name: 'colon-block-md',
    format: 'md',
    layout:
      'colon-separated block: name, status, approved by, drafted by, date approved, effective, E&D impact analysed, consultation, next review (English group)',
    doc: {
      blocks: [
        h(1, 'Ashgrove Homes Group Lettings Policy'),
        p('Policy Name: Lettings Policy'),
        p('Status: Approved'),
        p('Approved by: Ashgrove Homes Board'),
        p('Drafted by: Priya Shah'),
        p('Date approved: 11 December 2023'),
        p('Date effective from: January 2024'),
        p('E&D impact Analysed: Yes'),
        p('Consultation: Customer Voice Panel, October to November 2023'),
        p('Next Review Date: September 2026'),
        ...body('lettings'),
      ],
    },
    expected: {
      title: 'Lettings Policy',
      status: 'approved',
      approving_body: 'Ashgrove Homes Board',
      approved: '2023-12-11',
      eia_required: true,
      next_review: '2026-09',
      consultation_required: true,
    },
  },
  {
    name: 'adopted-next-responsible-pdf',
    format: 'pdf',
    layout: 'cover table: date adopted, date of next review "not later than", version, responsible officer',
    doc: {
      blocks: [
        h(1, 'Complaints and Customer Feedback Policy'),
        table(
          ['Date Adopted', 'July 2022'],
          ['Date of Next Review', 'Not later than July 2025'],
          ['Version', '1.0'],
          ['Responsible Officer', 'Company Secretary'],
        ),
        ...body('complaints and feedback'),
      ],
    },
    expected: {
      title: 'Complaints and Customer Feedback Policy',
      approved: '2022-07',
      next_review: '2025-07',
      owner: 'Company Secretary',
      status: 'approved',
    },
  },
  {
    name: 'document-control-end-docx',
    format: 'docx',
    layout: 'document-control table at the end: version, supersedes, date approved, approved by, review date, owner',
    doc: {
      blocks: [
        h(1, 'Mutual Exchange Policy'),
        ...body('mutual exchanges between tenants'),
        h(2, 'Document control'),
        table(
          ['Version', '3.0'],
          ['Supersedes', 'Version 2, February 2020'],
          ['Date approved', '14/02/2023'],
          ['Approved by', 'Operations Committee'],
          ['Review date', 'February 2026'],
          ['Policy owner', 'Director of Customer Services'],
        ),
      ],
    },
    expected: {
      title: 'Mutual Exchange Policy',
      approved: '2023-02-14',
      approving_body: 'Operations Committee',
      next_review: '2026-02',
      owner: 'Director of Customer Services',
      status: 'approved',
    },
  },
  {
    name: 'no-metadata-txt',
    format: 'txt',
    layout: "no cover sheet at all: the landlord's name and the policy name as capitals, then numbered text",
    doc: {
      blocks: [
        p('WESTMARCH HOUSING ASSOCIATION'),
        p('ABANDONED PROPERTY POLICY'),
        p('1.1 This document sets out how Westmarch Housing Association deals with homes that appear to have been abandoned.'),
        p('1.2 We will act quickly to bring abandoned homes back into use while protecting the rights of the tenant.'),
        p('2.1 Staff will carry out checks with neighbours, utility companies and the local authority before serving notice.'),
      ],
    },
    expected: { title: 'Abandoned Property Policy' },
  },
  {
    name: 'draft-last-updated-txt',
    format: 'txt',
    layout: 'a draft strategy with "last updated" time stamp and a contents list, no approval',
    doc: {
      blocks: [
        p('(DRAFT) GLENMORVEN TENANT PARTICIPATION STRATEGY'),
        p('Last updated: 2.10pm, Wednesday 9th March 2022 by'),
        p('CONTENTS'),
        { kind: 'list', ordered: true, items: ['INTRODUCTION', 'OUR VALUES', 'HOW TENANTS CAN TAKE PART', 'MONITORING AND REVIEW'] },
        p('1. INTRODUCTION'),
        p('1.1 This strategy explains how tenants can influence the services Glenmorven provides.'),
      ],
    },
    expected: { title: 'Glenmorven Tenant Participation Strategy', status: 'draft' },
  },
  {
    name: 'title-adoption-review-html',
    format: 'html',
    layout: 'colon labels: title of policy, date of adoption or last review, date of review (care provider)',
    doc: {
      blocks: [
        p('Title of Policy: Pets Policy'),
        p('Date of Adoption or Last Review: July 2021'),
        p('Date of Review: December 2024'),
        ...body('pets in our homes'),
      ],
    },
    expected: { title: 'Pets Policy', approved: '2021-07', next_review: '2024-12', status: 'approved' },
  },
  {
    name: 'short-month-year-md',
    format: 'md',
    layout: 'abbreviated month-year dates ("Oct-21"): approved and review date',
    doc: {
      blocks: [
        h(1, 'Sundry Debt Recovery Policy'),
        table(['Approved:', 'Oct-21'], ['Review date:', 'Oct-24'], ['Lead officer:', 'Head of Finance']),
        ...body('sundry debts'),
      ],
    },
    expected: {
      title: 'Sundry Debt Recovery Policy',
      approved: '2021-10',
      next_review: '2024-10',
      owner: 'Head of Finance',
      status: 'approved',
    },
  },
  {
    name: 'issue-board-approved-pdf',
    format: 'pdf',
    layout: 'table: issue number, board approved (month), responsibility, review date',
    doc: {
      blocks: [
        h(1, 'Tenure and Tenancy Management Policy'),
        table(
          ['Issue', '07'],
          ['Board approved', 'February 2024'],
          ['Responsibility', 'Director of Operations'],
          ['Review Date', 'February 2027'],
        ),
        ...body('tenancies'),
      ],
    },
    expected: {
      title: 'Tenure and Tenancy Management Policy',
      approved: '2024-02',
      owner: 'Director of Operations',
      next_review: '2027-02',
      status: 'approved',
    },
  },
  {
    name: 'document-reference-owner-docx',
    format: 'docx',
    layout: 'table: date, version, document reference, document owner, date last reviewed',
    doc: {
      blocks: [
        h(1, 'Lettings and Tenancy Sign-up Policy'),
        table(
          ['Date', 'February 2025'],
          ['Version', '1'],
          ['Document Reference', 'LT-01'],
          ['Document Owner', 'Lettings Manager'],
          ['Date last reviewed', 'June 2024'],
        ),
        ...body('sign-ups for new tenancies'),
      ],
    },
    expected: { title: 'Lettings and Tenancy Sign-up Policy', id: 'LT-01', owner: 'Lettings Manager', last_reviewed: '2024-06' },
  },
  {
    name: 'take-effect-reviewed-txt',
    format: 'txt',
    layout: 'lines: policy to take effect from, to be reviewed, version no.',
    doc: {
      blocks: [
        p('Intensive Tenancy Support Policy'),
        p('Policy to take effect from: August 2023'),
        p('To be reviewed: August 2026'),
        p('Version No. 5.0'),
        p('1.1 This policy describes the extra support we give to tenants whose tenancy is at risk.'),
        p('1.2 The policy will be reviewed every three years by the Housing Services Committee.'),
      ],
    },
    expected: { title: 'Intensive Tenancy Support Policy', next_review: '2026-08', review_cycle_months: 36 },
  },
  {
    name: 'uppercase-approved-effective-pdf',
    format: 'pdf',
    layout: 'capitals: landlord and policy name, then APPROVED and EFFECTIVE DATE with full dates',
    doc: {
      blocks: [
        p('HORNBEAM HOUSING ASSOCIATION'),
        h(1, 'ABANDONMENT AND REPOSSESSION OF PROPERTY POLICY'),
        p('APPROVED: 18 JUNE 2024 EFFECTIVE DATE: 1 JULY 2024'),
        ...body('abandoned tenancies'),
      ],
    },
    expected: { title: 'Abandonment and Repossession of Property Policy', approved: '2024-06-18', status: 'approved' },
  },
  {
    name: 'date-approved-approved-by-html',
    format: 'html',
    layout: 'two lines: date approved (dd/mm/yyyy), approved by a named committee',
    doc: {
      blocks: [
        h(1, 'Customer Compliments and Complaints Policy'),
        p('Date approved: 12/09/2023'),
        p('Approved by: People and Places Committee'),
        ...body('compliments and complaints'),
      ],
    },
    expected: {
      title: 'Customer Compliments and Complaints Policy',
      approved: '2023-09-12',
      approving_body: 'People and Places Committee',
      status: 'approved',
    },
  },
  {
    name: 'code-version-approved-ceo-md',
    format: 'md',
    layout: 'a heading with a coded reference, then version, date approved (month) and approved by a post',
    doc: {
      blocks: [
        h(1, 'Right to Acquire Policy'),
        p('Policy reference: SER-POL-22'),
        p('Version 4.0'),
        p('Date approved: March 2024'),
        p('Approved by: Chief Executive'),
        ...body('applications to buy a home'),
      ],
    },
    expected: {
      title: 'Right to Acquire Policy',
      id: 'SER-POL-22',
      approved: '2024-03',
      approving_body: 'Chief Executive',
      status: 'approved',
    },
  },
  {
    name: 'eia-cycle-ordinal-docx',
    format: 'docx',
    layout: 'cover table with ordinal dates ("15th June 2021"), EIA completed date, and a review-cycle sentence',
    doc: {
      blocks: [
        h(1, 'Domestic Abuse Policy'),
        table(
          ['Policy No.', 'HS 09'],
          ['Date approved', '15th June 2023'],
          ['Approved by', 'Board of Management'],
          ['Lead Officer', 'Director of Housing Services'],
          ['Next review', '15th June 2026'],
          ['EIA completed', '2nd May 2023'],
        ),
        ...body('support for people experiencing domestic abuse', [
          p('3.5 This policy will be reviewed every three years, or sooner if the law changes.'),
        ]),
      ],
    },
    expected: {
      title: 'Domestic Abuse Policy',
      id: 'HS 09',
      approved: '2023-06-15',
      approving_body: 'Board of Management',
      owner: 'Director of Housing Services',
      next_review: '2026-06-15',
      eia_required: true,
      review_cycle_months: 36,
      status: 'approved',
    },
  },
  {
    name: 'running-header-footer-pdf',
    format: 'pdf',
    layout: 'three-page PDF with a running header naming the landlord and policy and a "Page n of N" footer; metadata table on page 1',
    doc: {
      header: 'Kilbrannan Housing Association - Repairs and Maintenance Policy',
      footer: 'Page {n} of {N}',
      blocks: [
        h(1, 'Repairs and Maintenance Policy'),
        table(
          ['Policy number', 'RM 02'],
          ['Approved by', 'Property Services Committee'],
          ['Date approved', '27 April 2023'],
          ['Next review due', 'April 2026'],
          ['Policy owner', 'Head of Property Services'],
        ),
        ...body('repairs and maintenance'),
        { kind: 'pagebreak' },
        h(2, '6. Repair categories'),
        p('6.1 Emergency repairs are attended within four hours and made safe within twenty-four hours.'),
        { kind: 'pagebreak' },
        h(2, '7. Right to repair'),
        p('7.1 Qualifying repairs are carried out under the statutory right to repair scheme.'),
      ],
    },
    expected: {
      title: 'Repairs and Maintenance Policy',
      id: 'RM 02',
      approving_body: 'Property Services Committee',
      approved: '2023-04-27',
      next_review: '2026-04',
      owner: 'Head of Property Services',
      status: 'approved',
    },
  },
  {
    name: 'four-column-cover-docx',
    format: 'docx',
    layout: 'four-column document-control table (two label/value pairs a row)',
    doc: {
      blocks: [
        h(1, 'Void Management Policy'),
        table(
          ['Policy number', 'VM 01', 'Version', '2.1'],
          ['Date approved', '05/03/2024', 'Approved by', 'Board'],
          ['Next review', '05/03/2027', 'Lead officer', 'Voids Manager'],
        ),
        ...body('empty homes between tenancies'),
      ],
    },
    expected: {
      title: 'Void Management Policy',
      id: 'VM 01',
      approved: '2024-03-05',
      approving_body: 'Board',
      next_review: '2027-03-05',
      owner: 'Voids Manager',
      status: 'approved',
    },
  },
  {
    name: 'charter-outcomes-line-md',
    format: 'md',
    layout: 'cover table with Charter outcomes in a row ("Outcomes 1, 3 and 13") and consultation "No"',
    doc: {
      blocks: [
        h(1, 'Rent Setting Policy'),
        table(
          ['Policy Ref', 'FIN 04'],
          ['Date Approved', '30 January 2025'],
          ['Approving body', 'Finance and Audit Committee'],
          ['Next Review Date', 'January 2028'],
          ['Charter outcomes', 'Outcomes 1, 3 and 13'],
          ['Consultation', 'No'],
        ),
        ...body('setting rents each year'),
      ],
    },
    expected: {
      title: 'Rent Setting Policy',
      id: 'FIN 04',
      approved: '2025-01-30',
      approving_body: 'Finance and Audit Committee',
      next_review: '2028-01',
      charter_outcomes: [1, 3, 13],
      consultation_required: false,
      status: 'approved',
    },
  },
  {
    name: 'stacked-labels-pdf',
    format: 'pdf',
    layout: 'labels and values on separate lines (a cover table flattened by PDF export)',
    doc: {
      blocks: [
        h(1, 'Medical Adaptations Policy'),
        p('Policy Number'),
        p('MA 03'),
        p('Date of Board Approval'),
        p('8th November 2022'),
        p('Date of Next Review'),
        p('November 2025'),
        ...body('adaptations for medical needs'),
      ],
    },
    expected: { title: 'Medical Adaptations Policy', id: 'MA 03', approved: '2022-11-08', next_review: '2025-11', status: 'approved' },
  },
];

/**
 * The second set, written after the importer was tuned on the first: its labels were fixed before it was first run,
 * and its first scores are recorded in docs/import.md as the nearer guide to documents the importer has not seen.
 */
export const HELD_OUT: Fixture[] = [
  {
    name: 'who-looks-after-html',
    format: 'html',
    layout: 'question labels with colons: who looks after it, who approved it, when last reviewed, when next (English HA)',
    doc: {
      blocks: [
        h(1, 'Neighbourhood nuisance policy'),
        p('Who looks after this policy: Neighbourhood Services Manager'),
        p('Who approved it: Leadership Team'),
        p('When was it last reviewed: January 2025'),
        p('When is the next review: January 2028'),
        ...body('neighbour nuisance'),
      ],
    },
    expected: {
      title: 'Neighbourhood nuisance policy',
      owner: 'Neighbourhood Services Manager',
      approving_body: 'Leadership Team',
      last_reviewed: '2025-01',
      next_review: '2028-01',
    },
  },
  {
    name: 'code-in-title-docx',
    format: 'docx',
    layout: 'the reference inside the title line ("Policy: FP022 ...") and a document-control table',
    doc: {
      blocks: [
        h(1, 'Policy: FP031 Rent Accounting and Arrears'),
        table(['Approved by', 'Finance Committee'], ['Date approved', '19/06/2024'], ['Next review', '19/06/2027']),
        ...body('rent accounts'),
      ],
    },
    expected: {
      title: 'Rent Accounting and Arrears',
      id: 'FP031',
      approving_body: 'Finance Committee',
      approved: '2024-06-19',
      next_review: '2027-06-19',
      status: 'approved',
    },
  },
  {
    name: 'prose-approval-txt',
    format: 'txt',
    layout: 'no table: the approval and next review said in a sentence on the cover',
    doc: {
      blocks: [
        p('Succession Policy'),
        p('This policy was approved by the Board of Management on 3 May 2022 and will next be reviewed in May 2025.'),
        p('1. Introduction'),
        p('1.1 This policy explains who may succeed to a Scottish secure tenancy when a tenant dies.'),
      ],
    },
    expected: {
      title: 'Succession Policy',
      approving_body: 'Board of Management',
      approved: '2022-05-03',
      next_review: '2025-05',
      status: 'approved',
    },
  },
  {
    name: 'footer-review-date-pdf',
    format: 'pdf',
    layout: 'the next review date only in a running footer on every page, with the page number',
    doc: {
      footer: 'Estate Caretaking Policy | Next review: June 2026 | Page {n} of {N}',
      blocks: [
        h(1, 'Estate Caretaking Policy'),
        table(['Policy number', 'EM 05'], ['Approved by', 'Housing Services Committee'], ['Date approved', '10 June 2023']),
        ...body('caretaking on our estates'),
        { kind: 'pagebreak' },
        h(2, '6. Service standards'),
        p('6.1 Common areas are cleaned every week and inspected every month.'),
      ],
    },
    expected: {
      title: 'Estate Caretaking Policy',
      id: 'EM 05',
      approving_body: 'Housing Services Committee',
      approved: '2023-06-10',
      next_review: '2026-06',
      status: 'approved',
    },
  },
  {
    name: 'dotted-dates-eia-pdf',
    format: 'pdf',
    layout: 'cover table with dd.mm.yy dates, an EIA completed date and consultation not required',
    doc: {
      blocks: [
        h(1, 'Gas Safety Policy'),
        table(
          ['Policy Ref', 'PS 04'],
          ['Approved', '21.11.24'],
          ['Approving body', 'Board'],
          ['Review due', '21.11.27'],
          ['Equality Impact Assessment', 'Completed 30.10.24'],
          ['Consultation', 'Not required'],
        ),
        ...body('annual gas safety checks'),
      ],
    },
    expected: {
      title: 'Gas Safety Policy',
      id: 'PS 04',
      approved: '2024-11-21',
      approving_body: 'Board',
      next_review: '2027-11-21',
      eia_required: true,
      consultation_required: false,
      status: 'approved',
    },
  },
  {
    name: 'version-history-end-md',
    format: 'md',
    layout: 'a version history table at the end (version, date, approved by, changes) and a review line',
    doc: {
      blocks: [
        h(1, 'Tenant Scrutiny Framework'),
        ...body('tenant scrutiny of our services'),
        h(2, 'Version control'),
        table(
          ['Version', 'Date', 'Approved by', 'Summary of changes'],
          ['1.0', '14 March 2019', 'Board', 'New framework'],
          ['2.0', '9 March 2023', 'Board', 'Reviewed with the Scrutiny Panel'],
        ),
        p('Next review date: March 2026'),
      ],
    },
    expected: { title: 'Tenant Scrutiny Framework', next_review: '2026-03', approving_body: 'Board' },
  },
  {
    name: 'lead-director-consulted-docx',
    format: 'docx',
    layout: 'cover table: policy title, lead director, committee, date of committee approval, review frequency, consulted with',
    doc: {
      blocks: [
        table(
          ['Policy title', 'Adaptations and Equipment Policy'],
          ['Lead director', 'Director of Property'],
          ['Committee', 'Operations Committee'],
          ['Date of committee approval', '2nd October 2024'],
          ['Review frequency', '3 years'],
          ['Consulted with', 'Tenants Forum and staff'],
        ),
        h(1, 'Adaptations and Equipment Policy'),
        ...body('adaptations'),
      ],
    },
    expected: {
      title: 'Adaptations and Equipment Policy',
      owner: 'Director of Property',
      approving_body: 'Operations Committee',
      approved: '2024-10-02',
      review_cycle_months: 36,
      consultation_required: true,
      status: 'approved',
    },
  },
  {
    name: 'charter-names-html',
    format: 'html',
    layout: 'Charter outcomes named without numbers in a cover table, review due as a financial year',
    doc: {
      blocks: [
        h(1, 'Allocations Policy'),
        table(
          ['Reference', 'HM 01'],
          ['Approved by', 'Board of Management'],
          ['Approved', '26 August 2024'],
          ['Review due', '2027/28'],
          ['Scottish Social Housing Charter', 'Equalities; Housing Options; Access to Social Housing'],
        ),
        ...body('allocating our homes'),
      ],
    },
    expected: {
      title: 'Allocations Policy',
      id: 'HM 01',
      approving_body: 'Board of Management',
      approved: '2024-08-26',
      next_review: '2028-03',
      charter_outcomes: [1, 10],
      status: 'approved',
    },
  },
];
