/**
 * Time Astro spent on each route, from its build log ("├─ /en/pledges/x/index.html (+3ms)"),
 * summed per page template; other files (feeds, /data/ exports) are grouped by folder.
 */
import { pagePathOf, templateOf, templateOrder } from './pageTemplates.ts';

export interface RenderTime {
  template: string;
  routes: number;
  seconds: number;
  msPerRoute: number;
}

/** Groups a non-HTML output file: /en/pledgers/x/feed.xml → "feeds: pledgers/*", /data/pledges/x.json → "data: pledges/*". */
function fileGroup(file: string): string {
  const parts = file.split('/').filter(Boolean);
  const localized = /^(?:en|fr|ar)$/.test(parts[0] ?? '');
  const rest = localized ? parts.slice(1) : parts;
  const name = rest.at(-1) ?? file;
  if (name.endsWith('.xml') && name.includes('feed')) return rest.length > 1 ? `feed: ${rest[0]}/*` : 'feed: site';
  if (rest[0] === 'data') return rest.length > 2 ? `data: ${rest[1]}/*` : `data: ${name}`;
  return `file: ${rest.length > 1 ? `${rest[0]}/*` : name}`;
}

export function renderTimes(astroLog: string): RenderTime[] {
  const groups = new Map<string, { routes: number; ms: number }>();
  for (const match of astroLog.matchAll(/[├└]─ (\S+) \(\+(\d+)ms\)/g)) {
    const file = (match[1] ?? '').replace(/^\//, '');
    const ms = Number(match[2]);
    const template = file.endsWith('.html') ? templateOf(pagePathOf(file)) : fileGroup(file);
    const group = groups.get(template) ?? { routes: 0, ms: 0 };
    group.routes += 1;
    group.ms += ms;
    groups.set(template, group);
  }
  return [...groups.entries()]
    .map(([template, g]) => ({ template, routes: g.routes, seconds: g.ms / 1000, msPerRoute: g.ms / g.routes }))
    .sort((a, b) => b.seconds - a.seconds || templateOrder(a.template, b.template));
}
