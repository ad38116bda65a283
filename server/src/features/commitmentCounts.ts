// A report's commitments counted by where they stand, and said in words: apart from the rest, so that the Word
// writer (a bundle of its own) can say them without the model.

export interface CommitmentCounts {
  total: number;
  due: number;
  overdue: number;
  kept: number;
  missed: number;
}

/** "5 (1 due, 2 overdue, 1 kept)", or "" when there are none. */
export function commitmentCountsText(c: CommitmentCounts | undefined): string {
  if (!c?.total) return '';
  const parts = [c.due && `${c.due} due`, c.overdue && `${c.overdue} overdue`, c.kept && `${c.kept} kept`, c.missed && `${c.missed} missed`].filter(Boolean);
  return `${c.total}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}
