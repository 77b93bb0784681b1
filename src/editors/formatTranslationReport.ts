import { locales } from '../i18n/locales.ts';
import { countEntries, countUi, needsAttention, type TranslationCounts, type TranslationReport } from './translationReport.ts';
import type { EntryStatus, LanguageStatus, TranslationState, UiFileStatus } from './translationStatus.ts';

const stateWords: Record<TranslationState, string> = { current: 'up to date', stale: 'STALE', unrecorded: 'not recorded' };

function cell(entry: EntryStatus, status: LanguageStatus): string {
  if (status.role === 'missing') return '-';
  if (status.role === 'original') return entry.kind === 'document' ? 'published' : 'original';
  return entry.kind === 'document' ? `${stateWords[status.state]} (from ${status.from})` : stateWords[status.state];
}

function table(title: string, entries: readonly EntryStatus[], onlyAttention: boolean): string[] {
  const shown = onlyAttention ? entries.filter(needsAttention) : entries;
  const rows = shown.map((entry) => [entry.id, ...locales.map((lang) => cell(entry, entry.languages[lang]))]);
  const header = [title, ...locales];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => row.map((text, i) => text.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  const hidden = entries.length - shown.length;
  return [
    line(header),
    ...rows.map(line),
    ...(rows.length === 0 ? ['  (none needs attention)'] : []),
    ...(hidden > 0 ? [`  … and ${hidden} up to date (without --todo, all are listed)`] : []),
  ];
}

function uiLine(file: UiFileStatus): string {
  const parts = [`${file.current} up to date`];
  const keys = (list: string[]) => `${list.slice(0, 8).join(', ')}${list.length > 8 ? `, … ${list.length - 8} more` : ''}`;
  if (file.stale.length) parts.push(`${file.stale.length} STALE (${keys(file.stale)})`);
  if (file.unrecorded.length) parts.push(`${file.unrecorded.length} not recorded (${keys(file.unrecorded)})`);
  return `  ${file.file}: ${file.strings} strings: ${parts.join(', ')}`;
}

function counts(c: TranslationCounts): string {
  return `${c.current} up to date, ${c.stale} stale, ${c.unrecorded} not recorded`;
}

/** Every stale translation, as the command that records it once it is updated, with its language and source. */
function staleList(report: TranslationReport): string[] {
  const mark = 'npm run translations -- --mark';
  const lines: string[] = [];
  for (const entry of [...report.documents, ...report.focusAreas, ...report.pledges]) {
    for (const lang of locales) {
      const status = entry.languages[lang];
      if (status.role !== 'translation' || status.state !== 'stale') continue;
      const command = entry.kind === 'document' ? `${mark} ${entry.files[lang] ?? entry.id}` : `${mark} ${entry.files[lang] ?? entry.id} --lang ${lang}`;
      lines.push(`  ${command}   (${lang}, translated from ${status.from})`);
    }
  }
  for (const file of report.ui) for (const key of file.stale) lines.push(`  ${mark} ${file.file} --key ${key}`);
  return lines;
}

/**
 * The report as plain text for the terminal: a line per document, focus
 * area and pledge with the state of each language, the UI string files,
 * and the stale translations to update.
 */
export function formatTranslationReport(report: TranslationReport, options: { onlyAttention?: boolean } = {}): string {
  const onlyAttention = options.onlyAttention ?? false;
  const entries = countEntries([...report.documents, ...report.focusAreas, ...report.pledges]);
  const ui = countUi(report.ui);
  const stale = staleList(report);
  return [
    `Translations of documents, focus areas and pledges: ${counts(entries)}; ${entries.missing} language version(s) missing.`,
    `UI strings: ${counts(ui)}.`,
    'up to date: made from the source as it is; STALE: the source changed since; not recorded: nobody recorded its source; -: no text in that language.',
    '',
    ...table('DOCUMENTS', report.documents, onlyAttention),
    '',
    ...table('FOCUS AREAS', report.focusAreas, onlyAttention),
    '',
    ...table('PLEDGES (title and summary)', report.pledges, onlyAttention),
    '',
    'UI STRINGS',
    ...report.ui.map(uiLine),
    '',
    ...(stale.length
      ? ['Stale translations: update each from its source, then record that it is up to date:', ...stale]
      : ['No stale translation.']),
  ].join('\n');
}
