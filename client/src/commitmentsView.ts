// The Commitments view in the Explorer, beside the Recommendations view: every commitment of the workspace's reports
// (what the Government promised, by when), soonest due first and those without a date last, each with where it
// stands (due, overdue, kept, missed, in progress) in an icon and in words; a filter for due, overdue, done and no
// date; a click reveals it. It shows the same reports as the Recommendations view, from the same data.
import * as vscode from 'vscode';
import type { CommitmentItem, WorkspaceReport } from '../../server/src/features/overview';
import type { RecommendationsView } from './recommendationsView';

export const COMMITMENTS_VIEW_ID = 'committeeReport.commitments';

export type CommitmentFilter = 'all' | 'due' | 'overdue' | 'done' | 'no date';

export interface CommitmentNode {
  report: WorkspaceReport;
  item: CommitmentItem;
}

const LOOKS: Record<CommitmentItem['state'], { icon: string; color: string; words: string }> = {
  due: { icon: 'calendar', color: 'charts.blue', words: 'Due' },
  progress: { icon: 'sync', color: 'charts.blue', words: 'In progress' },
  overdue: { icon: 'warning', color: 'list.warningForeground', words: 'Overdue' },
  kept: { icon: 'pass', color: 'testing.iconPassed', words: 'Kept' },
  missed: { icon: 'error', color: 'testing.iconFailed', words: 'Missed' },
  'no date': { icon: 'circle-outline', color: 'descriptionForeground', words: 'No date' },
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** "30 Nov 2020" from "2020-11-30". */
const shortDay = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

export function matchesFilter(item: CommitmentItem, filter: CommitmentFilter): boolean {
  if (filter === 'all') return true;
  if (filter === 'done') return item.state === 'kept' || item.state === 'missed';
  if (filter === 'due') return item.state === 'due' || item.state === 'progress';
  return item.state === filter;
}

export class CommitmentsView implements vscode.TreeDataProvider<CommitmentNode> {
  private readonly changed = new vscode.EventEmitter<CommitmentNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private view: vscode.TreeView<CommitmentNode> | undefined;
  private filter: CommitmentFilter = 'all';

  constructor(private readonly source: RecommendationsView) {}

  register(): vscode.Disposable[] {
    this.view = vscode.window.createTreeView(COMMITMENTS_VIEW_ID, { treeDataProvider: this });
    return [
      this.view,
      this.changed,
      // The reports changed (an edit, a file on disk): shown again from the Recommendations view's data.
      this.source.onDidChangeTreeData(() => this.changed.fire(undefined)),
      this.source.onDidInvalidate(() => this.changed.fire(undefined)),
      vscode.commands.registerCommand('committeeReport.commitments.filter', () => this.pickFilter()),
      vscode.commands.registerCommand('committeeReport.commitments.clearFilter', () => this.setFilter('all')),
    ];
  }

  setFilter(filter: CommitmentFilter): void {
    this.filter = filter;
    void vscode.commands.executeCommand('setContext', 'committeeReport.commitments.filtered', filter !== 'all');
    this.changed.fire(undefined);
  }

  /** Every commitment shown, soonest due first (those without a date last), then by report and line. */
  async getChildren(node?: CommitmentNode): Promise<CommitmentNode[]> {
    if (node) return [];
    await this.source.current();
    const all = this.source.getReports().flatMap((report) => (report.commitments ?? []).map((item) => ({ report, item })));
    const shown = all
      .filter((n) => matchesFilter(n.item, this.filter))
      .sort((a, b) => (a.item.dueBy || '9999').localeCompare(b.item.dueBy || '9999') || a.report.name.localeCompare(b.report.name) || a.item.line - b.item.line);
    if (this.view) {
      this.view.description = this.filter === 'all' ? undefined : `${this.filter} only`;
      this.view.message = all.length && !shown.length ? `No commitment is ${this.filter}. Clear the filter to see them all.` : undefined;
    }
    return shown;
  }

  getTreeItem({ report, item }: CommitmentNode): vscode.TreeItem {
    const look = LOOKS[item.state];
    const when = item.dueBy ? `by ${shortDay(item.dueBy)}` : 'no date';
    const tree = new vscode.TreeItem(`${when} · ${item.who} will ${item.action}`, vscode.TreeItemCollapsibleState.None);
    const recs = item.recommendations.length ? ` · rec. ${item.recommendations.join(', ')}` : '';
    tree.description = `${look.words}${recs} · ${report.name}`;
    tree.iconPath = new vscode.ThemeIcon(look.icon, new vscode.ThemeColor(look.color));
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(item.sentence);
    tooltip.appendMarkdown('\n\n');
    tooltip.appendText(`${item.due ? `${item.due} → ${when}` : 'No due date'} · ${look.words}${item.said ? ` — ${item.said}` : ''}`);
    tree.tooltip = tooltip;
    tree.accessibilityInformation = { label: `${look.words}: ${item.who} will ${item.action}, ${when}, in ${report.name}` };
    const at = new vscode.Position(item.line, item.character);
    tree.command = { command: 'committeeReport.reveal', title: 'Go to Commitment', arguments: [report.uri, { start: { line: at.line, character: at.character }, end: { line: at.line, character: at.character } }] };
    return tree;
  }

  private async pickFilter(): Promise<void> {
    const choices: { label: string; value: CommitmentFilter }[] = [
      { label: 'All commitments', value: 'all' },
      { label: 'Due (not yet past their date)', value: 'due' },
      { label: 'Overdue (past their date, not settled)', value: 'overdue' },
      { label: 'Done (kept or missed)', value: 'done' },
      { label: 'Without a date', value: 'no date' },
    ];
    const picked = await vscode.window.showQuickPick(choices, { title: 'Show Commitments', placeHolder: 'Which commitments to show' });
    if (picked) this.setFilter(picked.value);
  }
}
