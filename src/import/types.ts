// What the importer reads, finds and writes: plain data, so the report can list every value with its source.

/** One line of a document's text as read, with where it was: a PDF's page, or the line of the converted text. */
export interface SourceLine {
  text: string;
  /** 1-based page, for PDFs. */
  page?: number;
  /** 1-based line: on the page for PDFs, in the converted Markdown otherwise. */
  line: number;
  /** A table row's cells, when the line is one. */
  cells?: string[];
  /** A heading's depth (1-6), when the line is one. */
  heading?: number;
}

/** A document read into Markdown and lines of text. */
export interface ReadDocument {
  file: string;
  format: 'docx' | 'pdf' | 'html' | 'md' | 'txt';
  /** The body as clean Markdown (headings, lists and tables kept; page headers, footers and numbers dropped). */
  markdown: string;
  /** The text, line by line, that metadata is read from. */
  lines: SourceLine[];
  /** Lines dropped as page headers, footers or page numbers (repeated on most pages). */
  dropped: string[];
  /** The first occurrence of each running header or footer line, still read for metadata ("Next review: June 2026"). */
  running?: SourceLine[];
}

export type Confidence = 'high' | 'medium' | 'low';

/** Where a value came from. */
export interface Source {
  /** The document's or spreadsheet's path as given. */
  file: string;
  page?: number;
  line?: number;
  /** Spreadsheet row (1-based, as the spreadsheet numbers it) and column heading. */
  row?: number;
  column?: string;
  /** The text the value was read from. */
  text: string;
}

/** One field's value with its evidence. */
export interface Found<T = unknown> {
  value: T;
  source: Source;
  confidence: Confidence;
  /** Something a person should know or do about this value. */
  note?: string;
}

/** Fields the importer looks for. Dates are YYYY-MM-DD, or YYYY-MM where only the month is written. */
export interface Extracted {
  title?: Found<string>;
  id?: Found<string>;
  version?: Found<string>;
  category?: Found<string>;
  status?: Found<string>;
  owner?: Found<string>;
  author?: Found<string>;
  approving_body?: Found<string>;
  adopted?: Found<string>;
  approved?: Found<string>;
  last_reviewed?: Found<string>;
  next_review?: Found<string>;
  review_cycle_months?: Found<number>;
  eia_required?: Found<boolean>;
  eia_completed?: Found<string>;
  consultation_required?: Found<boolean>;
  consultation_groups?: Found<string[]>;
  consultation_summary?: Found<string>;
  charter_outcomes?: Found<number[]>;
  legislation?: Found<string[]>;
  /** Names of other policies the document mentions, as written. */
  policies_named?: Found<string[]>;
}

export type FieldName = keyof Extracted;
