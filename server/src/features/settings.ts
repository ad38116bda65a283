// The settings the feature layer reads, with their defaults; the server fills them per document from `committeeReport.*`.
import type { RuleCode, SeverityName } from './diagnostics/types';

export interface ReportSettings {
  outline: { shortTitleWords: number };
  /** Severity per diagnostic rule; rules not named keep their default. */
  diagnostics: Partial<Record<RuleCode, SeverityName>>;
  lateResponse: { months: number };
  /** Where the README's rule sections live; diagnostics link to `${docsBase}#<code>`. */
  docsBase: string;
}

export const DEFAULT_DOCS_BASE = 'https://github.com/committee-report/committee-report/blob/main/README.md';

export const DEFAULT_SETTINGS: ReportSettings = {
  outline: { shortTitleWords: 8 },
  diagnostics: {},
  lateResponse: { months: 2 },
  docsBase: DEFAULT_DOCS_BASE,
};
