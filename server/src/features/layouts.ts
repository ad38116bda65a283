// Which layouts the model recognised in a report, in words: shown in the outline, the hover on the title and `cli outline`.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import type { Position, Report } from '../model';
import { escapeMarkdown } from './markdown';
import { RULES } from '../model/rules';
import { isCommitteesOwnReport, originalReportOf } from './originalReport';

/** What the model reads that no block rule names by itself. */
const OTHER: Record<string, string> = {
  'plain-response': 'plain-text responses',
  'reply-label': 'reply labels (“DHSC response: Agree”)',
  'reply-under-label': 'replies after a label that only names the recommendation (“Recommendation 1: The Government accepts …”)',
  'row-status': 'a progress table’s status column',
  'reply-in-paragraph': 'replies in the recommendation’s own paragraph (“The Committee recommended … We agree …”)',
  'reply-after-citation': 'replies on the line of the recommendation’s citation (“… (Paragraph 45) The Government accepts …”)',
  'reply-after-bold': 'replies after the recommendation’s words in bold (“**… should publish a strategy.** We agree …”)',
  'reply-after-cell': 'replies in the cells after the recommendation’s (“… should publish a plan. | Accept | …”)',
  corrected: 'your corrections (“@answers: 4, 5”)',
  'reply-names': 'replies that open by naming the recommendations they answer (“On recommendations 4 and 5, we …”)',
  'page-furniture': 'page headers, footers and numbers left out',
  'renumbered-list': 'a list renumbered “1.” throughout (numbered by order)',
  'numbered-by-order': 'recommendations without numbers (numbered by order)',
  'number-cells': 'recommendations numbered by a table’s number cell on the line above each',
  'summary-list': 'a summary of the recommendations at the front (read as front matter, not a second set)',
  'closing-summary': 'a summary of the recommendations at the end (an annex’s table of them, not a second set)',
  'paragraph-label': 'recommendations opened by the paragraph they come from, a reply’s heading after each (“Paragraph 12: The Department should …”)',
  'answers-under-headings': 'the recommendations listed at the front, then each reply under “Recommendation 1” again',
  'quoted-again': 'recommendations quoted again over another body’s reply (“Ofcom response”, then the recommendation and Ofcom’s words)',
};

/** The description of one layout rule or reading. */
export function describeLayout(name: string): string {
  return OTHER[name] ?? RULES.find((r) => r.name === name)?.describes ?? name;
}

/** "numbered recommendations (“18. … (Paragraph 45)”); plain-text responses; …", or '' when nothing was recognised. */
export function layoutSummary(report: Report): string {
  return report.layouts.map(describeLayout).join('; ');
}

/** The recommendation shapes the model looks for, for the finding on a document where none was recognised. */
export function recommendationShapes(): string {
  return RULES.filter((r) => r.props.startsRecommendation).map((r) => r.describes).join(', ');
}

/**
 * On the title line, or the line that opens the recommendations: how the document was read ("Read as: …"), or that
 * no recommendation was recognised and what was looked for.
 */
export function layoutHover(report: Report, pos: Position): Hover | null {
  const lines = [report.sections[0]?.selectionRange.start.line, report.sections.find((s) => s.kind === 'recommendations')?.selectionRange.start.line];
  if (!lines.includes(pos.line)) return null;
  const summary = layoutSummary(report);
  const original = isCommitteesOwnReport(report) ? originalReportOf(report) : undefined;
  const own = original
    ? `\n\nThis is the **Committee's own report** (${original.paragraphs.length} numbered paragraphs): its recommendations are listed, and none is flagged as unanswered. Responses in the workspace that cite its paragraphs lead here.`
    : '';
  const value = (summary
    ? `**Committee Report** read this document as: ${escapeMarkdown(summary)}.\n\n${report.recommendations.length} recommendations, ${report.responses.length} responses${report.parts.length ? `, ${report.parts.length} reports answered` : ''}.`
    : `**Committee Report** recognised no recommendations here. Looked for: ${escapeMarkdown(recommendationShapes())}.`) + own;
  return { contents: { kind: MarkupKind.Markdown, value } };
}
