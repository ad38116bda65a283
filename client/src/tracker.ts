// The tracker: a webview with one row per report of the workspace — title, committee, published and response dates,
// days taken against the norm, counts by stance as a stacked bar, unanswered and open to-dos — and its export as
// Markdown, CSV or Word. The page is drawn here from the server's data: every document text is escaped, the bar is
// inline SVG, the Content Security Policy allows only this page's own style and one script by nonce, and the script
// only posts which row was chosen.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { WorkspaceReport } from '../../server/src/features/overview';
import { STANCE_ORDER, type ShownStance } from '../../server/src/features/stanceNames';
import { countsText } from '../../server/src/features/tracker';
import { writeExport, type Exported } from './exported';
import { reportPlace, type RecommendationsView } from './recommendationsView';

const EXPORT_TRACKER = 'committeeReport/exportTracker';
export const TRACKER_VIEW_TYPE = 'committeeReport.tracker';

/** The stance colours of the bar: theme chart colours, so that they follow the theme (and high contrast). */
const BAR_COLOURS: Record<ShownStance, string> = {
  accepted: 'var(--vscode-charts-green)',
  'accepted-in-principle': 'var(--vscode-charts-green)',
  'accepted-in-part': 'var(--vscode-charts-yellow)',
  'under-consideration': 'var(--vscode-charts-blue)',
  noted: 'var(--vscode-charts-purple)',
  rejected: 'var(--vscode-charts-red)',
  unclear: 'var(--vscode-disabledForeground)',
  'no-response': 'var(--vscode-charts-orange)',
};
/** Patterns as well as colours on the stances most often confused by colour alone. */
const BAR_PATTERN: Partial<Record<ShownStance, string>> = { rejected: 'url(#hatch)', 'no-response': 'url(#dots)' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function nonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stacked bar of one report's counts by stance: inline SVG, each part titled with its count in words. */
export function stanceBar(counts: Partial<Record<ShownStance, number>>): string {
  const total = STANCE_ORDER.reduce((n, { stance }) => n + (counts[stance] ?? 0), 0);
  if (!total) return '';
  let x = 0;
  const parts: string[] = [];
  for (const { stance: s, label: words } of STANCE_ORDER) {
    const n = counts[s] ?? 0;
    if (!n) continue;
    const w = (n / total) * 200;
    const label = `${n} ${words.toLowerCase()}`;
    parts.push(`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="14" fill="${BAR_COLOURS[s]}"><title>${escapeHtml(label)}</title></rect>`);
    if (BAR_PATTERN[s]) parts.push(`<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="14" fill="${BAR_PATTERN[s]}"/>`);
    x += w;
  }
  const words = countsText(counts);
  return `<svg class="bar" width="200" height="14" viewBox="0 0 200 14" role="img" aria-label="${escapeHtml(words)}">${parts.join('')}<rect x="0.5" y="0.5" width="199" height="13" fill="none" class="frame"/></svg><div class="counts">${escapeHtml(words)}</div>`;
}

export function trackerHtml(reports: readonly WorkspaceReport[], cspSource: string, scriptNonce: string, normMonths: number): string {
  const rows = reports.map((r, i) => {
    const o = r.overview;
    const late = o.late ? ' <span class="late">late</span>' : '';
    const days = o.daysTaken === undefined ? (late ? late.trim() : '—') : `${o.daysTaken}${late}`;
    return `<tr>
  <td><a href="#" data-row="${i}">${escapeHtml(o.title)}</a><div class="file">${escapeHtml(reportPlace(r))}</div></td>
  <td>${escapeHtml(o.committee ?? '—')}</td>
  <td>${escapeHtml(o.published ?? '—')}</td>
  <td>${escapeHtml(o.received ?? '—')}</td>
  <td class="num">${days}</td>
  <td class="num">${o.recommendations}</td>
  <td>${stanceBar(o.counts)}</td>
  <td class="num">${o.unanswered}</td>
  <td class="num">${o.openTodos}</td>
</tr>`;
  });
  const empty = `<p>No Committee Report in this workspace yet. Open a Government response (a .txt or .md file) and it appears here.</p>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'nonce-${scriptNonce}'; script-src 'nonce-${scriptNonce}'; img-src ${cspSource} data:;">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Committee Report Tracker</title>
<style nonce="${scriptNonce}">
  body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 16px 16px; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, #8884)); }
  th { position: sticky; top: 0; background: var(--vscode-editor-background); }
  td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
  a { color: var(--vscode-textLink-foreground); }
  a:focus { outline: 1px solid var(--vscode-focusBorder); }
  .file, .counts { color: var(--vscode-descriptionForeground); font-size: 0.9em; }
  .late { color: var(--vscode-errorForeground); font-weight: 600; }
  .frame { stroke: var(--vscode-contrastBorder, var(--vscode-panel-border, #8886)); }
  .actions { margin: 12px 0; display: flex; gap: 8px; }
  button { color: var(--vscode-button-foreground); background: var(--vscode-button-background); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 10px; cursor: pointer; }
  button:hover { background: var(--vscode-button-hoverBackground); }
</style>
</head>
<body>
<h1>Tracker</h1>
<p>${reports.length} report${reports.length === 1 ? '' : 's'}. Days are counted from the report's publication to the Government's response; the norm is ${normMonths} months.</p>
<div class="actions"><button data-export="md">Export as Markdown</button><button data-export="csv">Export as CSV</button><button data-export="docx">Export as Word</button></div>
<svg width="0" height="0" aria-hidden="true"><defs>
  <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse"><path d="M0 4 L4 0" stroke="var(--vscode-editor-background)" stroke-width="1"/></pattern>
  <pattern id="dots" width="4" height="4" patternUnits="userSpaceOnUse"><circle cx="2" cy="2" r="0.8" fill="var(--vscode-editor-background)"/></pattern>
</defs></svg>
${reports.length ? `<table>
<thead><tr><th>Report</th><th>Committee</th><th>Published</th><th>Response</th><th class="num">Days</th><th class="num">Recs</th><th>Stances</th><th class="num">Unanswered</th><th class="num">Open to-dos</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>` : empty}
<script nonce="${scriptNonce}">
  const vscode = acquireVsCodeApi();
  // Kept by VS Code, so that the tracker's tab comes back after a reload.
  vscode.setState({ tracker: true });
  document.addEventListener('click', (e) => {
    const row = e.target.closest('[data-row]');
    if (row) { e.preventDefault(); vscode.postMessage({ open: Number(row.dataset.row) }); }
    const exp = e.target.closest('[data-export]');
    if (exp) vscode.postMessage({ export: exp.dataset.export });
  });
</script>
</body>
</html>`;
}

export class Tracker {
  private panel: vscode.WebviewPanel | undefined;
  private reports: readonly WorkspaceReport[] = [];

  constructor(
    private readonly client: BaseLanguageClient,
    private readonly view: RecommendationsView,
  ) {}

  register(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand('committeeReport.showTracker', () => this.show()),
      vscode.commands.registerCommand('committeeReport.exportTracker', (format?: 'md' | 'csv' | 'docx', target?: vscode.Uri) => this.export(format, target)),
      this.view.onDidInvalidate(() => {
        if (this.panel) void this.render();
      }),
      // The tab left open when the window was closed or reloaded is drawn again.
      vscode.window.registerWebviewPanelSerializer(TRACKER_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => {
          this.adopt(panel);
          await this.render();
        },
      }),
    ];
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.webview.options = { enableScripts: true, localResourceRoots: [] };
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    });
    panel.webview.onDidReceiveMessage((m: { open?: unknown; export?: unknown }) => {
      if (typeof m?.open === 'number' && this.reports[m.open]) void vscode.window.showTextDocument(vscode.Uri.parse(this.reports[m.open].uri));
      if (m?.export === 'md' || m?.export === 'csv' || m?.export === 'docx') void this.export(m.export);
    });
  }

  /** Opens (or shows) the tracker; resolves with the reports it shows. */
  async show(): Promise<readonly WorkspaceReport[]> {
    if (!this.panel) {
      this.adopt(vscode.window.createWebviewPanel(TRACKER_VIEW_TYPE, 'Committee Report Tracker', vscode.ViewColumn.Active, {
        enableScripts: true,
        localResourceRoots: [],
      }));
    } else this.panel.reveal();
    await this.render();
    return this.reports;
  }

  /** The reports the tracker's page shows now. */
  shownReports(): readonly WorkspaceReport[] {
    return this.panel ? this.reports : [];
  }

  private async render(): Promise<void> {
    if (!this.panel) return;
    await this.view.current();
    this.reports = this.view.getReports();
    const months = vscode.workspace.getConfiguration('committeeReport').get<number>('lateResponse.months', 2);
    this.panel.webview.html = trackerHtml(this.reports, this.panel.webview.cspSource, nonce(), months);
  }

  /** Exports the tracker; tests and other extensions can pass the format and the file to skip the questions. */
  async export(format?: 'md' | 'csv' | 'docx', target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const choices = [
      { label: 'Word document', format: 'docx' as const, extension: 'docx' },
      { label: 'Markdown table', format: 'md' as const, extension: 'md' },
      { label: 'CSV', format: 'csv' as const, extension: 'csv' },
    ];
    const choice = format ? choices.find((c) => c.format === format) : await vscode.window.showQuickPick(choices, { title: 'Export Tracker: choose a format' });
    if (!choice) return undefined;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const uri = target ?? (await vscode.window.showSaveDialog({
      title: 'Export Tracker',
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, `tracker.${choice.extension}`) } : {}),
      filters: { [choice.label]: [choice.extension] },
    }));
    if (!uri) return undefined;
    const content = await this.client.sendRequest<Exported>(EXPORT_TRACKER, { format: choice.format });
    return writeExport('Tracker', uri, content, !target, 'The tracker could not be made.');
  }
}
