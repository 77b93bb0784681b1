import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';
import type { WorldMapAsset } from './worldMapAsset.ts';
import type { CountriesTopology } from './makeWorldMap.ts';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Where the committed map lives. */
export const worldMapFile = path.join(root, 'src', 'charts', 'map', 'world-map.json');

/** What the map is made from: world-atlas' 1:50m and 1:10m countries, and the States of content/reference/countries.yaml. */
export function worldMapSources(): { countries50m: CountriesTopology; countries10m: CountriesTopology; stateIds: string[] } {
  const read = (file: string) => JSON.parse(readFileSync(require.resolve(`world-atlas/${file}`), 'utf8')) as CountriesTopology;
  const countries = load(readFileSync(path.join(root, 'content', 'reference', 'countries.yaml'), 'utf8')) as { items: { numeric: string }[] };
  return { countries50m: read('countries-50m.json'), countries10m: read('countries-10m.json'), stateIds: countries.items.map((c) => c.numeric) };
}

/** The map as JSON, one shape or marker a line (so that a change shows as a readable diff). */
export function worldMapJson(asset: WorldMapAsset): string {
  const { shapes, markers, ...head } = asset;
  const lines = (items: readonly unknown[]) => items.map((item) => `  ${JSON.stringify(item)}`).join(',\n');
  const top = JSON.stringify(head, null, 1).slice(0, -2);
  return `${top},\n "shapes": [\n${lines(shapes)}\n ],\n "markers": [\n${lines(markers)}\n ]\n}\n`;
}
