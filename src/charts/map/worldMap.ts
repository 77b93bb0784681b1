import { legendRows, type LegendGeometry } from '../barChart.ts';
import type { ChartDir } from '../marks.ts';
import { mirrorRect, mirrorText } from '../marks.ts';
import type { ChartClass } from '../palette.ts';
import { classOf, type MapClass } from './mapClasses.ts';
import { mapFrame } from './mapFrame.ts';
import type { MapMarker, MapShape, WorldMapAsset } from './worldMapAsset.ts';

/** A State with pledges: it is a link to its page. */
export interface MapEntry {
  /** ISO 3166-1 numeric code (the map's ids). */
  numeric: string;
  alpha3: string;
  pledges: number;
  href: string;
  /** Name and count, the link's <title>. */
  title: string;
}

export interface WorldMapOptions {
  dir: ChartDir;
  /** Labels of the legend: "no pledges", then one per class. */
  classLabels: readonly string[];
  noDataLabel: string;
  /** Label of the legend's circle (small States drawn as circles). */
  markerLabel: string;
  fontSize?: number;
}

/** One linked State: its shape, its marker (small States) and an invisible area that makes the link at least mapHitSize square. */
export interface LinkedState {
  alpha3: string;
  href: string;
  title: string;
  pledges: number;
  className: ChartClass;
  markerClass: ChartClass;
  d: string | undefined;
  marker: MapMarker | undefined;
  hit: { kind: 'rect'; x: number; y: number; width: number; height: number } | { kind: 'circle'; cx: number; cy: number; r: number } | undefined;
  /** Area drawn, to paint large States first and small ones (and their hit areas) over them. */
  area: number;
}

export interface WorldMapGeometry {
  width: number;
  /** Height of the whole figure: the map and the legend under it. */
  height: number;
  mapHeight: number;
  sphere: string;
  /** Territories without a code, or not in the list of States: drawn without data, in one path. */
  noData: string;
  /** States without pledges, in one path, and their markers. */
  none: string;
  noneMarkers: MapMarker[];
  /** States with pledges, large first. */
  linked: LinkedState[];
  markerRadius: number;
  legend: (LegendGeometry & { marker?: boolean })[];
}

/** The asset's shapes and markers by id, read once per process. */
const indexes = new WeakMap<WorldMapAsset, { shapes: Map<string | null, MapShape>; markers: Map<string, MapMarker> }>();

function indexOf(asset: WorldMapAsset) {
  let index = indexes.get(asset);
  if (!index) {
    index = { shapes: new Map(asset.shapes.map((s) => [s.id, s])), markers: new Map(asset.markers.map((m) => [m.id, m])) };
    indexes.set(asset, index);
  }
  return index;
}

function hitArea(shape: MapShape | undefined, marker: MapMarker | undefined, asset: WorldMapAsset): LinkedState['hit'] {
  const size = asset.hitSize;
  if (marker) return { kind: 'circle', cx: marker.place[0], cy: marker.place[1], r: size / 2 };
  if (!shape) return undefined;
  const [x0, y0, x1, y1] = shape.box;
  if (x1 - x0 >= size && y1 - y0 >= size) return undefined;
  const width = Math.max(size, x1 - x0);
  const height = Math.max(size, y1 - y0);
  const x = Math.min(asset.width - width, Math.max(0, (x0 + x1) / 2 - width / 2));
  const y = Math.min(asset.height - height, Math.max(0, (y0 + y1) / 2 - height / 2));
  return { kind: 'rect', x, y, width, height };
}

/**
 * The world map shaded by pledges per country. Every State of `states` is drawn: as its shape,
 * and as a circle marker when the shape is absent or tiny (the asset's markers). States with
 * pledges are links, each covering at least mapHitSize × mapHitSize units. The map itself is
 * never mirrored (it is geography); its legend, under it, reads from the right in Arabic.
 */
export function worldMap(asset: WorldMapAsset, states: readonly { numeric: string; alpha3: string }[], entries: readonly MapEntry[], classes: readonly MapClass[], options: WorldMapOptions): WorldMapGeometry {
  const { shapes, markers } = indexOf(asset);
  const stateIds = new Set(states.map((s) => s.numeric));
  for (const state of states) {
    if (!shapes.has(state.numeric) && !markers.has(state.numeric)) {
      throw new Error(`src/charts/map/world-map.json: no shape or marker for ${state.alpha3} (numeric ${state.numeric}); run \`npm run map\` after changing content/reference/countries.yaml`);
    }
  }
  const withPledges = new Map(entries.map((e) => [e.numeric, e]));

  const noData = asset.shapes.filter((s) => s.id === null || !stateIds.has(s.id)).map((s) => s.d).join('');
  const none = asset.shapes.filter((s) => s.id !== null && stateIds.has(s.id) && !withPledges.has(s.id)).map((s) => s.d).join('');
  const noneMarkers = asset.markers.filter((m) => stateIds.has(m.id) && !withPledges.has(m.id));

  const linked = entries
    .map((entry): LinkedState => {
      const shape = shapes.get(entry.numeric);
      const marker = markers.get(entry.numeric);
      const index = classOf(entry.pledges, classes);
      return {
        alpha3: entry.alpha3,
        href: entry.href,
        title: entry.title,
        pledges: entry.pledges,
        className: `chart-map-${index}` as ChartClass,
        markerClass: `chart-marker-${index}` as ChartClass,
        d: shape?.d,
        marker,
        hit: hitArea(shape, marker, asset),
        area: marker ? 0 : (shape?.area ?? 0),
      };
    })
    .sort((a, b) => b.area - a.area || a.alpha3.localeCompare(b.alpha3));

  const size = options.fontSize ?? 16;
  const items = [
    { label: options.classLabels[0] ?? '', className: 'chart-map-0' as ChartClass },
    ...classes.map((c) => ({ label: options.classLabels[c.index] ?? '', className: `chart-map-${c.index}` as ChartClass })),
    { label: options.noDataLabel, className: 'chart-swatch-nodata' as ChartClass },
    { label: options.markerLabel, className: 'chart-marker-0' as ChartClass },
  ];
  const legendTop = asset.height + 8;
  const { marks, bottom } = legendRows(items, asset.width, size, legendTop);
  const legend = marks.map((mark, i) => {
    const entry = i === items.length - 1 ? { ...mark, marker: true } : mark;
    return options.dir === 'rtl' ? { ...entry, swatch: mirrorRect(entry.swatch, asset.width), label: mirrorText(entry.label, asset.width) } : entry;
  });

  return {
    width: asset.width,
    height: Math.ceil(bottom),
    mapHeight: asset.height,
    sphere: asset.sphere,
    noData,
    none,
    noneMarkers,
    linked,
    markerRadius: mapFrame.markerRadius,
    legend,
  };
}
