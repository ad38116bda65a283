// commitment-overdue: a commitment whose last due day has passed, and which no "@kept:" or "@missed:" line settles.
import type { Report } from '../../model';
import { clock } from '../clock';
import { commitmentStatuses, dayText, findCommitments } from '../commitments';
import type { Finding } from './types';

export function overdueCommitments(report: Report, now: number = clock.now()): Finding[] {
  const statuses = commitmentStatuses(report, now);
  return findCommitments(report, now).flatMap((c, i): Finding[] => {
    if (statuses[i].state !== 'overdue' || !c.due) return [];
    const progress = statuses[i].said ? ` The last progress noted: "${statuses[i].said}".` : '';
    return [
      {
        code: 'commitment-overdue',
        range: c.range,
        message: `This commitment was due by ${dayText(c.due.to)} ("${c.due.text}"): ${c.who} will ${c.action}. Nothing here says whether it was kept.${progress} Add "@kept: …" or "@missed: …" under its paragraph.`,
        data: { fix: 'settle', line: c.endLine },
      },
    ];
  });
}
