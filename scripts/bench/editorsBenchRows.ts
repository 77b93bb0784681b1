/**
 * The editors' commands at N pledges: `npm run check`'s content check (the
 * part that grows with the content; `astro check`, the other part, checks the
 * code) and `npm run translations`, each run once on the synthetic content.
 */
import path from 'node:path';
import { benchPaths, binDir, projectRoot } from './benchPaths.ts';
import { formatSeconds, type BenchRow } from './benchTable.ts';
import { runTimed, type StepResult } from './runTimed.ts';

/** `npm run check`'s content check must answer an editor within this time. */
export const contentCheckTargetSeconds = 10;

export interface EditorsMeasures {
  check: StepResult;
  translations: StepResult;
}

export async function measureEditorsCommands(): Promise<EditorsMeasures> {
  const node = path.join(binDir, 'node');
  const options = { cwd: projectRoot, env: { P2C_CONTENT_DIR: benchPaths.content } };
  const check = await runTimed('content-check', node, ['scripts/check-content.ts'], options);
  const translations = await runTimed('translations', node, ['scripts/translations.ts', '--content', benchPaths.content], options);
  return { check, translations };
}

const cpu = (step: StepResult) => (step.cpuSeconds === undefined ? '' : `, CPU ${formatSeconds(step.cpuSeconds)}`);
const failed = (step: StepResult) => (step.exitCode === 0 ? '' : ` — FAILED (exit ${step.exitCode}, log ${step.logFile})`);

export function editorsRows(m: EditorsMeasures): BenchRow[] {
  return [
    {
      section: 'editors',
      metric: 'content check (npm run check without astro check)',
      value: `${formatSeconds(m.check.seconds)}${cpu(m.check)}${failed(m.check)}`,
      target: `< ${contentCheckTargetSeconds} s`,
      ok: m.check.exitCode === 0 && m.check.seconds < contentCheckTargetSeconds,
      ...(m.check.exitCode === 0 ? {} : { note: 'check failed' }),
    },
    { section: 'editors', metric: 'translation report (npm run translations)', value: `${formatSeconds(m.translations.seconds)}${cpu(m.translations)}${failed(m.translations)}` },
  ];
}
