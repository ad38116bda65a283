// The diagnostic rules' codes, severities and the shape of a finding before settings are applied.
import type { DiagnosticRelatedInformation, Range } from 'vscode-languageserver-types';

export const RULES = [
  'no-response',
  'unknown-paragraph',
  'joint-response',
  'out-of-sequence',
  'duplicate-number',
  'no-paragraph',
  'duplicate-paragraph',
  'acronym-case',
  'late-response',
  'undefined-acronym',
  'bad-stance',
  'unknown-target',
  'too-large',
  'not-text',
  'no-recommendations',
  'commitment-overdue',
] as const;

export type RuleCode = (typeof RULES)[number];

export type SeverityName = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** What each rule reports at unless the user says otherwise. */
export const DEFAULT_SEVERITY: Record<RuleCode, SeverityName> = {
  'no-response': 'warning',
  'unknown-paragraph': 'warning',
  'joint-response': 'information',
  'out-of-sequence': 'warning',
  'duplicate-number': 'warning',
  'no-paragraph': 'warning',
  'duplicate-paragraph': 'warning',
  'acronym-case': 'hint',
  'late-response': 'information',
  'undefined-acronym': 'information',
  'bad-stance': 'warning',
  'unknown-target': 'warning',
  'too-large': 'warning',
  'not-text': 'warning',
  'no-recommendations': 'information',
  'commitment-overdue': 'information',
};

/** Data a quick fix needs, carried on the diagnostic. */
export type FixData =
  | { fix: 'no-response'; recommendation: number }
  | { fix: 'replace'; range: Range; text: string; title: string }
  | { fix: 'add-to-glossary'; term: string }
  | { fix: 'stance'; range: Range; values: string[] }
  | { fix: 'settle'; line: number };

export interface Finding {
  code: RuleCode;
  range: Range;
  message: string;
  related?: { range: Range; message: string }[];
  data?: FixData;
}

/** Related information needs a document URI, which the pure rules do not know; the caller adds it. */
export type Related = DiagnosticRelatedInformation;
