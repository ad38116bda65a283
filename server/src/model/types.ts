// The report model's node types: plain data with LSP-compatible positions (line, UTF-16 character).
import type { Range } from 'vscode-languageserver-types';

export type { Range, Position } from 'vscode-languageserver-types';

/**
 * What a logical paragraph (one or more blank-separated blocks joined across page breaks) is. A section heading
 * ("Chapter 3: Funding", "Consumer protection") stands between a response and the next recommendation and belongs to
 * neither; end matter (a sign-off, a signature, an address, "Footnotes") is followed by nothing that answers.
 */
export type ParagraphKind =
  | 'recommendation'
  | 'recommendation-heading'
  | 'conclusion'
  | 'paragraph-heading'
  | 'response-from-heading'
  | 'response-heading'
  | 'numbered-reply'
  | 'report-part'
  | 'annotation'
  | 'list-item'
  | 'section-heading'
  | 'end-matter'
  | 'text';

/** A logical paragraph: consecutive non-blank lines, joined with a following block when a page break split it. */
export interface Paragraph {
  kind: ParagraphKind;
  /** The physical line numbers that hold this paragraph's text, in order (blank lines between parts are left out). */
  lines: number[];
  range: Range;
  /** True when this paragraph was joined to a block after a blank line (a page break inside a sentence). */
  joinedAcrossBreak: boolean;
  /** The layout rule that claimed its first line ("numbered-recommendation", "response-heading", …); "text" for none. */
  rule: string;
  /**
   * Where a response paragraph's own words start on its first line, after the number the Government gave the
   * paragraph ("4.", "4.1"): its numbering is not part of what it says.
   */
  wordsFrom?: number;
}

/** A paragraph number cited in the text and where the citation stands. */
export interface Citation {
  paragraph: number;
  range: Range;
}

export interface Recommendation {
  /** The recommendation's number ("18" in "18. The Department …", "1" in "1a"); from the order when a list renumbered every item "1.". */
  number: number;
  /** Its label as written: "18", "1a". */
  label: string;
  /** Index into Report.parts of the report part it belongs to, in a paper that answers several reports. */
  part?: number;
  /** A Treasury Minute's "PAC conclusion" that goes with it. */
  conclusionRange?: Range;
  /** The committee report paragraphs it cites: [45] for "(Paragraph 45)". Empty when it cites none. */
  paragraphs: number[];
  citations: Citation[];
  /** The whole recommendation, from its number to the end of its text. */
  range: Range;
  /** The number and its full stop. */
  numberRange: Range;
  /** The first words, for the outline. */
  shortTitle: string;
  /** The full text without the leading number. */
  text: string;
  /** Indexes into Report.responses of the responses that answer it. */
  responses: number[];
  /** Index into Report.groups. */
  group: number;
  /** Index into Report.paragraphs. */
  paragraphIndex: number;
}

/** How a response is written: under a heading of one of three kinds, as plain text after its recommendation, or as a status in the recommendation's own row (a progress table). */
export type ResponseKind = 'paragraph-heading' | 'response-from-heading' | 'heading' | 'plain' | 'inline';

/** A short word or two that gives the Government's decision: "Accepted.", "Agree", "Not accepted". */
export interface StanceLabel {
  text: string;
  range: Range;
}

export interface Response {
  kind: ResponseKind;
  /** For "Response from Ofsted: paragraph 42" or "DHSC response: Agree", the body named ("Ofsted", "DHSC"). */
  from?: string;
  /** The decision label the response opens with, which decides its stance first. */
  stanceLabel?: StanceLabel;
  /** "Target implementation date: March 2026", as written after the colon. */
  targetDate?: { text: string; range: Range };
  /** The heading line(s); absent for plain responses. */
  headingRange?: Range;
  /** The heading text after "Paragraph N:" (the words it quotes from the recommendation). */
  headingTitle?: string;
  /** Paragraphs cited by the heading. */
  citations: Citation[];
  /**
   * The response's words on the line of its heading or row: after a reply label ("DHSC response: Agree. …"), or after a
   * recommendation's citation in a table's row ("… (Para 57) Accepted"). Its words come before the body's.
   */
  leadRange?: Range;
  /** The text of the response itself, when it has any. */
  bodyRange?: Range;
  /** Heading and body. */
  range: Range;
  /** Indexes into Report.recommendations of the recommendations it answers. */
  answers: number[];
  /** Set when the heading cites a paragraph no recommendation cites and the answer was found by its words or position. */
  miscitation?: {
    cited: number;
    intended?: number;
    /** How the answer was found: the quoted words among its group, among all recommendations, its position, or not at all. */
    matchedBy: 'words-in-group' | 'words-anywhere' | 'position' | 'unmatched';
  };
  /** Set when the heading has no text of its own and the next response's text answers it too. */
  jointWith?: number;
  group: number;
  /** Indexes into Report.paragraphs of the body paragraphs. */
  bodyParagraphs: number[];
}

/** Recommendations listed together and the responses that follow them. */
export interface Group {
  recommendations: number[];
  responses: number[];
  range: Range;
  /** Index into Report.parts. */
  part?: number;
}

/** One report answered by a paper that answers several ("Ninth Report of Session 2024–25"), with its own numbering. */
export interface ReportPart {
  /** "Ninth Report of Session 2024–25". */
  label: string;
  /** The label with the lines that name the department and the report: "Ninth Report of Session 2024–25 — Department for Education — Improving school buildings". */
  title: string;
  range: Range;
  selectionRange: Range;
  groups: number[];
}

export type SectionKind = 'title' | 'heading' | 'recommendations';

export interface Section {
  kind: SectionKind;
  title: string;
  range: Range;
  /** The heading line, or the first line for synthetic sections. */
  selectionRange: Range;
  children: Section[];
}

/**
 * `@report:` names the Committee's own report this response answers (a path relative to the document); it belongs to
 * no recommendation. `@rec:`, `@answers:` and `@not-a-recommendation` are the user's corrections of the reading: they
 * decide how the paragraph after them is read (a recommendation numbered so, the response to those recommendations,
 * not a recommendation at all).
 */
export type AnnotationKind = 'note' | 'stance' | 'tags' | 'todo' | 'done' | 'ignore' | 'report' | 'rec' | 'answers' | 'not-a-recommendation' | 'kept' | 'missed' | 'progress';

/** The annotation kinds that settle the commitments of the paragraph above them: kept, missed, or progress so far. */
export const SETTLING_KINDS: readonly AnnotationKind[] = ['kept', 'missed', 'progress'];

/** The annotation kinds that correct the reading of the paragraph after them. */
export const CORRECTION_KINDS: readonly AnnotationKind[] = ['rec', 'answers', 'not-a-recommendation'];

export interface Annotation {
  kind: AnnotationKind;
  /** The explicit target in `@note[R12]: …`, as written. */
  target?: string;
  value: string;
  range: Range;
  line: number;
  /**
   * Index into Report.recommendations of the recommendation it belongs to: its explicit target, or the one in whose
   * block it stands (from the recommendation to the next recommendation or the next response answering another one).
   */
  recommendation?: number;
  /** True when the explicit target names no recommendation of this report. */
  unresolvedTarget?: boolean;
}

/** A mention of recommendations or paragraphs in running text or an annotation. */
export interface TextReference {
  kind: 'recommendation' | 'paragraph';
  numbers: number[];
  range: Range;
  /** "our response to recommendations 7–9": it points at the responses rather than the recommendations. */
  viaResponse: boolean;
  inAnnotation: boolean;
}

export interface Report {
  lineCount: number;
  /** The line ending the document mostly uses, for edits that add lines: "\r\n", "\r" or "\n". */
  eol: string;
  /** The document's text as parsed. */
  text: string;
  /** The document's lines without their line terminators. */
  lines: readonly string[];
  paragraphs: Paragraph[];
  sections: Section[];
  recommendations: Recommendation[];
  responses: Response[];
  groups: Group[];
  annotations: Annotation[];
  references: TextReference[];
  /** The report parts of a paper that answers several reports; empty for most. */
  parts: ReportPart[];
  /** The rules that read its recommendations and responses, by name (see model/rules), in the order first used. */
  layouts: string[];
  /** Lines read as page furniture (running headers and footers, page numbers, repeated column headings). */
  furniture: number[];
  /** Set when the text is not text at all (NUL bytes, or mostly control characters): nothing else is read. */
  binary?: boolean;
}
