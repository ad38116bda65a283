// Applies LSP text edits to a string, so tests can compare whole documents before and after a quick fix.
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';

function offsetAt(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', offset);
    if (nl < 0) return text.length;
    offset = nl + 1;
  }
  return offset + character;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => offsetAt(text, b.range.start.line, b.range.start.character) - offsetAt(text, a.range.start.line, a.range.start.character));
  let out = text;
  for (const e of sorted) {
    const start = offsetAt(out, e.range.start.line, e.range.start.character);
    const end = offsetAt(out, e.range.end.line, e.range.end.character);
    out = out.slice(0, start) + e.newText + out.slice(end);
  }
  return out;
}

export function applyWorkspaceEdit(text: string, uri: string, edit: WorkspaceEdit | undefined): string {
  return applyEdits(text, edit?.changes?.[uri] ?? []);
}
