import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeWorldMap } from '../../../src/charts/map/makeWorldMap.ts';
import { mapFrame, mapHitSize } from '../../../src/charts/map/mapFrame.ts';
import { worldMapAsset } from '../../../src/charts/map/worldMapAsset.ts';
import { worldMapFile, worldMapJson, worldMapSources } from '../../../src/charts/map/worldMapSources.ts';
import { contentModel } from './chartModels.ts';

const states = contentModel().reference.countries.items;
const numericOf = (alpha3: string) => states.find((s) => s.alpha3 === alpha3)!.numeric;

describe('the committed world map (src/charts/map/world-map.json)', () => {
  it('is what `npm run map` makes from the installed world-atlas and the list of States', () => {
    const { countries50m, countries10m, stateIds } = worldMapSources();
    const made = worldMapJson(makeWorldMap(countries50m, countries10m, stateIds));
    expect(readFileSync(worldMapFile, 'utf8') === made, 'src/charts/map/world-map.json differs from what the script makes: run `npm run map`').toBe(true);
  }, 30_000);

  it('draws every State, as a shape or a marker, and keeps the territories without a code', () => {
    const shapes = new Set(worldMapAsset.shapes.map((s) => s.id));
    const markers = new Set(worldMapAsset.markers.map((m) => m.id));
    expect(states.filter((s) => !shapes.has(s.numeric) && !markers.has(s.numeric))).toEqual([]);
    expect(shapes.has(null)).toBe(true);
    expect(worldMapAsset.shapes.find((s) => s.id === null)?.d.split('M').length).toBeGreaterThan(3);
  });

  it('draws the small island States as markers, Tuvalu (absent at 1:50m) included', () => {
    const markers = new Set(worldMapAsset.markers.map((m) => m.id));
    const small = ['TUV', 'KIR', 'NRU', 'PLW', 'MHL', 'FSM', 'TON', 'WSM', 'COM', 'LCA', 'VCT', 'KNA', 'GRD', 'DMA', 'BRB', 'ATG'];
    expect(small.filter((a) => !markers.has(numericOf(a)))).toEqual([]);
    expect(worldMapAsset.shapes.some((s) => s.id === numericOf('TUV'))).toBe(false);
    // Large States are shapes only.
    expect(markers.has(numericOf('BRA'))).toBe(false);
  });

  it('places markers so that no two link targets overlap, inside the map', () => {
    const { markers, width, height, hitSize } = worldMapAsset;
    expect(hitSize).toBe(mapHitSize);
    expect(hitSize * (mapFrame.minCssWidth / mapFrame.width)).toBeGreaterThanOrEqual(24);
    markers.forEach((a, i) => {
      expect(a.place[0]).toBeGreaterThanOrEqual(hitSize / 2 - 1);
      expect(a.place[0]).toBeLessThanOrEqual(width - hitSize / 2 + 1);
      expect(a.place[1]).toBeGreaterThanOrEqual(hitSize / 2 - 1);
      expect(a.place[1]).toBeLessThanOrEqual(height - hitSize / 2 + 1);
      for (const b of markers.slice(i + 1)) expect(Math.hypot(a.place[0] - b.place[0], a.place[1] - b.place[1]), `${a.id} and ${b.id}`).toBeGreaterThanOrEqual(hitSize - 1);
    });
  });

  it('is small: whole units, simplified, under 80 kB', () => {
    expect(readFileSync(worldMapFile, 'utf8').length).toBeLessThan(80_000);
    expect(worldMapAsset.shapes.every((s) => /^(M-?\d+ -?\d+(l[-\d ]*)?z)+$/.test(s.d))).toBe(true);
  });
});
