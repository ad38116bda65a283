// Annotations grouped by the recommendation they belong to, and the tags and to-dos they carry.
import type { Annotation, Report } from '../model';

const cache = new WeakMap<Report, Annotation[][]>();

export function annotationsByRecommendation(report: Report): Annotation[][] {
  let found = cache.get(report);
  if (!found) {
    found = report.recommendations.map(() => []);
    for (const a of report.annotations) if (a.recommendation !== undefined) found[a.recommendation].push(a);
    cache.set(report, found);
  }
  return found;
}

export function tagsOf(annotations: readonly Annotation[]): string[] {
  const out: string[] = [];
  for (const a of annotations) {
    if (a.kind !== 'tags') continue;
    for (const t of a.value.split(',')) {
      const tag = t.trim();
      if (tag && !out.includes(tag)) out.push(tag);
    }
  }
  return out;
}

export function openTodos(annotations: readonly Annotation[]): Annotation[] {
  return annotations.filter((a) => a.kind === 'todo');
}

/** Every tag used in the given reports, for completion. */
export function allTags(reports: readonly Report[]): string[] {
  const out = new Set<string>();
  for (const r of reports) for (const t of tagsOf(r.annotations)) out.add(t);
  return [...out].sort((a, b) => a.localeCompare(b));
}
