// The Recommendations view in the Explorer: every report of the workspace, its report parts and recommendations, each
// with its stance (icon and words) and its annotations as children; filters for stance, tag, open to-do and
// unanswered; document order or unanswered first; the count in the view's title. Fed by the language server
// (committeeReport/workspaceReports), refreshed when it says the reports changed, so it follows edits as you type.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { AnnotationItem, RecommendationItem, WorkspaceReport } from '../../server/src/features/overview';
import { STANCE_ORDER, stanceWords, type ShownStance } from '../../server/src/features/stanceNames';

export const VIEW_ID = 'committeeReport.recommendations';
const WORKSPACE_REPORTS = 'committeeReport/workspaceReports';
const REPORTS_CHANGED = 'committeeReport/reportsChanged';

/** How each stance shows: an icon in a theme colour, beside its words (colour is never the only signal). */
const STANCE_ICONS: Record<ShownStance, { icon: string; color: string }> = {
  accepted: { icon: 'pass', color: 'testing.iconPassed' },
  'accepted-in-principle': { icon: 'pass', color: 'charts.green' },
  'accepted-in-part': { icon: 'circle-large-filled', color: 'charts.yellow' },
  'under-consideration': { icon: 'clock', color: 'charts.blue' },
  noted: { icon: 'eye', color: 'charts.purple' },
  rejected: { icon: 'error', color: 'testing.iconFailed' },
  unclear: { icon: 'question', color: 'descriptionForeground' },
  'no-response': { icon: 'warning', color: 'list.warningForeground' },
};

const ANNOTATION_ICONS: Record<string, string> = { note: 'note', todo: 'checklist', tags: 'tag', stance: 'law', done: 'check' };

export interface Filter {
  stances?: ShownStance[];
  tag?: string;
  openTodo?: boolean;
  unanswered?: boolean;
}

export type Order = 'document' | 'unanswered-first';

type Node =
  | { kind: 'report'; report: WorkspaceReport }
  | { kind: 'part'; report: WorkspaceReport; part: string }
  | { kind: 'recommendation'; report: WorkspaceReport; rec: RecommendationItem }
  | { kind: 'annotation'; report: WorkspaceReport; rec: RecommendationItem; annotation: AnnotationItem };

function matches(rec: RecommendationItem, f: Filter): boolean {
  if (f.unanswered && rec.answered) return false;
  if (f.openTodo && rec.openTodos === 0) return false;
  if (f.tag && !rec.tags.includes(f.tag)) return false;
  if (f.stances?.length && !f.stances.includes(rec.stance)) return false;
  return true;
}

function describeFilter(f: Filter): string {
  const parts: string[] = [];
  if (f.unanswered) parts.push('unanswered');
  if (f.openTodo) parts.push('open to-dos');
  if (f.tag) parts.push(`#${f.tag}`);
  if (f.stances?.length) parts.push(f.stances.map((s) => stanceWords(s).toLowerCase()).join(' or '));
  return parts.join(', ');
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Markdown from document text: escaped, never trusted, no HTML. */
function safeMarkdown(lines: string[]): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.isTrusted = false;
  md.supportHtml = false;
  lines.forEach((l, i) => {
    if (i) md.appendMarkdown('\n\n');
    md.appendText(l);
  });
  return md;
}

/** The documents open in editor tabs, by URI. */
function openInTabs(): Set<string> {
  const open = new Set<string>();
  for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
    if (tab.input instanceof vscode.TabInputText) open.add(tab.input.uri.toString());
    else if (tab.input instanceof vscode.TabInputTextDiff) open.add(tab.input.modified.toString());
  }
  return open;
}

/**
 * Whether the views show a report: one saved in the workspace's folders always; any other (an unsaved document, a
 * file from elsewhere) while it is open in a tab, so that closing it takes it away at once.
 */
function shownInViews(report: WorkspaceReport, open: Set<string>): boolean {
  if (open.has(report.uri)) return true;
  const uri = vscode.Uri.parse(report.uri);
  return uri.scheme !== 'untitled' && vscode.workspace.getWorkspaceFolder(uri) !== undefined;
}

/** How a report is told apart from others of the same title: its file's name, and whether it is saved. */
export function reportPlace(report: WorkspaceReport): string {
  return report.uri.startsWith('untitled:') ? `${report.name} (unsaved)` : report.name;
}

export class RecommendationsView implements vscode.TreeDataProvider<Node> {
  /** What the server knows; `reports` is the part of it the views show. */
  private known: WorkspaceReport[] = [];
  private reports: WorkspaceReport[] = [];
  private filter: Filter;
  private order: Order;
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /**
   * The server said the reports changed. The one handler of that notification is here (a second one would replace
   * it): the tracker listens to this instead.
   */
  private readonly invalidated = new vscode.EventEmitter<void>();
  readonly onDidInvalidate = this.invalidated.event;
  private view: vscode.TreeView<Node> | undefined;
  private stale = true;
  private loading: Promise<void> | undefined;

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly state: vscode.Memento,
  ) {
    this.filter = state.get<Filter>('committeeReport.recommendations.filter') ?? {};
    this.order = state.get<Order>('committeeReport.recommendations.order') ?? 'document';
  }

  register(): vscode.Disposable[] {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    return [
      this.view,
      this.changed,
      this.invalidated,
      this.client.onNotification(REPORTS_CHANGED, () => this.invalidate()),
      // A report that is neither saved in the folders nor open goes the moment its tab closes.
      vscode.window.tabGroups.onDidChangeTabs(() => this.choose()),
      this.view.onDidChangeVisibility((e) => {
        if (e.visible && this.stale) void this.refresh();
      }),
      vscode.commands.registerCommand('committeeReport.recommendations.filter', () => this.pickFilter()),
      vscode.commands.registerCommand('committeeReport.recommendations.clearFilter', () => this.setFilter({})),
      vscode.commands.registerCommand('committeeReport.recommendations.unansweredFirst', () => this.setOrder('unanswered-first')),
      vscode.commands.registerCommand('committeeReport.recommendations.documentOrder', () => this.setOrder('document')),
      vscode.commands.registerCommand('committeeReport.recommendations.refresh', () => this.refresh()),
      vscode.commands.registerCommand('committeeReport.recommendations.addNote', (node?: Node) => this.addNote(node)),
    ];
  }

  /** The reports changed: fetch them again now if the view is showing, else when it next shows. */
  private invalidate(): void {
    this.stale = true;
    if (this.view?.visible) void this.refresh();
    // Hidden, it counts nothing until it next shows: no stale count in its collapsed title.
    else if (this.view) this.view.title = 'Recommendations';
    this.invalidated.fire();
  }

  /** Fetches the workspace's reports from the server and redraws. */
  refresh(): Promise<void> {
    this.stale = false;
    this.loading = (async () => {
      try {
        this.known = (await this.client.sendRequest<WorkspaceReport[]>(WORKSPACE_REPORTS, {})) ?? [];
      } catch {
        this.known = [];
      }
      this.choose(true);
    })();
    return this.loading;
  }

  /** Picks the reports shown from those known, and redraws when they changed (or when `always`). */
  private choose(always = false): void {
    const open = openInTabs();
    const next = this.known.filter((r) => shownInViews(r, open));
    const same = next.length === this.reports.length && next.every((r, i) => r === this.reports[i]);
    this.reports = next;
    if (same && !always) return;
    this.updateTitle();
    this.changed.fire(undefined);
    if (!always) this.invalidated.fire();
  }

  /**
   * Resolves when the reports are up to date: at once (with the refresh under way, if any) when nothing changed
   * since the last fetch, else after fetching them. The tracker asks this, so that the view and the tracker both
   * showing cost one request, not two.
   */
  current(): Promise<void> {
    return this.stale || !this.loading ? this.refresh() : this.loading;
  }

  getReports(): readonly WorkspaceReport[] {
    return this.reports;
  }

  setFilter(filter: Filter): void {
    this.filter = filter;
    void this.state.update('committeeReport.recommendations.filter', filter);
    this.updateTitle();
    this.changed.fire(undefined);
  }

  setOrder(order: Order): void {
    this.order = order;
    void this.state.update('committeeReport.recommendations.order', order);
    void vscode.commands.executeCommand('setContext', 'committeeReport.recommendations.order', order);
    this.changed.fire(undefined);
  }

  private shown(report: WorkspaceReport, part?: string): RecommendationItem[] {
    const recs = report.recommendations.filter((r) => (part === undefined || r.part === part) && matches(r, this.filter));
    if (this.order === 'unanswered-first') return [...recs.filter((r) => !r.answered), ...recs.filter((r) => r.answered)];
    return recs;
  }

  private updateTitle(): void {
    const filtered = !!describeFilter(this.filter);
    void vscode.commands.executeCommand('setContext', 'committeeReport.recommendations.filtered', filtered);
    if (!this.view) return;
    const all = this.reports.reduce((n, r) => n + r.recommendations.length, 0);
    const shown = this.reports.reduce((n, r) => n + this.shown(r).length, 0);
    this.view.title = filtered ? `Recommendations (${shown} of ${all})` : `Recommendations (${all})`;
    this.view.description = filtered ? describeFilter(this.filter) : this.reports.length > 1 ? plural(this.reports.length, 'report') : undefined;
    this.view.message = this.reports.length && filtered && shown === 0 ? `No recommendation is ${describeFilter(this.filter)}. Clear the filter to see them all.` : undefined;
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      const reports = this.reports.filter((r) => this.shown(r).length > 0 || !describeFilter(this.filter));
      return reports.map((report) => ({ kind: 'report', report }));
    }
    if (node.kind === 'report') {
      const parts = node.report.overview.parts;
      if (parts.length) return parts.filter((part) => this.shown(node.report, part).length).map((part) => ({ kind: 'part', report: node.report, part }));
      return this.shown(node.report).map((rec) => ({ kind: 'recommendation', report: node.report, rec }));
    }
    if (node.kind === 'part') return this.shown(node.report, node.part).map((rec) => ({ kind: 'recommendation', report: node.report, rec }));
    if (node.kind === 'recommendation') return node.rec.annotations.map((annotation) => ({ kind: 'annotation', report: node.report, rec: node.rec, annotation }));
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const uri = vscode.Uri.parse(node.report.uri);
    if (node.kind === 'report') {
      const o = node.report.overview;
      const item = new vscode.TreeItem(o.title, vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.report.uri;
      item.description = `${reportPlace(node.report)} · ${plural(o.recommendations, 'rec')} · ${o.unanswered} unanswered`;
      item.tooltip = safeMarkdown([
        o.title,
        [o.committee, node.report.name].filter(Boolean).join(' · '),
        [o.published && `Published ${o.published}`, o.received && `response ${o.received}`, o.daysTaken !== undefined && `${o.daysTaken} days`].filter(Boolean).join(', '),
      ].filter(Boolean));
      item.iconPath = new vscode.ThemeIcon('book');
      item.contextValue = 'report';
      item.resourceUri = uri;
      item.command = { command: 'vscode.open', title: 'Open Report', arguments: [uri] };
      return item;
    }
    if (node.kind === 'part') {
      const item = new vscode.TreeItem(node.part, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `${node.report.uri}#part:${node.part}`;
      item.iconPath = new vscode.ThemeIcon('symbol-structure');
      item.contextValue = 'part';
      return item;
    }
    if (node.kind === 'recommendation') {
      const { rec } = node;
      const look = { words: stanceWords(rec.stance), ...STANCE_ICONS[rec.stance] };
      const item = new vscode.TreeItem(`${rec.label}. ${rec.title}`, rec.annotations.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.id = `${node.report.uri}#rec:${rec.part ?? ''}:${rec.label}:${rec.line}`;
      item.description = `${look.words}${rec.yours ? ' (yours)' : ''}${rec.openTodos ? ` · ${plural(rec.openTodos, 'to-do')}` : ''}${rec.tags.length ? ` · ${rec.tags.map((t) => `#${t}`).join(' ')}` : ''}`;
      item.iconPath = new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(look.color));
      item.tooltip = safeMarkdown([
        `Recommendation ${rec.label}: ${look.words}${rec.yours ? ' (your stance)' : ' (inferred)'}`,
        ...(rec.phrase ? [`Decided by: “${rec.phrase}”`] : []),
        rec.title,
      ]);
      item.contextValue = rec.answered ? 'recommendation' : 'recommendation.unanswered';
      item.accessibilityInformation = { label: `Recommendation ${rec.label}, ${look.words}: ${rec.title}` };
      item.command = { command: 'committeeReport.reveal', title: 'Go to Recommendation', arguments: [node.report.uri, lineRange(rec.line)] };
      return item;
    }
    const a = node.annotation;
    const item = new vscode.TreeItem(a.value || a.kind, vscode.TreeItemCollapsibleState.None);
    item.description = a.kind;
    item.iconPath = new vscode.ThemeIcon(ANNOTATION_ICONS[a.kind] ?? 'comment');
    item.contextValue = `annotation.${a.kind}`;
    item.command = { command: 'committeeReport.reveal', title: 'Go to Annotation', arguments: [node.report.uri, lineRange(a.line)] };
    return item;
  }

  getParent(node: Node): Node | undefined {
    if (node.kind === 'annotation') return { kind: 'recommendation', report: node.report, rec: node.rec };
    if (node.kind === 'recommendation' && node.rec.part !== undefined) return { kind: 'part', report: node.report, part: node.rec.part };
    if (node.kind === 'recommendation' || node.kind === 'part') return { kind: 'report', report: node.report };
    return undefined;
  }

  private async pickFilter(): Promise<void> {
    type Pick = vscode.QuickPickItem & { apply: (f: Filter) => void; on: boolean };
    const f = this.filter;
    const tags = [...new Set(this.reports.flatMap((r) => r.recommendations.flatMap((x) => x.tags)))].sort();
    const items: Pick[] = [
      { label: 'Unanswered only', description: 'recommendations with no response', on: !!f.unanswered, apply: (g) => (g.unanswered = true) },
      { label: 'With open to-dos', on: !!f.openTodo, apply: (g) => (g.openTodo = true) },
      ...STANCE_ORDER.map(({ stance: s, label }) => ({
        label: `$(${STANCE_ICONS[s].icon}) ${label}`,
        description: 'stance',
        on: !!f.stances?.includes(s),
        apply: (g: Filter) => (g.stances = [...(g.stances ?? []), s]),
      })),
      ...tags.map((t) => ({ label: `$(tag) ${t}`, description: 'tag', on: f.tag === t, apply: (g: Filter) => (g.tag = t) })),
    ];
    const picked = await vscode.window.showQuickPick(items, {
      title: 'Filter the Recommendations view',
      placeHolder: 'Choose what to show (stances are combined with “or”, the rest with “and”)',
      canPickMany: true,
      matchOnDescription: true,
    }).then(undefined, () => undefined);
    if (!picked) return;
    const next: Filter = {};
    for (const p of picked) p.apply(next);
    this.setFilter(next);
  }

  private async addNote(node?: Node): Promise<void> {
    if (!node || node.kind !== 'recommendation') return;
    await vscode.commands.executeCommand('committeeReport.reveal', node.report.uri, lineRange(node.rec.line));
    await vscode.commands.executeCommand('committeeReport.addNote');
  }

  /** Sets the filter's initial context keys. */
  initContext(): void {
    void vscode.commands.executeCommand('setContext', 'committeeReport.recommendations.order', this.order);
    this.updateTitle();
  }
}

function lineRange(line: number) {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}
