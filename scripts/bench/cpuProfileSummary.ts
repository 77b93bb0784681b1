/**
 * Reads the .cpuprofile files Node writes with --cpu-prof and names where
 * the time goes: the functions with the most self time, the functions with
 * the most inclusive time (everything they call), and self time per source
 * (the site's src/ files, each package of node_modules, Node itself, GC).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './benchPaths.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  self: ProfileEntry[];
  inclusive: ProfileEntry[];
  bySource: ProfileEntry[];
}

/** "src/components/PledgeTable.astro", "astro", "zod", "(node)", "(garbage collector)". */
function sourceOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const file = url.startsWith('file://') ? decodeURIComponent(new URL(url).pathname) : url;
  const modules = file.lastIndexOf('/node_modules/');
  if (modules !== -1) {
    const parts = file.slice(modules + '/node_modules/'.length).split('/');
    return parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : (parts[0] ?? file);
  }
  if (file.startsWith('node:')) return '(node)';
  const relative = path.relative(projectRoot, file);
  return relative.startsWith('..') ? file : relative;
}

function keyOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${sourceOf(url, functionName)}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${where ? ` ${where}` : ''}`;
}

function top(map: Map<string, number>, totalMs: number, count: number): ProfileEntry[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, us]) => ({ name, ms: us / 1000, share: us / 1000 / totalMs }));
}

export function summarizeProfile(file: string, count = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const bySource = new Map<string, number>();
  const stackKeys = new Map<number, string[]>();
  const keysOf = (id: number): string[] => {
    const known = stackKeys.get(id);
    if (known) return known;
    const keys = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && node.callFrame.functionName !== '(root)') keys.add(keyOf(node));
    }
    const list = [...keys];
    stackKeys.set(id, list);
    return list;
  };
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    if (!node) return;
    totalUs += delta;
    const key = keyOf(node);
    self.set(key, (self.get(key) ?? 0) + delta);
    const source = sourceOf(node.callFrame.url, node.callFrame.functionName);
    bySource.set(source, (bySource.get(source) ?? 0) + delta);
    for (const k of keysOf(id)) inclusive.set(k, (inclusive.get(k) ?? 0) + delta);
  });
  const totalMs = totalUs / 1000;
  return { file, totalMs, self: top(self, totalMs, count), inclusive: top(inclusive, totalMs, count), bySource: top(bySource, totalMs, count) };
}

/** Summaries of every profile in `dir`, largest first. */
export function summarizeProfiles(dir: string, count = 25): ProfileSummary[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => summarizeProfile(path.join(dir, name), count))
    .sort((a, b) => b.totalMs - a.totalMs);
}

export function formatProfile(summary: ProfileSummary): string {
  const line = (e: ProfileEntry) => `  ${(e.ms / 1000).toFixed(1).padStart(7)} s ${(e.share * 100).toFixed(1).padStart(5)} %  ${e.name}`;
  return [
    `CPU profile ${summary.file}: ${(summary.totalMs / 1000).toFixed(1)} s sampled`,
    'Self time by source:',
    ...summary.bySource.map(line),
    'Functions by self time:',
    ...summary.self.map(line),
    'Functions by inclusive time (with everything they call):',
    ...summary.inclusive.map(line),
  ].join('\n');
}
