// Hover previews: on a recommendation or its citation, the first sentences of its response; on a response heading, the recommendation.
import { MarkupKind, type Hover } from 'vscode-languageserver-types';
import { recLabel, type Position, type Report } from '../model';
import { escapeMarkdown } from './markdown';
import { firstSentences } from './sentences';
import { anchorAt, type Anchor } from './navIndex';
import { originalParagraph, type Candidate } from './originalReport';
import { paragraphLabel } from './outline';
import { responseBodyText, responseLabel } from './responseText';
import { stances } from './stance';

function recommendationTitle(report: Report, i: number): string {
  const rec = report.recommendations[i];
  const part = rec.part !== undefined ? ` of the ${escapeMarkdown(report.parts[rec.part].label)}` : '';
  return `**Recommendation ${recLabel(rec)}**${part} (${escapeMarkdown(paragraphLabel(rec.paragraphs))})`;
}

function stanceLine(report: Report, i: number): string {
  const s = stances(report)[i];
  const why = s.inferred.phrase ? ` — from "${escapeMarkdown(s.inferred.phrase)}"` : '';
  const unclear = s.inferred.stance === 'unclear' ? ' — no words in the response decide it; write `@stance:` to settle it' : '';
  const inferred = `Inferred stance: **${s.inferred.stance.replace(/-/g, ' ')}**${why}${unclear}`;
  return s.user ? `Your stance: **${s.user.replace(/-/g, ' ')}** · ${inferred}` : inferred;
}

function responseCard(report: Report, i: number): string {
  const rec = report.recommendations[i];
  if (!rec.responses.length) return `${recommendationTitle(report, i)}\n\nNo government response to this recommendation.`;
  const stance = stanceLine(report, i);
  const target = rec.responses.map((r) => report.responses[r].targetDate?.text).find((t) => t);
  const date = target ? `\n\nTarget implementation date: **${escapeMarkdown(target)}**` : '';
  const parts = rec.responses.map((r) => {
    const label = escapeMarkdown(responseLabel(report, r));
    const text = responseBodyText(report, r);
    const shared = report.responses[r].answers.length > 1 ? ' (shared with other recommendations)' : '';
    return `*${label}*${shared}\n\n${text ? escapeMarkdown(firstSentences(text)) : 'This response has no text of its own.'}`;
  });
  return `${recommendationTitle(report, i)} — response\n\n${stance}${date}\n\n${parts.join('\n\n---\n\n')}`;
}

function recommendationCard(report: Report, i: number): string {
  const rec = report.recommendations[i];
  return `${recommendationTitle(report, i)}\n\n${escapeMarkdown(firstSentences(rec.text, 3, 500))}`;
}

function miscitationNote(report: Report, anchor: Anchor): string {
  const mis = anchor.response !== undefined ? report.responses[anchor.response].miscitation : undefined;
  if (!mis) return '';
  const meant = mis.intended !== undefined ? ` It quotes the recommendation that cites Paragraph ${mis.intended}.` : '';
  return `\n\n*This heading cites Paragraph ${mis.cited}, which no recommendation cites.${meant}*`;
}

function cardFor(report: Report, anchor: Anchor): string | undefined {
  const recs = anchor.recommendations;
  switch (anchor.kind) {
    case 'recommendation-number':
    case 'recommendation-citation':
      return responseCard(report, recs[0]);
    case 'response-heading':
      if (!recs.length) return `*No recommendation cites this paragraph.*${miscitationNote(report, anchor)}`;
      return recs.map((r) => recommendationCard(report, r)).join('\n\n---\n\n') + miscitationNote(report, anchor);
    case 'text-reference':
      if (!recs.length) return '*No recommendation in this report has that number or cites that paragraph.*';
      return recs.map((r) => (anchor.viaResponse ? responseCard(report, r) : recommendationCard(report, r))).join('\n\n---\n\n');
  }
}

/** The first sentences of each cited paragraph of the Committee's own report, when the workspace holds it. */
function originalCard(anchor: Anchor, original: Candidate | undefined): string | undefined {
  if (!original || !anchor.paragraphs) return undefined;
  const title = original.original.title ? ` (*${escapeMarkdown(original.original.title)}*)` : '';
  const cards = [...new Set(anchor.paragraphs)].map((n) => {
    const p = originalParagraph(original.original, n);
    // A citation past the original's paragraphs is worth a second look: it may be a slip for another number. (Running
    // text may name a paragraph of another document: "paragraph 5 of the Code".)
    if (!p) return anchor.kind === 'text-reference' ? '' : `*The Committee's report${title} has no paragraph ${n}.*`;
    return `**Paragraph ${n} of the Committee's report**${title}\n\n${escapeMarkdown(firstSentences(p.text, 2, 500))}`;
  });
  const shown = cards.filter((c) => c);
  return shown.length ? shown.join('\n\n---\n\n') : undefined;
}

export function previewHover(report: Report, pos: Position, original?: Candidate): Hover | null {
  const anchor = anchorAt(report, pos);
  if (!anchor) return null;
  const value = [cardFor(report, anchor), originalCard(anchor, original)].filter((v) => v).join('\n\n---\n\n');
  return value ? { contents: { kind: MarkupKind.Markdown, value }, range: anchor.range } : null;
}
