/**
 * axe-core in a page of the built site: the site's accessibility target, WCAG 2.0, 2.1 and 2.2 at
 * levels A and AA. Used by the template, search and charts accessibility tests.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe-core's script, to inject into a page or a browser context (addInitScript). */
export const axePath = path.resolve('node_modules/axe-core/axe.min.js');

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/** Runs axe-core in the page and returns one readable line per failing element, starting with `label`. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = (await page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations;
  }, wcagTags)) as AxeViolation[];
  return violations.flatMap((v) =>
    v.nodes.map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `${label}: ${v.id} (${v.impact ?? 'no impact'}) ${JSON.stringify(node.target)} ${node.html.slice(0, 160)} | ${v.help}. ${summary}`;
    }),
  );
}
