import { forceCollide, forceSimulation, forceX, forceY, geoCentroid, geoPath, type SimulationNodeDatum } from 'd3';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { compactPath, ringArea, roundRing, type Ring } from './compactPath.ts';
import { mapFrame, mapHitSize, mapProjection } from './mapFrame.ts';
import type { MapMarker, MapShape, WorldMapAsset } from './worldMapAsset.ts';

/** A world-atlas topology (countries-50m.json, countries-10m.json): one object `countries`, ids are ISO 3166-1 numeric codes. */
export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

type Point = [number, number];

function features(topology: CountriesTopology): Feature<Geometry | null, { name: string }>[] {
  return (feature(topology, topology.objects.countries) as FeatureCollection<Geometry | null, { name: string }>).features;
}

const projected = mapProjection();

/** The projected rings of a feature, as geoPath draws them (clipped at the antimeridian). */
function projectedRings(geo: Feature | { type: 'Sphere' }, projection = projected): Point[][] {
  const rings: Point[][] = [];
  let current: Point[] = [];
  const context = {
    moveTo(x: number, y: number) {
      current = [[x, y]];
      rings.push(current);
    },
    lineTo(x: number, y: number) {
      current.push([x, y]);
    },
    closePath() {},
    arc() {},
    rect() {},
  };
  geoPath(projection, context as unknown as CanvasRenderingContext2D)(geo as Feature);
  return rings;
}

function boxOf(rings: readonly Ring[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [x, y] of ring) {
      x0 = Math.min(x0, x);
      y0 = Math.min(y0, y);
      x1 = Math.max(x1, x);
      y1 = Math.max(y1, y);
    }
  }
  return [x0, y0, x1, y1];
}

/** Projected area of triangles of [longitude, latitude] points: the weight by which simplification drops points. */
function projectedTriangleArea(): (triangle: number[][]) => number {
  const projection = mapProjection();
  return (triangle) => {
    const [a, b, c] = triangle.map((p) => projection([p[0] ?? 0, p[1] ?? 0]));
    if (!a || !b || !c) return 0;
    return Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2;
  };
}

/**
 * The outline of a feature: its rings rounded to whole units, without rings smaller than
 * mapFrame.minRingArea (except its largest, so that no territory is dropped).
 */
function outline(id: string | null, parts: Feature[]): MapShape | undefined {
  const rings = parts.flatMap((part) => projectedRings(part)).map(roundRing).filter((r): r is Point[] => r !== null);
  if (rings.length === 0) {
    // Too small to keep a ring at this scale (an islet): a one-unit square at its centroid keeps it on the map.
    const centre = mapProjection()(geoCentroid({ type: 'FeatureCollection', features: parts }));
    if (!centre) return undefined;
    const [x, y] = centre.map(Math.round) as Point;
    rings.push([[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1]]);
  }
  const areas = rings.map(ringArea);
  const largest = Math.max(...areas);
  const kept = rings.filter((_, i) => (areas[i] ?? 0) >= mapFrame.minRingArea || areas[i] === largest);
  const box = boxOf(kept);
  return { id, d: compactPath(kept), box, area: Math.round(kept.reduce((sum, ring) => sum + ringArea(ring), 0) * 10) / 10 };
}

interface MarkerNode extends SimulationNodeDatum {
  id: string;
  at: Point;
}

/**
 * Places markers near their centroids so that no two link targets (circles of mapHitSize) overlap:
 * a collision force pushes them apart, a weaker one pulls each back to its centroid. d3-force is
 * deterministic for given starting points, so the asset is the same on every run.
 */
function placeMarkers(markers: { id: string; at: Point }[], width: number, height: number): MapMarker[] {
  const radius = mapHitSize / 2;
  const nodes: MarkerNode[] = markers.map((m) => ({ id: m.id, at: m.at, x: m.at[0], y: m.at[1] }));
  const simulation = forceSimulation(nodes)
    .force('collide', forceCollide<MarkerNode>(radius + 0.5).iterations(8))
    .force('x', forceX<MarkerNode>((n) => n.at[0]).strength(0.08))
    .force('y', forceY<MarkerNode>((n) => n.at[1]).strength(0.08))
    .stop();
  for (let i = 0; i < 600; i += 1) {
    simulation.tick();
    for (const n of nodes) {
      n.x = Math.min(width - radius, Math.max(radius, n.x ?? 0));
      n.y = Math.min(height - radius, Math.max(radius, n.y ?? 0));
    }
  }
  return nodes.map((n) => ({ id: n.id, at: [Math.round(n.at[0]), Math.round(n.at[1])], place: [Math.round(n.x ?? 0), Math.round(n.y ?? 0)] }));
}

/**
 * Makes the world map: the 1:50m shapes of world-atlas simplified in projected units and
 * rounded to whole units, and a circle marker for each State (ISO numeric code in `stateIds`)
 * whose shape is absent at 1:50m (Tuvalu) or smaller than mapFrame.markerArea, at the centroid of
 * its 1:10m geometry (which has every State).
 */
export function makeWorldMap(countries50m: CountriesTopology, countries10m: CountriesTopology, stateIds: readonly string[]): WorldMapAsset {
  const simplified = simplify(presimplify(countries50m as unknown as Parameters<typeof presimplify>[0], projectedTriangleArea()) as Parameters<typeof simplify>[0], mapFrame.simplifyArea) as unknown as CountriesTopology;
  const byId = new Map<string | null, Feature[]>();
  for (const f of features(simplified)) {
    if (!f.geometry) continue;
    const id = f.id === undefined ? null : String(f.id);
    byId.set(id, [...(byId.get(id) ?? []), f as Feature]);
  }
  const shapes = [...byId.entries()]
    .map(([id, parts]) => outline(id, parts))
    .filter((s): s is MapShape => s !== undefined)
    .sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));

  // The outline is resampled (default precision): its edges are curves, which the shapes' projection draws as straight lines.
  const sphereRings = projectedRings({ type: 'Sphere' }, mapProjection().precision(Math.SQRT1_2)).map(roundRing).filter((r): r is Point[] => r !== null);
  const [, , , sphereBottom] = boxOf(sphereRings);
  const height = Math.ceil(sphereBottom);

  const areaOf = new Map(shapes.map((s) => [s.id, s.area]));
  const detailed = new Map(features(countries10m).map((f) => [f.id === undefined ? null : String(f.id), f]));
  const projection = mapProjection();
  const small = [...stateIds]
    .sort()
    .filter((id) => (areaOf.get(id) ?? 0) < mapFrame.markerArea)
    .map((id) => {
      const geometry = detailed.get(id);
      if (!geometry) throw new Error(`world-atlas countries-10m.json has no shape with id ${id}: the State cannot be placed on the map`);
      const at = projection(geoCentroid(geometry as Feature));
      if (!at) throw new Error(`the centroid of ${id} cannot be projected`);
      return { id, at: at as Point };
    });

  return {
    source: 'Natural Earth 1:50m and 1:10m admin 0 countries, through world-atlas 2 (public domain)',
    width: mapFrame.width,
    height,
    hitSize: mapHitSize,
    sphere: compactPath(sphereRings),
    shapes,
    markers: placeMarkers(small, mapFrame.width, height),
  };
}
