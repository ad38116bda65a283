// Inline fixtures: lines joined with "\n", and a cursor marker "|" whose position is returned.
import type { Position } from '../../server/src/model';

export function lines(...ls: string[]): string {
  return ls.join('\n');
}

/** Removes the first "|" from the text and returns where it stood. */
export function withCursor(text: string, marker = '|'): { text: string; position: Position } {
  const at = text.indexOf(marker);
  if (at < 0) throw new Error('fixture has no cursor marker');
  const before = text.slice(0, at);
  const line = before.split('\n').length - 1;
  const character = at - (before.lastIndexOf('\n') + 1);
  return { text: before + text.slice(at + marker.length), position: { line, character } };
}
