// Today, for what depends on it (whether a commitment is overdue). One place the tests set: COMMITTEE_REPORT_TODAY
// ("2026-12-03") in the environment of the tests, the server or the command-line tool, or `clock.now` directly.

/** Noon of COMMITTEE_REPORT_TODAY, when it holds a date. */
function today(env: Record<string, string | undefined> | undefined): number | undefined {
  const t = env?.COMMITTEE_REPORT_TODAY ? Date.parse(`${env.COMMITTEE_REPORT_TODAY}T12:00:00Z`) : NaN;
  return Number.isFinite(t) ? t : undefined;
}

const fixed = today(typeof process === 'undefined' ? undefined : process.env);

export const clock = {
  now: (): number => fixed ?? Date.now(),
};

/** Sets the clock from COMMITTEE_REPORT_TODAY when it holds a date. */
export function clockFromEnvironment(env: Record<string, string | undefined>): void {
  const t = today(env);
  if (t !== undefined) clock.now = () => t;
}
