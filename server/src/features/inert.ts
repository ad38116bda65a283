// Exports are inert: what a document says goes into a spreadsheet, a Markdown file or a Word file as text, and never
// as a formula, an image fetched from the network, HTML, or XML that no program can open.

/**
 * A CSV field. A cell starting with "=", "+", "-", "@", a tab or a carriage return is a formula to Excel and the
 * other spreadsheets, quoted or not: as OWASP recommends against CSV injection, such a cell gets a leading
 * apostrophe (shown as text, not run), and every field that needs it is quoted with its quotes doubled.
 */
export function csvCell(s: string): string {
  const text = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\r\n']/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Document text for a Markdown table cell: no image, link or HTML of the document survives (a preview would fetch
 * an image from the network), a pipe does not end the cell, and a line break does not end the row.
 */
export function markdownText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[[\]]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/\r?\n|\r/g, ' ');
}

/** Characters XML 1.0 does not allow (control characters, U+FFFE, U+FFFF and lone surrogates), which make a Word file that cannot be opened. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(s: string): string {
  return s.replace(NOT_XML, '');
}

/** `value` with every string in it made XML-safe (arrays and plain objects followed, to a bounded depth). */
export function xmlSafeDeep<T>(value: T, depth = 8): T {
  if (typeof value === 'string') return xmlSafe(value) as T;
  if (depth <= 0 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => xmlSafeDeep(v, depth - 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = xmlSafeDeep(v, depth - 1);
  return out as T;
}
