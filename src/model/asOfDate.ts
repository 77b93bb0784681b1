import { execFileSync } from 'node:child_process';

let memo: string | undefined;

/** Day (YYYY-MM-DD, UTC) of a Unix time in seconds. */
export function dayOfEpoch(seconds: number): string {
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/**
 * The one "as of" date of a build (YYYY-MM-DD): the day the site describes, used for
 * stale flags, current group membership, totals and the feeds' `updated`. Never the
 * clock, so that two builds of one commit are identical:
 * 1. `P2C_AS_OF` (YYYY-MM-DD), for tests that need a given day;
 * 2. `SOURCE_DATE_EPOCH` (seconds, the reproducible-builds convention), which the daily
 *    scheduled build sets so that a dated fact (a graduation) appears without a commit;
 * 3. the date of the last commit.
 * Read once per process.
 */
export function asOfDate(): string {
  memo ??= readAsOfDate(process.env);
  return memo;
}

/** The "as of" date from an environment (see asOfDate); throws a plain message when none can be found. */
export function readAsOfDate(env: Record<string, string | undefined>, lastCommit: () => string | undefined = lastCommitEpoch): string {
  const fixed = env.P2C_AS_OF;
  if (fixed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(fixed))) throw new Error(`P2C_AS_OF must be a date written YYYY-MM-DD, got "${fixed}"`);
    return fixed;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch) {
    if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH must be a Unix time in whole seconds, got "${epoch}"`);
    return dayOfEpoch(Number(epoch));
  }
  const committed = lastCommit();
  if (committed && /^\d+$/.test(committed)) return dayOfEpoch(Number(committed));
  throw new Error('No "as of" date: set SOURCE_DATE_EPOCH (seconds since 1970) or build from a git checkout, whose last commit date is used.');
}

/** Unix time of the last commit, or undefined outside a git checkout. */
function lastCommitEpoch(): string | undefined {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}
