import asset from './world-map.json' with { type: 'json' };

/** One country or territory of the map, as drawn. */
export interface MapShape {
  /** ISO 3166-1 numeric code (three digits); null for territories without one (e.g. Kosovo, Somaliland). */
  id: string | null;
  /** Outline, as a compact SVG path in map units (see compactPath.ts). */
  d: string;
  /** Bounding box, [x0, y0, x1, y1]. */
  box: [number, number, number, number];
  /** Area drawn, in square units. */
  area: number;
}

/** A circle marker for a State whose shape is absent or too small to see. */
export interface MapMarker {
  /** ISO 3166-1 numeric code. */
  id: string;
  /** Centroid of the State's detailed (1:10m) geometry, projected. */
  at: [number, number];
  /** Where the marker is drawn: moved off `at` (a leader line joins them) so that no two markers' link targets overlap. */
  place: [number, number];
}

/** The world map, projected and simplified once (npm run map), in map units. */
export interface WorldMapAsset {
  /** Natural Earth data set and scale the shapes come from. */
  source: string;
  width: number;
  height: number;
  /** Side of the square each link covers at least (mapFrame.ts). */
  hitSize: number;
  /** Outline of the globe. */
  sphere: string;
  shapes: MapShape[];
  markers: MapMarker[];
}

/** The committed map (src/charts/map/world-map.json). */
export const worldMapAsset = asset as unknown as WorldMapAsset;
