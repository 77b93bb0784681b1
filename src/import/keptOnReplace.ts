import type { Pledge } from '../schemas/pledge.ts';
import type { PledgeInput } from './pledgeFromRow.ts';

/**
 * When a row replaces an existing pledge, keeps what the CSV has no column
 * for, so replacing never drops it unseen: the dated progress updates, the
 * recorded source versions of its translations, and the source of the
 * exchange rate when the row keeps the same currency and rate date. Returns the pledge to validate and what was kept, for the summary.
 */
export function keepOnReplace(input: PledgeInput, existing: Pledge): { input: PledgeInput; kept: string[] } {
  const kept: string[] = [];
  let result = input;
  if (existing.updates.length > 0) {
    result = { ...result, updates: existing.updates };
    kept.push(`its ${existing.updates.length} progress update${existing.updates.length === 1 ? '' : 's'}`);
  }
  if (existing.sourceVersions && Object.keys(existing.sourceVersions).length > 0) {
    // Kept as recorded: if the row changes the original title or summary, the translation report shows the translations as stale.
    result = { ...result, sourceVersions: existing.sourceVersions };
    kept.push('the recorded sources of its translations');
  }
  const before = existing.estimatedValue;
  const after = result.estimatedValue;
  if (before?.rateSource && after && after.currency === before.currency && after.rateDate === before.rateDate) {
    result = { ...result, estimatedValue: { ...after, rateSource: before.rateSource } };
    kept.push('its exchange-rate source');
  }
  return { input: result, kept };
}
