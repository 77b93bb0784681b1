import { describe, expect, it } from 'vitest';
import { mapClasses } from '../../../src/charts/map/mapClasses.ts';
import { worldMap, type MapEntry } from '../../../src/charts/map/worldMap.ts';
import { worldMapAsset, type WorldMapAsset } from '../../../src/charts/map/worldMapAsset.ts';
import { contentModel } from './chartModels.ts';

const states = contentModel().reference.countries.items;
const state = (alpha3: string) => states.find((s) => s.alpha3 === alpha3)!;
const entry = (alpha3: string, pledges: number): MapEntry => ({ numeric: state(alpha3).numeric, alpha3, pledges, href: `/en/countries/${alpha3.toLowerCase()}/`, title: `${alpha3}: ${pledges}` });
const options = { dir: 'ltr' as const, classLabels: ['No pledges', '1', '2', '3'], noDataLabel: 'No data', markerLabel: 'Small State' };
const entries = [entry('BRA', 3), entry('TUV', 1), entry('LCA', 2), entry('RWA', 1), entry('BDI', 2)];
const classes = mapClasses(entries.map((e) => e.pledges));

describe('worldMap', () => {
  const map = worldMap(worldMapAsset, states, entries, classes, options);

  it('makes each State with pledges a link in the class of its count, large States first', () => {
    expect(map.linked.map((l) => [l.alpha3, l.className])).toEqual([
      ['BRA', 'chart-map-3'],
      ['RWA', 'chart-map-1'],
      ['BDI', 'chart-map-2'],
      ['LCA', 'chart-map-2'],
      ['TUV', 'chart-map-1'],
    ]);
    expect(map.linked.find((l) => l.alpha3 === 'TUV')).toMatchObject({ d: undefined, markerClass: 'chart-marker-1', href: '/en/countries/tuv/' });
    expect(map.linked.find((l) => l.alpha3 === 'TUV')?.marker).toBeDefined();
  });

  it('gives every link at least the hit size: an invisible rectangle for small shapes, a circle for markers', () => {
    const size = worldMapAsset.hitSize;
    expect(map.linked.find((l) => l.alpha3 === 'BRA')?.hit).toBeUndefined();
    const rwanda = map.linked.find((l) => l.alpha3 === 'RWA')?.hit;
    expect(rwanda).toMatchObject({ kind: 'rect', width: size, height: size });
    expect(map.linked.find((l) => l.alpha3 === 'TUV')?.hit).toMatchObject({ kind: 'circle', r: size / 2 });
    for (const linked of map.linked) {
      const hit = linked.hit;
      if (!hit) continue;
      if (hit.kind === 'rect') {
        expect(hit.x).toBeGreaterThanOrEqual(0);
        expect(hit.x + hit.width).toBeLessThanOrEqual(worldMapAsset.width);
      }
    }
  });

  it('draws States without pledges in one path and territories without data in another', () => {
    const franceShape = worldMapAsset.shapes.find((s) => s.id === state('FRA').numeric)!.d;
    expect(map.none).toContain(franceShape);
    const noCode = worldMapAsset.shapes.find((s) => s.id === null)!.d;
    expect(map.noData).toContain(noCode);
    const greenland = worldMapAsset.shapes.find((s) => s.id === '304')!.d;
    expect(map.noData).toContain(greenland);
    expect(map.none).not.toContain(worldMapAsset.shapes.find((s) => s.id === state('BRA').numeric)!.d);
    expect(map.noneMarkers.some((m) => m.id === state('BRB').numeric)).toBe(true);
    expect(map.noneMarkers.some((m) => m.id === state('TUV').numeric)).toBe(false);
  });

  it('puts a legend under the map: no pledges, each class, no data and the markers; right to left in Arabic', () => {
    expect(map.legend.map((l) => l.label.lines[0])).toEqual(['No pledges', '1', '2', '3', 'No data', 'Small State']);
    expect(map.legend.every((l) => l.swatch.y > map.mapHeight)).toBe(true);
    expect(map.height).toBeGreaterThan(map.mapHeight);
    const rtl = worldMap(worldMapAsset, states, entries, classes, { ...options, dir: 'rtl' });
    expect(rtl.legend[0]!.swatch.x).toBeGreaterThan(rtl.legend[1]!.swatch.x);
    expect(rtl.legend[0]!.label.anchor).toBe('right');
    // The map itself is geography: never mirrored.
    expect(rtl.linked).toEqual(map.linked);
  });

  it('refuses a list of States the map cannot draw, naming the State and the fix', () => {
    const without: WorldMapAsset = { ...worldMapAsset, markers: worldMapAsset.markers.filter((m) => m.id !== state('TUV').numeric) };
    expect(() => worldMap(without, states, [], [], options)).toThrow(/TUV.*npm run map/);
  });
});
