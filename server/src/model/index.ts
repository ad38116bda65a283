// The pure report model: text in, plain data out. No editor or protocol runtime imports.
export * from './types';
export { parse } from './parser';
export type { ParseOptions } from './parser';
export { previousVersion, editedLines, withLinesReplaced, reportLineStarts } from './versions';
export { recommendationTitle, recLabel } from './recommendation';
export { shortTitleOf } from './recommendationText';
export { findCitations, withoutTrailingCitation } from './citations';
export { isReport, looksLikeReport } from './detect';
export { splitLines } from './lines';
export { paragraphText, paragraphWords } from './paragraphs';
