// The settings the feature layer reads, with their defaults; the server fills them per document from `committeeReport.*`.
import type { RuleCode, SeverityName } from './diagnostics/types';
import type { GlossaryEntry } from '../glossary/types';

export interface ReportSettings {
  outline: { shortTitleWords: number };
  /** Severity per diagnostic rule; rules not named keep their default. */
  diagnostics: Partial<Record<RuleCode, SeverityName>>;
  lateResponse: { months: number };
  /** Reports larger than this (in millions of characters) are not analysed. */
  maxFileSizeMB: number;
  glossary: {
    /** Language ids of briefing files (not reports) where acronym hovers work too. */
    languages: string[];
    /** Entries from the `committeeReport.glossary.entries` setting. */
    entries: GlossaryEntry[];
  };
  /** Where the diagnostics' reference lives (docs/diagnostics.md); diagnostics link to `${docsBase}#<code>`. */
  docsBase: string;
}

export const DEFAULT_DOCS_BASE = 'https://github.com/committee-report/committee-report/blob/main/docs/diagnostics.md';

export const DEFAULT_SETTINGS: ReportSettings = {
  outline: { shortTitleWords: 8 },
  diagnostics: {},
  lateResponse: { months: 2 },
  maxFileSizeMB: 20,
  glossary: { languages: ['markdown', 'plaintext'], entries: [] },
  docsBase: DEFAULT_DOCS_BASE,
};
