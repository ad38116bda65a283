// The settings the feature layer reads, with their defaults; the server fills them per document from `committeeReport.*`.

export interface ReportSettings {
  outline: { shortTitleWords: number };
}

export const DEFAULT_SETTINGS: ReportSettings = {
  outline: { shortTitleWords: 8 },
};
