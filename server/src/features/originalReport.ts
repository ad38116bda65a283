// The Committee's own report, the one a Government response answers: its numbered paragraphs ("45. The evidence …"),
// its title and HC number, so that "(Paragraph 45)" in the response can lead to paragraph 45 of the original.
// Pure: lines in, plain data out. Which workspace file is the original of which response is decided here too
// (`originalFor`): an `@report:` line names it, or else the response mentions its HC number or its title.
import type { Range, Report } from '../model';
import { isEndMatter } from '../model/patterns';

export interface OriginalParagraph {
  number: number;
  /** From its number to the end of its last line. */
  range: Range;
  /** The number and its full stop. */
  numberRange: Range;
  /** Its text without the number, lines joined (cut to about a thousand characters: hovers want the start). */
  text: string;
}

export interface OriginalReport {
  /** The report's title as its title page gives it ("Special educational needs and disabilities"). */
  title?: string;
  /** Its HC number(s) from the title page, digits only: ["20"]. */
  hc: string[];
  /** Its numbered paragraphs, in order; the numbered list under "Conclusions and recommendations" is not among them. */
  paragraphs: OriginalParagraph[];
}

/** "Conclusions and recommendations" (also "Summary of …", numbered, as a Markdown heading, in bold). */
const CONCLUSIONS = /^[#\s*]*(?:\d+\s+)?(?:summary of\s+)?conclusions(?:,)? and recommendations[\s*]*$/i;
/** What follows the conclusions in a Commons report (the model's end matter, annexes, appendices): never its numbered paragraphs. */
const AFTER_CONCLUSIONS = /^[#\s*]*(?:annex|appendix)\b/i;
const endsConclusions = (line: string) => line.length < 80 && (isEndMatter(line) || AFTER_CONCLUSIONS.test(line));
/** "45. The evidence …", "**45.** The evidence", "45 The evidence" (a PDF that dropped the full stop is not read: too like a table). */
const NUMBERED = /^\s{0,3}(?:\*\*)?(\d{1,4})\.(?:\*\*)?\s+(?=\S)/;
const HEADING = /^\s{0,3}(?:#{1,6}\s|\d{1,2}(?:\.\d{1,2})*\s+\p{Lu}[^.]*$)/u;
const SESSION = /\b(?:\w+ )?(?:special )?report of session\b/i;
const HC = /\bHC\s+(\d{1,4})\b/g;
/** At most this many lines are read for the title page. */
const TITLE_PAGE_LINES = 80;
const MAX_TEXT = 1000;
/** A paragraph number more than this past the last one is a list or a table, not the next paragraph. */
const MAX_GAP = 10;
/** Fewer numbered paragraphs than this and it is not a Committee report. */
const MIN_PARAGRAPHS = 3;

function clean(line: string): string {
  return line.replace(/\*\*|__|[#>]/g, ' ').replace(/\s+/g, ' ').trim();
}

function titlePage(lines: readonly string[]): { title?: string; hc: string[] } {
  const head = lines.slice(0, TITLE_PAGE_LINES);
  const hc = new Set<string>();
  let title: string | undefined;
  for (let i = 0; i < head.length; i++) {
    for (const m of head[i].matchAll(HC)) hc.add(m[1]);
    if (title === undefined && SESSION.test(head[i])) {
      // The title is the last line of text before "First Report of Session …" that is not the House or the committee.
      for (let j = i - 1; j >= 0; j--) {
        const t = clean(head[j]);
        if (!t || /^house of commons$/i.test(t) || /committee$/i.test(t)) continue;
        title = t;
        break;
      }
    }
  }
  return { title, hc: [...hc] };
}

/**
 * Reads a Committee report's numbered paragraphs; undefined when the text is not one: it must have a "Conclusions and
 * recommendations" heading and numbered paragraphs outside it, numbered upwards from near 1.
 */
export function readOriginal(lines: readonly string[]): OriginalReport | undefined {
  if (!lines.some((l) => l.length < 80 && CONCLUSIONS.test(l))) return undefined;
  const paragraphs: OriginalParagraph[] = [];
  let inConclusions = false;
  /** The paragraph being read; `chars` counts its text so far (only the start of a long one is kept). */
  let current: { number: number; start: number; at: number; end: number; parts: string[]; chars: number } | undefined;
  const close = () => {
    if (!current) return;
    const text = current.parts.join(' ').replace(/\*\*|__/g, '').replace(/\s+/g, ' ').trim();
    paragraphs.push({
      number: current.number,
      range: { start: { line: current.start, character: current.at }, end: { line: current.end, character: lines[current.end].length } },
      numberRange: {
        start: { line: current.start, character: current.at },
        end: { line: current.start, character: current.at + String(current.number).length + 1 },
      },
      text: text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text,
    });
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length < 80 && CONCLUSIONS.test(line)) {
      close();
      inConclusions = true;
      continue;
    }
    if (inConclusions) {
      if (endsConclusions(line)) inConclusions = false;
      continue;
    }
    if (!line.trim()) {
      close();
      continue;
    }
    const m = NUMBERED.exec(line);
    const last = paragraphs.length ? paragraphs[paragraphs.length - 1].number : 0;
    const n = m ? Number(m[1]) : NaN;
    const after = current?.number ?? last;
    if (m && n > after && n <= after + MAX_GAP && (after > 0 || n <= MIN_PARAGRAPHS)) {
      close();
      const first = line.slice(m[0].length);
      current = { number: n, start: i, at: line.indexOf(m[1]), end: i, parts: [first], chars: first.length };
    } else if (current && !HEADING.test(line) && !endsConclusions(line)) {
      if (current.chars < MAX_TEXT) {
        current.parts.push(line);
        current.chars += line.length + 1;
      }
      current.end = i;
    } else {
      close();
    }
  }
  close();
  if (paragraphs.length < MIN_PARAGRAPHS) return undefined;
  return { ...titlePage(lines), paragraphs };
}

const originalCache = new WeakMap<Report, { value: OriginalReport | undefined }>();

/** `readOriginal` of a parsed report, read once per model. */
export function originalReportOf(report: Report): OriginalReport | undefined {
  let found = originalCache.get(report);
  if (!found) {
    found = { value: readOriginal(report.lines) };
    originalCache.set(report, found);
  }
  return found.value;
}

/** True for the Committee's own report read as a report: its recommendations are listed, and no response is expected in it. */
export function isCommitteesOwnReport(report: Report): boolean {
  return report.responses.length === 0 && originalReportOf(report) !== undefined;
}

/** Paragraph `n` of the original, if it has one. */
export function originalParagraph(original: OriginalReport, n: number): OriginalParagraph | undefined {
  // Numbers go upwards, so a binary search finds it.
  let lo = 0;
  let hi = original.paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = original.paragraphs[mid];
    if (p.number === n) return p;
    if (p.number < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** The `@report:` line's value: where the user says the Committee's report is, relative to this document. */
export function reportAnnotation(report: Report): string | undefined {
  return report.annotations.find((a) => a.kind === 'report' && a.value)?.value;
}

/**
 * Resolves an `@report:` path against the response's URI ("../reports/send.txt"); undefined when it cannot be, or
 * when it names an address of its own ("command:…", "https://…"), an absolute path, or a file outside `roots` (the
 * workspace's folders, when given): a document's words never become a link to anything but a report of the workspace.
 */
export function resolveReportPath(responseUri: string, path: string, roots?: readonly string[]): string | undefined {
  const slashed = path.replace(/\\/g, '/');
  // Relative paths only: not "/etc/passwd", "//host/share/r.txt", "C:/r.txt", nor an address of any scheme.
  if (/^[a-z][a-z0-9+.-]*:/i.test(slashed) || slashed.startsWith('/')) return undefined;
  try {
    const base = new URL(responseUri);
    const target = new URL(encodeURI(slashed), base);
    if (target.protocol !== base.protocol || target.host !== base.host) return undefined;
    // Inside the workspace's folders, when they are given.
    const href = target.toString();
    if (!roots) return href;
    return roots.some((r) => href.startsWith(r.endsWith('/') ? r : `${r}/`)) ? href : undefined;
  } catch {
    return undefined;
  }
}

export interface Candidate {
  uri: string;
  original: OriginalReport;
}

interface Mentions {
  hc: Set<string>;
  /** The document's text lowercased with Markdown and spacing taken out, for finding a title in it. */
  flat: string;
}

const mentionCache = new WeakMap<Report, Mentions>();
/** A title shorter than this could turn up anywhere: it is not used to match. */
const MIN_TITLE = 12;
/** The response names its original early on: only so much of it is searched for the title. */
const TITLE_SEARCH_CHARS = 20_000;

function mentions(report: Report): Mentions {
  let found = mentionCache.get(report);
  if (!found) {
    const head = report.text.slice(0, TITLE_SEARCH_CHARS);
    found = { hc: new Set([...head.matchAll(HC)].map((m) => m[1])), flat: flatten(head) };
    mentionCache.set(report, found);
  }
  return found;
}

function flatten(text: string): string {
  return text
    .toLowerCase()
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_#>"“”‘’']/g, ' ')
    .replace(/\s+/g, ' ');
}

/**
 * The Committee's report this response answers, among `candidates`: the file its `@report:` line names, or else the
 * one whose title the response quotes and whose HC number it cites, or one of the two. Undefined when none is.
 */
export function originalFor(report: Report, uri: string, candidates: readonly Candidate[]): Candidate | undefined {
  const others = candidates.filter((c) => c.uri !== uri);
  const named = reportAnnotation(report);
  if (named !== undefined) {
    const target = resolveReportPath(uri, named);
    return others.find((c) => c.uri === target);
  }
  const seen = mentions(report);
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const c of others) {
    const title = c.original.title ? flatten(c.original.title).trim() : '';
    const score = (title.length >= MIN_TITLE && seen.flat.includes(title) ? 1 : 0) + (c.original.hc.some((h) => seen.hc.has(h)) ? 1 : 0);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}
