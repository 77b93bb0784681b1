import type { ContentIssue } from './contentIssue.ts';
import type { ContentSet } from './loadContent.ts';

/**
 * Things an editor should look at that do not stop the build: a fact that a date has
 * overtaken. A graduation recorded as scheduled whose date has passed (on the build's
 * "as of" date) must be confirmed, or its new date recorded.
 */
export function contentWarnings(content: Pick<ContentSet, 'reference'>, asOf: string): ContentIssue[] {
  const warnings: ContentIssue[] = [];
  content.reference['group-membership'].items.forEach((item, index) => {
    if (item.untilStatus === 'scheduled' && item.until !== undefined && item.until <= asOf) {
      warnings.push({
        file: 'content/reference/group-membership.yaml',
        field: `items.${index}`,
        expected: `an outcome for ${item.country} (${item.group}): its scheduled date ${item.until} (${(typeof item.untilBasis === 'object' ? item.untilBasis.en : item.untilBasis) ?? 'no basis given'}) has passed on ${asOf}; once it is confirmed, write "untilStatus: confirmed", or record the new date if it was deferred`,
      });
    }
  });
  return warnings;
}

/** Writes warnings for the terminal, one line each. */
export function formatWarnings(warnings: readonly ContentIssue[]): string {
  return [
    `Content check: ${warnings.length} warning${warnings.length === 1 ? '' : 's'} (they do not stop the build).`,
    ...warnings.map((w) => `  ! ${w.file}${w.line ? `:${w.line}` : ''}:${w.field ? ` field "${w.field}":` : ''} expected ${w.expected}`),
  ].join('\n');
}
