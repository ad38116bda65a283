// Glossary entries and where each came from.

export interface GlossaryEntry {
  /** The acronym or short name as usually written: "WSOA", "DfE", "Ofsted". */
  term: string;
  expansion: string;
  /** One or two plain-English sentences on what it is. */
  explanation?: string;
  /** Other spellings that mean the same: "WSoA". */
  variants?: string[];
  /** An official or statutory source (https only). */
  link?: string;
}

export type EntrySource = 'built-in' | 'document' | 'user' | 'workspace report';

export interface DocumentDefinition {
  /** The short form as written, without a plural ending: "WSOA", "LA". */
  short: string;
  long: string;
  line: number;
  /** Where the short form stands in the definition. */
  start: number;
  end: number;
}

export interface SourcedEntry {
  entry: GlossaryEntry;
  source: EntrySource;
  /** For document and workspace-report definitions: where it is defined. */
  definedAt?: { uri?: string; line: number; character: number };
  /** For user entries: the glossary file or setting it came from. */
  origin?: string;
}
