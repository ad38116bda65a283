// The pure report model: text in, plain data out. No editor or protocol runtime imports.
export * from './types';
export { parse, previousVersion, editedLines, withLinesReplaced, reportLineStarts, findCitations, recommendationTitle, recLabel, shortTitleOf, withoutTrailingCitation } from './parser';
export type { ParseOptions } from './parser';
export { looksLikeReport } from './detect';
export { splitLines, paragraphText } from './paragraphs';
