// The command-line tool: the same analysis as the language server, over files and folders on disk.
// First, before anything else loads: an import's thread starts while the rest of the tool loads (cliPrestart.ts).
import './cliPrestart';
import { lstatSync, readdirSync, realpathSync, statSync, writeFileSync } from 'fs';
import { readBoundedSync, readBytesBoundedSync, realInsideSync } from './nodeFiles';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { looksLikeReport, parse } from './model';
import { computeDiagnostics } from './features/diagnostics';
import { outlineText } from './features/outlineText';
import { BRIEFING_FORMATS, briefingRows, formatBriefing, type BriefingFormat } from './features/briefing';
import { reportOverview, workspaceReport } from './features/overview';
import { formatTracker, TRACKER_FORMATS, trackerRows, type TrackerFormat } from './features/tracker';
import { loadDocx, runImport } from './lazy';
import { freeName, importTargetName, MAX_IMPORT_BYTES, MAX_NAMES_TRIED, tooLargeMessage } from './import/names';
import { DEFAULT_SETTINGS, type ReportSettings } from './features/settings';
import { clock, clockFromEnvironment } from './features/clock';
import { COMMITMENT_FORMATS, commitmentRows, formatCommitments, type CommitmentFormat } from './features/commitments';

const USAGE = `Usage: committee-report <command> [options] FILE|FOLDER ...

Commands:
  outline FILE               Print the report's outline: each recommendation with its paragraph,
                             short title and where it is answered.
  check FILE|FOLDER ...      Print the findings (no response, unknown paragraph, numbering, ...) as
                             path:line:col: severity code: message. Folders are searched for reports.
      --format text|json     Output format (default text).
      --fail-on LEVEL        Exit with 1 when a finding is at or above LEVEL: error, warning,
                             information, hint or none (default warning).
  export FILE                Print the briefing table: number, paragraph, short title, stance
                             (inferred and yours), response summary, notes, tags and open to-dos.
      --format md|csv|json|docx  Output format (default md); docx needs -o.
      -o, --output OUT       Write to OUT instead of printing (never over an existing file).
  tracker FOLDER ...         One row per report: title, committee, dates, days the response took
                             against the two-month norm, counts by stance, unanswered, open to-dos.
      --format md|csv|json|docx  Output format (default md); docx needs -o.
      -o, --output OUT       Write to OUT instead of printing (never over an existing file).
  commitments FILE|FOLDER ...  What the Government promised, by when: who will do what, the due date read
                             from the words (resolved against the response's own date), soonest first.
      --format md|csv|json|ics   Output format (default md); ics is a calendar Outlook and Google
                             Calendar import, one all-day event per due commitment.
      -o, --output OUT       Write to OUT instead of printing (never over an existing file).
  import FILE                Bring in a report published as a web page (.html) or a Word document
                             (.docx): writes its text beside it as FILE.txt (or "FILE (2).txt" …,
                             never over a file) and says what it left out.
      -o, --output OUT       Write to OUT instead (refused if OUT exists).
  help                       Show this help.

Exit codes: 0 success, 1 findings at or above --fail-on, 2 bad usage or unreadable input.`;

// What today is, for overdue commitments: the machine's date, or COMMITTEE_REPORT_TODAY (the tests set it).
clockFromEnvironment(process.env);

const LEVELS: Record<string, number> = { error: 1, warning: 2, information: 3, hint: 4, none: 0 };
const SEVERITY_NAME: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };
const REPORT_EXTENSIONS = new Set(['.txt', '.md', '.govresponse', '.cttee']);

export interface Io {
  out(s: string): void;
  err(s: string): void;
  /** The clock relative dates are read against when a report gives no date of its own (tests set it). */
  now?: () => number;
}

class UsageError extends Error {}
/** Input that cannot be read as a report (a binary file): a plain message and exit 2, without the usage. */
class InputError extends Error {}

const settingsForCli: ReportSettings = {
  ...DEFAULT_SETTINGS,
  docsBase: pathToFileURL(path.join(__dirname, '..', 'docs', 'diagnostics.md')).href,
};

/** Why a file could not be read, in words: "does not exist", not "ENOENT". */
function cannotRead(file: string, e: unknown): InputError {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'does not exist' : code === 'EACCES' || code === 'EPERM' ? 'cannot be read: you do not have permission' : code === 'ELOOP' ? 'is a link that leads round a loop' : code === 'EISDIR' ? 'is a folder' : 'could not be read';
  return new InputError(`${file} ${why}. Check the name and try again.`);
}

/** The most a report file may hold (as in the server's scan), and how far and how wide a folder is walked. */
const MAX_REPORT_BYTES = 10 * 1024 * 1024;
const WALK_LIMITS = { files: 10_000, depth: 32 };

function readText(file: string): string {
  let read;
  try {
    read = readBoundedSync(file, MAX_REPORT_BYTES);
  } catch (e) {
    throw cannotRead(file, e);
  }
  if (!read) throw new InputError(`${file} is not a regular file (it is a folder, a device or a pipe). Give a report's text file.`);
  if ('tooLarge' in read) throw new InputError(`${file} is larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB, more than any report. Is it the right file?`);
  return read.text;
}

/** The parsed report in `file`; a binary file is refused with a plain message. */
function readReport(file: string) {
  const report = parse(readText(file));
  if (report.binary) throw new InputError(`${file} is not a text file (it holds binary data, such as an image, a PDF or a Word file). Give the report's text instead.`);
  return report;
}

/**
 * The report files named: files as given; folders searched for .txt, .md, .govresponse and .cttee files that look like
 * reports. In a folder, anything that is not a regular file or folder (a pipe, a device), a link that leads outside the
 * folder given or round a loop, a file too large or that cannot be read, is skipped — said once, after the walk — and
 * every other report is still read. The walk is bounded in depth and in files, as the server's scan is.
 */
function reportFiles(target: string, io: Io): string[] {
  let stat;
  try {
    stat = statSync(target);
  } catch (e) {
    throw cannotRead(target, e);
  }
  if (!stat.isDirectory()) return [target];
  const root = realpathSync(target);
  const seen = new Set<string>([root]);
  const skipped: string[] = [];
  const out: string[] = [];
  let budget = WALK_LIMITS.files;
  const walk = (dir: string, depth: number) => {
    if (depth > WALK_LIMITS.depth) return void skipped.push(`${dir} (folders nested too deeply)`);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return void skipped.push(`${dir} (cannot be read)`);
    }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      if (budget <= 0) return void skipped.push(`the rest of ${dir} (more than ${WALK_LIMITS.files} files)`);
      const full = path.join(dir, name);
      let real: string | undefined;
      let kind;
      try {
        real = realInsideSync(full, root);
        kind = real && lstatSync(real);
      } catch {
        skipped.push(`${full} (a link that leads nowhere, or round a loop)`);
        continue;
      }
      if (!real || !kind) {
        skipped.push(`${full} (leads outside ${target})`);
      } else if (kind.isDirectory()) {
        if (seen.has(real)) skipped.push(`${full} (a link round a loop)`);
        else {
          seen.add(real);
          walk(full, depth + 1);
        }
      } else if (!kind.isFile()) {
        if (REPORT_EXTENSIONS.has(path.extname(name).toLowerCase())) skipped.push(`${full} (not a regular file)`);
      } else if (REPORT_EXTENSIONS.has(path.extname(name).toLowerCase())) {
        budget--;
        let read;
        try {
          read = readBoundedSync(real, MAX_REPORT_BYTES);
        } catch {
          read = undefined;
        }
        if (!read) skipped.push(`${full} (cannot be read)`);
        else if ('tooLarge' in read) skipped.push(`${full} (larger than ${MAX_REPORT_BYTES / 1024 / 1024} MB)`);
        else if (looksLikeReport(read.text)) out.push(full);
      }
    }
  };
  walk(target, 0);
  if (skipped.length) io.err(`Skipped ${skipped.length === 1 ? 'one entry' : `${skipped.length} entries`} of ${target}: ${skipped.slice(0, 10).join('; ')}${skipped.length > 10 ? `; and ${skipped.length - 10} more` : ''}.`);
  return out;
}

function parseOptions(args: readonly string[]): { files: string[]; format: string; failOn: string } {
  const files: string[] = [];
  let format = 'text';
  let failOn = 'warning';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) format = value();
    else if (a === '--fail-on' || a.startsWith('--fail-on=')) failOn = value();
    else if (a.startsWith('--')) throw new UsageError(`Unknown option ${a}.`);
    else files.push(a);
  }
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  if (!(failOn in LEVELS)) throw new UsageError(`--fail-on must be error, warning, information, hint or none, not "${failOn}".`);
  if (!files.length) throw new UsageError('check needs at least one FILE or FOLDER.');
  return { files, format, failOn };
}

interface FileFindings {
  file: string;
  diagnostics: Diagnostic[];
}

function check(args: readonly string[], io: Io): number {
  const { files, format, failOn } = parseOptions(args);
  const results: FileFindings[] = [];
  for (const target of files) {
    for (const file of reportFiles(target, io)) {
      const uri = pathToFileURL(path.resolve(file)).href;
      results.push({ file, diagnostics: computeDiagnostics(readReport(file), uri, settingsForCli) });
    }
  }
  if (format === 'json') {
    io.out(JSON.stringify(results.map((r) => ({ file: r.file, findings: r.diagnostics.map(toJson) })), null, 2));
  } else {
    for (const r of results) {
      for (const d of r.diagnostics) {
        io.out(`${r.file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${SEVERITY_NAME[d.severity ?? 1]} ${d.code}: ${d.message}`);
      }
    }
    const total = results.reduce((n, r) => n + r.diagnostics.length, 0);
    io.err(`${total} finding${total === 1 ? '' : 's'} in ${results.length} report${results.length === 1 ? '' : 's'}.`);
  }
  const threshold = LEVELS[failOn];
  const failing = results.some((r) => r.diagnostics.some((d) => (d.severity ?? DiagnosticSeverity.Error) <= threshold));
  return failing ? 1 : 0;
}

function toJson(d: Diagnostic) {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: SEVERITY_NAME[d.severity ?? 1],
    code: d.code,
    message: d.message,
  };
}

/** The format and output options of export and tracker, and the files or folders named. */
function outputOptions(args: readonly string[], formats: readonly string[]): { format: string; output?: string; targets: string[] } {
  let format = 'md';
  let output: string | undefined;
  const targets: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
      if (v === undefined) throw new UsageError(`${a.replace(/=.*/, '')} needs a value.`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) format = value();
    else if (a === '-o' || a === '--output' || a.startsWith('--output=')) output = value();
    else if (a.startsWith('-')) throw new UsageError(`Unknown option ${a}.`);
    else targets.push(a);
  }
  if (!formats.includes(format)) throw new UsageError(`--format must be ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}, not "${format}".`);
  if (format === 'docx' && !output) throw new UsageError('--format docx writes a Word file: give its name with -o OUT.');
  return { format, output, targets };
}

/** Prints `content`, or writes it to `output` — never over an existing file. */
function emit(content: string | Uint8Array, output: string | undefined, io: Io): number {
  if (output === undefined) {
    io.out(String(content).replace(/\r?\n$/, ''));
    return 0;
  }
  try {
    writeFileSync(output, content, { flag: 'wx' });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EEXIST' ? `${output} already exists: choose another name, or remove it first.` : `Could not write ${output}: ${e instanceof Error ? e.message : String(e)}`);
  }
  io.err(`Written to ${output}.`);
  return 0;
}

async function exportCommand(args: readonly string[], io: Io): Promise<number> {
  const { format, output, targets } = outputOptions(args, [...BRIEFING_FORMATS, 'docx']);
  if (targets.length !== 1) throw new UsageError('export takes exactly one FILE.');
  const file = targets[0];
  const uri = pathToFileURL(path.resolve(file)).href;
  const report = readReport(file);
  const months = settingsForCli.lateResponse.months;
  if (format === 'docx') return emit(await (await loadDocx()).briefingDocx(briefingRows(report, uri), reportOverview(report, path.basename(file), months), months), output, io);
  return emit(formatBriefing(report, uri, path.basename(file), format as BriefingFormat), output, io);
}

async function trackerCommand(args: readonly string[], io: Io): Promise<number> {
  const { format, output, targets } = outputOptions(args, [...TRACKER_FORMATS, 'docx']);
  if (!targets.length) throw new UsageError('tracker needs at least one FOLDER.');
  const months = settingsForCli.lateResponse.months;
  const reports = targets
    .flatMap((t) => reportFiles(t, io))
    .flatMap((file) => workspaceReport(pathToFileURL(path.resolve(file)).href, readReport(file), months) ?? []);
  const rows = trackerRows(reports);
  if (format === 'docx') return emit(await (await loadDocx()).trackerDocx(rows, months), output, io);
  return emit(formatTracker(rows, format as TrackerFormat, months), output, io);
}

function commitmentsCommand(args: readonly string[], io: Io): number {
  const { format, output, targets } = outputOptions(args, COMMITMENT_FORMATS);
  if (!targets.length) throw new UsageError('commitments needs at least one FILE or FOLDER.');
  const now = io.now?.() ?? clock.now();
  const titles = new Map<string, string>();
  const rows = targets.flatMap((t) => reportFiles(t, io)).flatMap((file) => {
    const report = readReport(file);
    const name = path.basename(file);
    titles.set(name, reportOverview(report, name, settingsForCli.lateResponse.months).title);
    return commitmentRows(report, name, now);
  });
  return emit(formatCommitments(rows, format as CommitmentFormat, titles, now), output, io);
}

async function importCommand(args: readonly string[], io: Io): Promise<number> {
  const { output, targets } = outputOptions(args, ['md']);
  if (targets.length !== 1) throw new UsageError('import takes exactly one FILE.');
  const file = targets[0];
  let read;
  try {
    read = readBytesBoundedSync(file, MAX_IMPORT_BYTES);
  } catch (e) {
    throw cannotRead(file, e);
  }
  if (!read) throw new InputError(`${file} is not a regular file (it is a folder, a device or a pipe). Give a PDF, a web page or a Word file.`);
  if ('tooLarge' in read) throw new InputError(tooLargeMessage(file, read.tooLarge));
  const outcome = await runImport(new Uint8Array(read.bytes), path.basename(file));
  if ('message' in outcome) throw new InputError(outcome.message);
  if (!('imported' in outcome)) throw new InputError('The import was cancelled.');
  const imported = outcome.imported;
  // A name is taken by anything there, a link that points nowhere included (existsSync follows links).
  const taken = (candidate: string) => {
    try {
      lstatSync(candidate);
      return true;
    } catch {
      return false;
    }
  };
  const target = output ?? freeName(file, taken);
  if (target === undefined) throw new InputError(`Every name from ${importTargetName(file, 1)} to ${importTargetName(file, MAX_NAMES_TRIED)} is taken: move or remove some of those files, or name the output with --output.`);
  emit(imported.text, target, io);
  io.err(`Imported ${path.basename(file)} (a ${imported.kind}): ${imported.summary}${imported.removed.length ? `; left out ${imported.removed.join(', ')}` : ''}.`);
  return 0;
}

function outline(args: readonly string[], io: Io): number {
  if (args.length !== 1 || args[0].startsWith('--')) throw new UsageError('outline takes exactly one FILE.');
  io.out(outlineText(readReport(args[0])));
  return 0;
}

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'outline':
        return outline(rest, io);
      case 'check':
        return check(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'tracker':
        return await trackerCommand(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'commitments':
        return commitmentsCommand(rest, io);
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return 0;
      case undefined:
        io.err(USAGE);
        return 2;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (e) {
    if (e instanceof UsageError) io.err(`${e.message}\n\n${USAGE}`);
    else if (e instanceof InputError) io.err(e.message);
    else io.err(`Could not read the report: ${e instanceof Error ? e.message : String(e)}`);
    return 2;
  }
}

if (require.main === module) {
  void run(process.argv.slice(2), {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
  }).then((code) => (process.exitCode = code));
}
