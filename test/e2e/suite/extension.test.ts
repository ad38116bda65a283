// End-to-end tests in a real VS Code: written against the vscode API only, so they run under code-server here and
// under @vscode/test-electron on a desktop. They open a workspace holding a .txt copy of the bundled report.
import { strict as assert } from 'assert';
import * as vscode from 'vscode';

const DEADLINE_MS = 30_000;

/** Polls `probe` until it returns a value `accept` takes, or fails after the deadline. Never a fixed sleep. */
async function waitFor<T>(what: string, probe: () => T | Thenable<T>, accept: (v: T) => boolean = (v) => !!v): Promise<T> {
  const until = Date.now() + DEADLINE_MS;
  let last: T | undefined;
  while (Date.now() < until) {
    last = await probe();
    if (accept(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
}

function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'a workspace folder is open');
  return f.uri;
}

function positionOf(doc: vscode.TextDocument, lineNo: number, needle: string, offset = 1): vscode.Position {
  const line = doc.lineAt(lineNo - 1).text;
  const at = line.indexOf(needle);
  assert.ok(at >= 0, `"${needle}" on line ${lineNo}`);
  return new vscode.Position(lineNo - 1, at + offset);
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n');
}

/** Puts the cursor at `at`, runs `command`, and waits until the cursor stands on 0-based line `line`. */
async function commandMovesCursor(doc: vscode.TextDocument, at: vscode.Position, command: string, line: number, what: string): Promise<void> {
  const editor = await vscode.window.showTextDocument(doc);
  editor.selection = new vscode.Selection(at, at);
  await waitFor(what, async () => {
    await vscode.commands.executeCommand(command);
    return vscode.window.activeTextEditor?.selection.active.line;
  }, (l) => l === line);
}

type Sym = vscode.DocumentSymbol;

/** The extension's API: what activate() returns. */
function api(): Awaited<ReturnType<typeof import('../../../client/src/extension').activate>> {
  const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'committee-report');
  assert.ok(ext?.isActive, 'the extension is active');
  return ext.exports;
}
/**
 * Opens the file at `uri` in an editor, and again if VS Code could not: the .txt copy's switch to the report language,
 * which the extension makes as the file opens, can replace the document under an editor still opening ("Could NOT
 * open editor"), a race of the window's start-up and not of what is tested.
 */
async function showAgainIfReplaced(uri: vscode.Uri): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      return;
    } catch (e) {
      if (attempt === 5) throw e;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

const flatten = (s: Sym[]): Sym[] => s.flatMap((x) => [x, ...flatten(x.children ?? [])]);

describe('Committee Report in VS Code', function () {
  let doc: vscode.TextDocument;
  let uri: vscode.Uri;

  before(async () => {
    uri = vscode.Uri.joinPath(folder(), 'report.txt');
    await showAgainIfReplaced(uri);
    // A .txt file shaped like a report switches to the report language when it opens.
    doc = await waitFor(
      'the .txt copy of the report to become a Committee Report',
      () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()),
      (d) => d?.languageId === 'committee-report',
    ) as vscode.TextDocument;
    await vscode.window.showTextDocument(doc);
  });

  it('activates and detects the language of a .txt copy of the report', () => {
    assert.equal(doc.languageId, 'committee-report');
    assert.ok(vscode.extensions.all.some((e) => e.packageJSON?.name === 'committee-report' && e.isActive));
  });

  it('opens Getting Started the first time it runs', async () => {
    // The walkthrough's editor is VS Code's own Welcome page, which the API shows only as a tab with no input of its own.
    const welcome = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input === undefined && /welcome|get started/i.test(t.label));
    // Asked for again while the window is starting, until a page stays open: it showed (a file opened since may have
    // taken its place, as it does VS Code's own Welcome page), and the later tests must not meet it.
    assert.equal(await api().welcomed, true, 'Getting Started showed');
    const tab = welcome();
    if (tab) await vscode.window.tabGroups.close(tab);
    await vscode.window.showTextDocument(doc);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    assert.equal(welcome(), undefined, 'Getting Started opened again after it was closed');
  });

  it('shows the 38 recommendations in the outline', async () => {
    const symbols = await waitFor('the outline', () => vscode.commands.executeCommand<Sym[]>('vscode.executeDocumentSymbolProvider', uri), (s) => !!s && s.length > 0);
    const recs = flatten(symbols).filter((s) => /^\d+\. /.test(s.name));
    assert.equal(recs.length, 38);
    assert.match(recs.find((s) => s.name.startsWith('15. '))!.detail, /no response/);
  });

  it('lists the 38 recommendations in the Recommendations view; the unanswered filter leaves 15, and a click reveals it', async () => {
    const view = api().recommendations;
    // No refresh asked for: the view follows the server's notifications by itself.
    await vscode.commands.executeCommand('committeeReport.recommendations.focus');
    const reports = await waitFor('the view to have the report', () => view.getReports(), (r) => r.some((x) => x.name === 'report.txt'));
    assert.equal(reports.find((x) => x.name === 'report.txt')!.recommendations.length, 38);
    const reportNode = view.getChildren().find((n) => n.kind === 'report' && n.report.name === 'report.txt')!;
    assert.equal(view.getChildren(reportNode).length, 38);
    view.setFilter({ unanswered: true });
    try {
      const left = view.getChildren(reportNode);
      assert.deepEqual(left.map((n) => (n.kind === 'recommendation' ? n.rec.label : '')), ['15']);
      const item = view.getTreeItem(left[0]);
      assert.match(String(item.description), /No response/);
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      await waitFor('the cursor on recommendation 15', () => vscode.window.activeTextEditor?.selection.active.line, (l) => l === 249);
    } finally {
      view.setFilter({});
    }
  });

  it('opens the tracker with the report\'s counts by stance, and exports it', async () => {
    const shown = await api().tracker.show();
    const row = shown.find((r) => r.name === 'report.txt')!;
    assert.deepEqual(row.overview.counts, { 'accepted-in-part': 4, rejected: 8, accepted: 5, noted: 13, 'under-consideration': 7, 'no-response': 1 });
    assert.equal(row.overview.daysTaken, 271);
    await waitFor('the tracker\'s tab', () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputWebview ? t.input.viewType : t.label)), (tabs) => tabs.some((t) => t.endsWith('committeeReport.tracker')));
    const target = vscode.Uri.joinPath(folder(), 'tracker-export.md');
    await vscode.commands.executeCommand('committeeReport.exportTracker', 'md', target);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
    assert.match(text, /\| Education Committee \| 23 October 2019 \| 20 July 2020 \| 271 \(late\) \| 38 \|/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('lists the commitments in the Commitments view, soonest due first; the overdue filter leaves the two past their date, and a click reveals one', async () => {
    const view = api().commitments;
    await vscode.commands.executeCommand('committeeReport.commitments.focus');
    const ours = (nodes: Awaited<ReturnType<typeof view.getChildren>>) => nodes.filter((n) => n.report.name === 'report.txt');
    const nodes = await waitFor('the commitments', async () => ours(await view.getChildren()), (n) => n.length === 5);
    assert.deepEqual(nodes.map((n) => n.item.dueBy), ['2020-11-30', '2020-12-31', '', '', '']);
    view.setFilter('overdue');
    try {
      const overdue = ours(await view.getChildren());
      assert.deepEqual(overdue.map((n) => n.item.line + 1), [350, 104]);
      const item = view.getTreeItem(overdue[0]);
      assert.equal(item.label, 'by 30 Nov 2020 · we will announce the successful schools');
      assert.equal(item.description, 'Overdue · rec. 25 · report.txt');
      await vscode.commands.executeCommand(item.command!.command, ...(item.command!.arguments ?? []));
      await waitFor('the cursor on the commitment', () => vscode.window.activeTextEditor?.selection.active.line, (l) => l === 349);
    } finally {
      view.setFilter('all');
    }
  });

  it('walks through Getting Started on an unsaved copy of the example: open it, jump from a citation to its response', async () => {
    await vscode.commands.executeCommand('committeeReport.openExample');
    const example = vscode.window.activeTextEditor!.document;
    assert.equal(example.uri.scheme, 'untitled');
    assert.equal(example.languageId, 'committee-report');
    await vscode.commands.executeCommand('committeeReport.walkthrough.definition');
    await waitFor('the cursor on the response to recommendation 18', () => vscode.window.activeTextEditor?.selection.active.line, (l) => l === 275);
    assert.equal(vscode.window.activeTextEditor!.document, example, 'the same copy, not a file');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('saves the unsaved example to a file and reads it once; the views follow the saved file, not the copy', async () => {
    const view = api().recommendations;
    await vscode.commands.executeCommand('committeeReport.recommendations.focus');
    await vscode.commands.executeCommand('committeeReport.openExample');
    const example = vscode.window.activeTextEditor!.document;
    assert.equal(example.uri.scheme, 'untitled');
    await waitFor('the unsaved example in the view', () => view.getReports(), (r) => r.some((x) => x.uri === example.uri.toString()));
    // The copy is emptied once saved (in VS Code for the Web at least): its length is taken now.
    const lines = example.lineCount;
    // Save as a user does: VS Code asks where (here in its own file picker) and the name it offers is taken.
    void vscode.commands.executeCommand('workbench.action.files.save');
    const saved = await waitFor('the example saved to a file', async () => {
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      return vscode.workspace.textDocuments.find((d) => d.uri.scheme !== 'untitled' && d.uri.path.endsWith('.govresponse'));
      // VS Code for the Web may show the new file for a moment before its text has arrived.
    }, (d) => !!d && d.lineCount > 1) as vscode.TextDocument;
    assert.equal(saved.lineCount, lines);
    const summary = await waitFor('the saved report\'s summary', () => api().client.sendRequest<{ recommendations: number } | null>('committeeReport/summary', { textDocument: { uri: saved.uri.toString() } }), (s) => !!s);
    assert.equal(summary!.recommendations, 38, 'read once, not twice');
    const symbols = await waitFor('the saved report\'s outline', () => vscode.commands.executeCommand<Sym[]>('vscode.executeDocumentSymbolProvider', saved.uri), (s) => !!s && s.length > 0);
    assert.equal(flatten(symbols).filter((s) => /^\d+\. /.test(s.name)).length, 38);
    const diags = await waitFor('the saved report\'s findings', () => vscode.languages.getDiagnostics(saved.uri), (d) => d.length > 0);
    assert.ok(diags.every((d) => d.range.start.line < saved.lineCount), 'every finding on a line of the file');
    const reports = await waitFor('the view to show the saved file in place of the copy', () => view.getReports(), (r) => r.some((x) => x.uri === saved.uri.toString()) && !r.some((x) => x.uri.startsWith('untitled:')));
    assert.equal(reports.find((x) => x.uri === saved.uri.toString())!.recommendations.length, 38);
    // Closed and deleted: gone from the view and the tracker, with no refresh asked for.
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(saved.uri);
    await waitFor('the deleted report gone from the view', () => view.getReports(), (r) => !r.some((x) => x.uri === saved.uri.toString()));
    const rows = await api().tracker.show();
    assert.ok(!rows.some((x) => x.uri === saved.uri.toString()), 'gone from the tracker');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('shows a report from outside the folder while it is open, and not after', async () => {
    const view = api().recommendations;
    const outside = vscode.Uri.joinPath(folder(), '..', 'outside-report.txt');
    // VS Code for the Web mounts the folder at the root of its file system, which leaves no place outside it: there the
    // copy is a saved report of the folder, and stays in the view and the tracker after it is closed.
    const inFolder = outside.toString().startsWith(folder().toString());
    await vscode.workspace.fs.copy(uri, outside, { overwrite: true });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(outside));
    await waitFor('the outside report in the view', () => view.getReports(), (r) => r.some((x) => x.uri === outside.toString()));
    const tracker = api().tracker;
    await tracker.show();
    await vscode.window.showTextDocument(outside);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    if (inFolder) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.ok(view.getReports().some((x) => x.uri === outside.toString()), 'a closed report of the folder stays in the view');
      assert.ok(tracker.shownReports().some((x) => x.uri === outside.toString()), 'a closed report of the folder stays in the tracker');
    } else {
      await waitFor('the outside report gone from the view', () => view.getReports(), (r) => !r.some((x) => x.uri === outside.toString()));
      await waitFor('the outside report gone from the tracker', async () => tracker.shownReports(), (r) => !r.some((x) => x.uri === outside.toString()));
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(outside);
  });

  it('imports a web page as a report beside it, whose outline is right', async () => {
    const page = vscode.Uri.joinPath(folder(), 'dentistry.html');
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('committeeReport.importReport', page);
    assert.ok(made, 'a report was written');
    assert.equal(made.path.split('/').pop(), 'dentistry.txt');
    const symbols = await waitFor('the imported report\'s outline', () => vscode.commands.executeCommand<Sym[]>('vscode.executeDocumentSymbolProvider', made), (s) => !!s && s.length > 0);
    const recs = flatten(symbols).filter((s) => /^\d+\. /.test(s.name));
    assert.deepEqual(recs.map((s) => s.name.split(' ')[0]), ['1.', '2.', '3.']);
    assert.match(recs[2].detail, /no response/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), made.toString(), 'the new report is open');
    const again = await vscode.commands.executeCommand<vscode.Uri>('committeeReport.importReport', page);
    assert.equal(again.path.split('/').pop(), 'dentistry (2).txt', 'never over the first');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('imports a PDF as a report whose outline is right: page headers left out, a hyphen healed', async () => {
    const made = await vscode.commands.executeCommand<vscode.Uri | undefined>('committeeReport.importReport', vscode.Uri.joinPath(folder(), 'rural.pdf'));
    assert.ok(made, 'a report was written');
    assert.equal(made.path.split('/').pop(), 'rural.txt');
    const symbols = await waitFor('the imported report\'s outline', () => vscode.commands.executeCommand<Sym[]>('vscode.executeDocumentSymbolProvider', made), (s) => !!s && s.length > 0);
    const recs = flatten(symbols).filter((s) => /^\d+\. /.test(s.name));
    assert.deepEqual(recs.map((s) => s.name.split(' ')[0]), ['1.', '2.', '3.']);
    assert.deepEqual(recs.map((s) => /no response/.test(s.detail)), [false, false, true]);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(made));
    assert.doesNotMatch(text, /HC 12/);
    assert.match(text, / consulting /);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('gives acronym hovers: EHC, WSOA, DCO, NASENCO', async () => {
    const cases: [number, string, RegExp][] = [
      [99, '(EHC)', /Education Health and Care/],
      [194, '(WSOA)', /Written Statement of Action/],
      [409, '(DCO)', /Designated Clinical Officer/],
      [282, '(NASENCO)', /National Award in SEN Co-ordination|National Award in SEN Coordination/],
    ];
    for (const [line, needle, expansion] of cases) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, positionOf(doc, line, needle, 2));
      assert.match(hoverText(hovers), expansion, needle);
    }
  });

  it('goes from (Paragraph 45) to its response and back', async () => {
    const there = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, positionOf(doc, 274, '(Paragraph 45)', 3));
    const line = (l: vscode.Location | vscode.LocationLink) => ('targetUri' in l ? (l.targetSelectionRange ?? l.targetRange).start.line : l.range.start.line);
    assert.deepEqual(there.map(line), [275]);
    const back = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', uri, positionOf(doc, 324, 'Paragraph 53', 2));
    assert.deepEqual(back.map(line), [317]);
  });

  it('finds references to a recommendation, running text included', async () => {
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', uri, positionOf(doc, 176, '(Paragraph 29)', 3));
    assert.deepEqual(refs.map((r) => r.range.start.line + 1).sort((a, b) => a - b), [175, 176, 202, 212, 308]);
  });

  it('shows code lenses above recommendations and responses', async () => {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.equal(titles.filter((t) => t === 'No response').length, 1);
    assert.ok(titles.some((t) => t === '↑ Recommendation 18'));
  });

  it('reports recommendation 15 as unanswered and no other, with a link to what that means', async () => {
    const diags = await waitFor('diagnostics', () => vscode.languages.getDiagnostics(uri), (d) => d.length > 0);
    const noResponse = diags.filter((d) => d.code === 'no-response' || (typeof d.code === 'object' && d.code.value === 'no-response'));
    assert.deepEqual(noResponse.map((d) => d.range.start.line + 1), [250]);
    // Its link opens the finding's section of the reference inside the extension.
    const link = (noResponse[0].code as { target: vscode.Uri }).target;
    assert.equal(link.fragment, 'no-response');
    const reference = new TextDecoder().decode(await vscode.workspace.fs.readFile(link.with({ fragment: '' })));
    assert.match(reference, /^### no-response$/m);
  });

  it('applies a quick fix, and the edit updates the diagnostics', async () => {
    const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? d.code.value : d.code);
    const target = vscode.languages.getDiagnostics(uri).find((d) => code(d) === 'unknown-paragraph');
    assert.ok(target, 'the mis-cited heading is flagged');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, target.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Change to Paragraph 52');
    assert.ok(fix?.edit, 'the quick fix is offered');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(doc.lineAt(323).text.startsWith('Paragraph 52: ...the Department'));
    await waitFor('the diagnostics to update after the edit', () => vscode.languages.getDiagnostics(uri), (d) => !d.some((x) => code(x) === 'unknown-paragraph'));
  });

  it('inserts a snippet', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = new vscode.Position(doc.lineCount - 1, doc.lineAt(doc.lineCount - 1).text.length);
    editor.selection = new vscode.Selection(end, end);
    await editor.insertSnippet(new vscode.SnippetString('\n'), end);
    await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'committee-report', name: 'Stance' });
    await waitFor('the snippet text', () => doc.lineAt(doc.lineCount - 1).text, (t) => t === '@stance: accepted');
  });

  it('goes to the response with the Go to Response command', async () => {
    await commandMovesCursor(doc, positionOf(doc, 274, 'six months', 0), 'committeeReport.goToResponse', 275, 'the cursor on the response');
  });

  it('goes back to the recommendation, and on to the next unanswered one', async () => {
    await commandMovesCursor(doc, positionOf(doc, 278, 'mainstream', 0), 'committeeReport.goToRecommendation', 273, 'the cursor on recommendation 18');
    await commandMovesCursor(doc, new vscode.Position(0, 0), 'committeeReport.goToNextUnanswered', 249, 'the cursor on recommendation 15');
  });

  it('adds a note after a recommendation and changes nothing else', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const before = doc.getText();
    const recLine = doc.lineAt(398).text;
    assert.ok(recLine.startsWith('30. '), 'line 399 is recommendation 30');
    const at = positionOf(doc, 399, 'Equality', 0);
    editor.selection = new vscode.Selection(at, at);
    await vscode.commands.executeCommand('committeeReport.addNote');
    const expected = before.replace(recLine, `${recLine}\n@note: your note on recommendation 30`);
    await waitFor('the note to be inserted', () => doc.getText(), (t) => t === expected);
  });

  it('exports the briefing as Word, Markdown, CSV and JSON files', async () => {
    for (const format of ['docx', 'md', 'csv', 'json'] as const) {
      const target = vscode.Uri.joinPath(folder(), `briefing-export.${format}`);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('committeeReport.exportBriefing', format, target);
      const bytes = await vscode.workspace.fs.readFile(target);
      // A Word file is a zip archive: "PK", then its first entry.
      if (format === 'docx') assert.equal(new TextDecoder().decode(bytes.slice(0, 2)), 'PK');
      const text = new TextDecoder().decode(bytes);
      if (format === 'md') assert.match(text, /^# Briefing: report\.txt/);
      if (format === 'csv') assert.equal(text.trim().split('\n').length, 39);
      if (format === 'json') assert.equal(JSON.parse(text).recommendations.length, 38);
    }
  });

  it('opens an exported briefing from the notification, and the window goes on working', async () => {
    for (const format of ['md', 'docx'] as const) {
      const target = vscode.Uri.joinPath(folder(), `announced.${format}`);
      await vscode.window.showTextDocument(doc);
      const exported = vscode.commands.executeCommand<vscode.Uri>('committeeReport.exportBriefing', format, target, true);
      await waitFor('the file written', async () => vscode.workspace.fs.stat(target).then(() => true, () => false));
      // The notification's button, as a user clicks it.
      await waitFor('the notification answered', async () => {
        await vscode.commands.executeCommand('notification.acceptPrimaryAction');
        return Promise.race([exported.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 200))]);
      });
      if (format === 'md') await waitFor('the exported briefing open', () => vscode.window.activeTextEditor?.document.uri.toString(), (u) => u === target.toString());
      // Still answering: a command and an editor after it.
      await vscode.window.showTextDocument(doc);
      await commandMovesCursor(doc, new vscode.Position(0, 0), 'committeeReport.goToNextUnanswered', 249, 'the cursor on recommendation 15');
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    }
  });

  it('goes to the next open to-do', async () => {
    const editor = await vscode.window.showTextDocument(doc);
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    await editor.edit((e) => e.insert(end, '\n@todo: ring the clerk'));
    await commandMovesCursor(doc, new vscode.Position(0, 0), 'committeeReport.goToNextTodo', doc.lineCount - 1, 'the cursor on the new to-do');
  });

  it('hovers acronyms in a Markdown briefing without treating it as a report', async () => {
    const briefing = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), 'briefing.md'));
    const hovers = await waitFor('a hover in the briefing', () => vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', briefing.uri, new vscode.Position(2, 6)), (h) => h.length > 0);
    assert.match(hoverText(hovers), /Dedicated Schools Grant/);
    assert.equal(briefing.languageId, 'markdown');
  });

  it("takes \"(Paragraph 3)\" to the response and to the Committee's own report, which appeared in the workspace", async () => {
    // Beside the others (a file in a folder made a moment before may reach the server's watcher late).
    const original = vscode.Uri.joinPath(folder(), 'original.txt');
    const response = vscode.Uri.joinPath(folder(), 'response.txt');
    const encode = (lines: string[]) => new TextEncoder().encode(lines.join('\n'));
    await vscode.workspace.fs.writeFile(original, encode([
      'House of Commons', 'Work and Pensions Committee', '', 'Universal Credit and the two-child limit', '', 'Third Report of Session 2024–25', '', 'HC 731', '',
      '1. We took evidence from claimants and advisers.', '', '2. The limit affects 1.6 million children.', '', '3. Advisers told us the rules on exceptions are hard to follow. Few families use them.', '',
      'Conclusions and recommendations', '', '1. The Department should simplify the exceptions. (Paragraph 3)', '',
    ]));
    await vscode.workspace.fs.writeFile(response, encode([
      'Government response to the Work and Pensions Committee report on Universal Credit (HC 731)', '',
      '1. The Department should simplify the exceptions. (Paragraph 3)', '', 'We accept this recommendation.', '',
      '2. The Department should publish take-up figures. (Paragraph 2)', '', 'We agree and will publish them.', '',
      '3. The Department should review the limit. (Paragraph 1)', '', 'We do not accept this recommendation.', '',
    ]));
    // Opened as a user who has just imported it would have it (the server then knows it whether or not the file
    // watcher has told it yet); the protocol tests cover one found on disk.
    await vscode.workspace.openTextDocument(original);
    const opened = await vscode.workspace.openTextDocument(response);
    await vscode.window.showTextDocument(opened);
    const at = new vscode.Position(2, opened.lineAt(2).text.indexOf('(Paragraph 3)') + 3);
    const target = (l: vscode.Location | vscode.LocationLink) => ('targetUri' in l ? [l.targetUri.path.split('/').pop(), (l.targetSelectionRange ?? l.targetRange).start.line] : [l.uri.path.split('/').pop(), l.range.start.line]);
    const links = await waitFor(
      'a second target in the original',
      () => vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', response, at),
      (l) => l.length === 2,
    );
    // VS Code orders the places itself (by file).
    assert.deepEqual(links.map(target).sort(), [['original.txt', 13], ['response.txt', 4]]);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', response, at);
    assert.match(hoverText(hovers), /Paragraph 3 of the Committee's report/);
    assert.match(hoverText(hovers), /Advisers told us the rules on exceptions are hard to follow/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    for (const file of [original, response]) await vscode.workspace.fs.delete(file);
  });
});
