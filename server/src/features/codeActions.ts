// Quick fixes for diagnostics. Each changes only what its title says: one insertion or one replacement.
import { jsonc, type Node, type ParseError } from '../glossary/jsonc';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver-types';
import type { Report } from '../model';
import type { FixData } from './diagnostics/types';
import { paragraphLabel, recommendationName } from './outline';
import { STANCE_VALUES } from './stance';
import { isAnswered } from './responseText';

function endOfLine(report: Report, line: number) {
  return { line, character: report.lines[line]?.length ?? 0 };
}

function action(title: string, uri: string, edit: TextEdit, diagnostic: Diagnostic, preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: [edit] } },
  };
}

function noResponseFixes(report: Report, uri: string, number: number, diagnostic: Diagnostic): CodeAction[] {
  const rec = report.recommendations.find((r) => r.number === number && !isAnswered(report, r));
  if (!rec) return [];
  const nl = report.eol;
  const at = endOfLine(report, rec.range.end.line);
  const out = [
    action(
      `Add a to-do to chase the response to recommendation ${number}`,
      uri,
      { range: { start: at, end: at }, newText: `${nl}@todo: chase the response to recommendation ${number}` },
      diagnostic,
      true,
    ),
  ];
  // A heading is offered where there is none yet (one with nothing under it waits for its words).
  if (rec.paragraphs.length && rec.responses.length === 0) {
    const group = report.groups[rec.group];
    const end = endOfLine(report, group.range.end.line);
    const title = recommendationName(report, rec, 8).replace(/^\d+\.\s*/, '');
    const heading = `${paragraphLabel(rec.paragraphs)}: ${title}`;
    out.push(
      action(
        `Insert a response heading "${paragraphLabel(rec.paragraphs)}:" after the responses to this group`,
        uri,
        {
          range: { start: end, end },
          newText: `${nl}${nl}${heading}${nl}${nl}@todo: add the Government's response to recommendation ${number}`,
        },
        diagnostic,
      ),
    );
  }
  return out;
}

/** The user glossary file a fix can write to: its URI, and its text when it exists. */
export interface GlossaryFile {
  uri: string;
  text?: string;
}

export const OPEN_GLOSSARY_COMMAND = 'committeeReport.openGlossary';

function positionAt(text: string, offset: number) {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  return { line, character: offset - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) - 1 };
}

/** The edit that adds `term` to the glossary file: creates the file, or appends to its entries. Undefined if the file is broken. */
export function addToGlossaryEdit(file: GlossaryFile, term: string): WorkspaceEdit | undefined {
  const entry = { term, expansion: '', explanation: '' };
  if (file.text === undefined) {
    const content = JSON.stringify({ entries: [entry] }, null, 2) + '\n';
    return {
      documentChanges: [
        { kind: 'create', uri: file.uri, options: { ignoreIfExists: true } },
        { textDocument: { uri: file.uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: content }] },
      ],
    };
  }
  const text = file.text;
  const errors: ParseError[] = [];
  const { parseTree } = jsonc();
  const root = parseTree(text, errors, { allowTrailingComma: true });
  // Never write into a file that does not parse: the edit could lose the user's text.
  if (errors.length || !root || (root.type !== 'array' && root.type !== 'object')) return undefined;
  const list = root.type === 'array' ? root : root.children?.find((p) => p.children?.[0]?.value === 'entries')?.children?.[1];
  if (list && list.type !== 'array') return undefined;
  // One insertion after the list's last entry (or the object's last member), indented as that is: the file's comments,
  // order and layout are left as they are.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const into = list ?? root;
  const last = into.children?.[into.children.length - 1];
  const lineStart = (offset: number) => Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  const indentAt = (node: Node) => /^[ \t]*/.exec(text.slice(lineStart(node.offset), node.offset))![0];
  const outer = indentAt(into);
  // A last entry that shares its line with other text (a file written on one line) is followed on the same line.
  const inline = !!last && !/^[ \t]*$/.test(text.slice(lineStart(last.offset), last.offset));
  const indent = last ? indentAt(last) : `${outer}  `;
  const block = (value: unknown) => (inline ? JSON.stringify(value) : JSON.stringify(value, null, 2).split('\n').join(eol + indent));
  const item = list ? block(entry) : `"entries": ${block([entry])}`;
  const offset = last ? last.offset + last.length : into.offset + 1;
  const newText = inline ? `, ${item}` : last ? `,${eol}${indent}${item}` : `${eol}${indent}${item}${eol}${outer}`;
  // Check the result still parses before offering it.
  const after: ParseError[] = [];
  parseTree(text.slice(0, offset) + newText + text.slice(offset), after, { allowTrailingComma: true });
  if (after.length) return undefined;
  const at = positionAt(text, offset);
  return { changes: { [file.uri]: [{ range: { start: at, end: at }, newText }] } };
}

function addToGlossary(term: string, file: GlossaryFile | undefined, diagnostic: Diagnostic): CodeAction[] {
  if (!file) return [];
  const edit = addToGlossaryEdit(file, term);
  if (!edit) return [];
  return [
    {
      title: `Add "${term}" to your glossary`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit,
      command: { title: 'Open the glossary', command: OPEN_GLOSSARY_COMMAND, arguments: [file.uri, term] },
    },
  ];
}

function isFixData(data: unknown): data is FixData {
  return !!data && typeof data === 'object' && typeof (data as { fix?: unknown }).fix === 'string';
}

/** A range sent back by the client must lie on one existing line of the document. */
function inDocument(report: Report, range: { start: { line: number; character: number }; end: { line: number; character: number } }): boolean {
  const line = report.lines[range.start.line];
  return line !== undefined && range.end.line === range.start.line && range.start.character >= 0 && range.end.character <= line.length && range.start.character <= range.end.character;
}

/** Quick fixes for the given diagnostics (as the client sends them back, with their data). */
export function codeActions(report: Report, uri: string, diagnostics: readonly Diagnostic[], glossaryFile?: GlossaryFile): CodeAction[] {
  const out: CodeAction[] = [];
  for (const d of diagnostics) {
    const data = d.data;
    if (!isFixData(data)) continue;
    if (data.fix === 'no-response' && typeof data.recommendation === 'number') {
      out.push(...noResponseFixes(report, uri, data.recommendation, d));
    } else if (data.fix === 'replace' && data.range && typeof data.text === 'string' && inDocument(report, data.range)) {
      out.push(action(String(data.title), uri, { range: data.range, newText: data.text }, d, true));
    } else if (data.fix === 'stance' && data.range && inDocument(report, data.range)) {
      for (const value of STANCE_VALUES) out.push(action(`Change the stance to "${value}"`, uri, { range: data.range, newText: value }, d));
    } else if (data.fix === 'settle' && typeof data.line === 'number' && data.line >= 0 && data.line < report.lineCount) {
      // A settling line under the commitment's paragraph, its words left for the user to write.
      const at = { line: data.line, character: report.lines[data.line].length };
      out.push(action('Mark as kept', uri, { range: { start: at, end: at }, newText: '\n@kept: ' }, d, true));
      out.push(action('Mark as missed', uri, { range: { start: at, end: at }, newText: '\n@missed: ' }, d));
    } else if (data.fix === 'add-to-glossary' && typeof data.term === 'string') {
      out.push(...addToGlossary(data.term, glossaryFile, d));
    }
  }
  return out;
}
