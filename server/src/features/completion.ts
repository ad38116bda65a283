// Completion in annotation lines: the kinds after "@", the stance values after "@stance:", and tags used in the open reports after "@tags:".
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { Position } from '../model';
import { STANCE_VALUES } from './stance';

const KINDS: [string, string][] = [
  ['note', 'A note on the recommendation this block belongs to'],
  ['stance', "The Government's stance, as you read it"],
  ['tags', 'Comma-separated tags'],
  ['todo', 'An open to-do'],
  ['done', 'A finished to-do'],
  ['ignore', 'Silence a diagnostic rule for the next block'],
  ['report', "Where the Committee's own report is, relative to this file: its paragraphs become links"],
  ['rec', 'Read the paragraph after this line as a recommendation, with this number'],
  ['answers', 'Read the paragraph after this line as the response to these recommendations'],
  ['not-a-recommendation', 'Read the paragraph after this line as plain text, not a recommendation'],
  ['kept', 'The commitment in the paragraph above was kept: how and when'],
  ['missed', 'The commitment in the paragraph above was not kept by its date'],
  ['progress', 'What has been done so far on the commitment in the paragraph above'],
];

const STANCE_HELP: Record<string, string> = {
  accepted: 'The Government accepts the recommendation.',
  'accepted-in-part': 'The Government accepts part of it.',
  'accepted-in-principle': 'The Government accepts the aim but not (yet) the means.',
  'under-consideration': 'The Government will consider it, or is considering it.',
  noted: 'The Government notes it without accepting or rejecting it.',
  rejected: 'The Government rejects it.',
};

export function completions(lineText: string, pos: Position, knownTags: readonly string[]): CompletionItem[] {
  const before = lineText.slice(0, pos.character);
  const replace = (from: number) => ({ start: { line: pos.line, character: from }, end: pos });
  if (/^@[a-z]*$/.test(before)) {
    return KINDS.map(([kind, doc], i) => ({
      label: `@${kind}`,
      kind: CompletionItemKind.Keyword,
      detail: doc,
      sortText: String(i),
      textEdit: { range: replace(0), newText: kind === 'not-a-recommendation' ? `@${kind}` : `@${kind}: ` },
      command: kind === 'stance' || kind === 'tags' ? { title: 'Suggest', command: 'editor.action.triggerSuggest' } : undefined,
    }));
  }
  const stance = /^@stance(?:\[[^\]]*\])?:\s*([a-z-]*)$/.exec(before);
  if (stance) {
    return STANCE_VALUES.map((v, i) => ({
      label: v,
      kind: CompletionItemKind.EnumMember,
      detail: STANCE_HELP[v],
      sortText: String(i),
      textEdit: { range: replace(before.length - stance[1].length), newText: v },
    }));
  }
  const tags = /^@tags(?:\[[^\]]*\])?:(.*)$/.exec(before);
  if (tags) {
    const typed = tags[1].split(',');
    const current = typed[typed.length - 1].trimStart();
    const already = new Set(typed.slice(0, -1).map((t) => t.trim()));
    return knownTags
      .filter((t) => !already.has(t))
      .map((t) => ({ label: t, kind: CompletionItemKind.Value, textEdit: { range: replace(before.length - current.length), newText: t } }));
  }
  return [];
}
