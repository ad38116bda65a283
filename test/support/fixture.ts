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

/**
 * The copies of a fixture a reader meets beside the text as written: with no blank lines, with CRLF, and with each
 * line over 60 characters wrapped once at a space before its 60th (as text copied from a PDF comes).
 */
export function copies(text: string): [name: string, text: string][] {
  return [
    ['as written', text],
    ['with no blank lines', text.split('\n').filter((l) => l.trim()).join('\n')],
    ['with CRLF', text.replace(/\n/g, '\r\n')],
    ['hard-wrapped at 60', text.split('\n').flatMap((l) => (l.length > 60 ? [l.slice(0, l.lastIndexOf(' ', 60)), l.slice(l.lastIndexOf(' ', 60) + 1)] : [l])).join('\n')],
  ];
}
