// What the importer and both of its callers (the CLI, and the client that writes through VS Code) agree on: how
// large a file may be, and the names a new report takes beside its source. Nothing here imports code.

/** Files larger than this are refused with their size: no report is anywhere near it. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** What is said when `name` is larger than MAX_IMPORT_BYTES. */
export function tooLargeMessage(name: string, size: number): string {
  return `${name} is ${mb(size)}; files over ${mb(MAX_IMPORT_BYTES)} are not imported. Is it the right file?`;
}

/** The n-th name to try for the report made from `source`: "name.txt", then "name (2).txt", … */
export function importTargetName(source: string, n: number): string {
  const base = source.replace(/\.(?:html?|docx|pdf)$/i, '');
  return n === 1 ? `${base}.txt` : `${base} (${n}).txt`;
}

/** How many names are tried before giving up: "name (999).txt" is far past any folder's real use. */
export const MAX_NAMES_TRIED = 999;

/**
 * The name of the report file for `source` that is not taken: "name.txt", else "name (2).txt", … A name that is taken
 * by anything — a file, a folder, a link, even one that points nowhere — is passed over. Undefined when every name
 * up to "name (999).txt" is taken.
 */
export function freeName(source: string, taken: (candidate: string) => boolean): string | undefined {
  for (let n = 1; n <= MAX_NAMES_TRIED; n++) {
    const candidate = importTargetName(source, n);
    if (!taken(candidate)) return candidate;
  }
  return undefined;
}
