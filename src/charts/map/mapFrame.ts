import { geoEqualEarth, type GeoProjection } from 'd3';

/**
 * The world map's frame: its coordinate system and the sizes its layout is made for.
 * The map is drawn once, at these sizes, into a committed asset (world-map.json, made by
 * `npm run map`); pages only choose classes and links.
 */
export const mapFrame = {
  /** Width of the map in SVG units (its viewBox). */
  width: 1000,
  /**
   * Narrowest width the map is shown at, in CSS pixels: below it the map keeps this width and
   * scrolls inside its own box (src/styles/charts.css, `.chart-map svg`), so that its link
   * targets stay large enough on a 320 px screen.
   */
  minCssWidth: 800,
  /** Smallest link target, in CSS pixels (WCAG 2.2, 2.5.8 target size). */
  minTargetCss: 24,
  /** A State whose simplified shape covers less than this many square units is drawn as a circle marker. */
  markerArea: 3.5,
  /** Radius of a visible marker, in units. */
  markerRadius: 5,
  /** Simplification: points whose triangle covers less than this many square units (projected) are dropped. */
  simplifyArea: 0.3,
  /** Rings (islands) smaller than this many square units are dropped, except a feature's largest. */
  minRingArea: 1,
} as const;

/**
 * Side of the square every link of the map covers at least, in units: 24 CSS px at the narrowest
 * width, plus a margin of 2 units against rounding.
 */
export const mapHitSize = Math.ceil((mapFrame.minTargetCss * mapFrame.width) / mapFrame.minCssWidth) + 2;

/** The map's projection: Equal Earth (equal-area), the whole sphere fitted to the frame's width, no resampling. */
export function mapProjection(): GeoProjection {
  return geoEqualEarth().fitWidth(mapFrame.width, { type: 'Sphere' }).precision(0);
}
