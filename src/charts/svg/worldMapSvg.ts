import type { WorldMapGeometry } from '../map/worldMap.ts';
import { element, escapeXml, paintAttributes, rectElement, svgRoot, textElement, type Paint, type SvgFrame } from './svgMarkup.ts';
import type { MapMarker } from '../map/worldMapAsset.ts';
import type { ChartClass } from '../palette.ts';

export interface WorldMapSvgOptions {
  /** Makes the links absolute (a downloaded map is read away from the site). */
  site?: URL;
}

/**
 * The SVG of the world map: ocean, territories without data, States without pledges (one path
 * each), then one link per State with pledges (shape, marker, invisible hit area), large States
 * first, and the legend under the map. A downloaded map keeps its links, made absolute, and drops
 * the hit areas (which only serve pointers on the page).
 */
export function worldMapSvg(geometry: WorldMapGeometry, frame: Omit<SvgFrame, 'width' | 'height' | 'role'>, paint: Paint, options: WorldMapSvgOptions = {}): string {
  const { dir } = frame;
  const r = geometry.markerRadius;
  const marker = (m: MapMarker, className: ChartClass) => {
    const moved = Math.hypot(m.place[0] - m.at[0], m.place[1] - m.at[1]) > r;
    return (
      (moved ? element('line', { x1: m.at[0], y1: m.at[1], x2: m.place[0], y2: m.place[1], 'stroke-width': 0.8, ...paintAttributes('chart-leader', paint) }) : '') +
      element('circle', { cx: m.place[0], cy: m.place[1], r, 'stroke-width': 1, ...paintAttributes(className, paint) })
    );
  };
  const border = { 'stroke-width': 0.5, 'stroke-linejoin': 'round' };
  const base =
    element('path', { d: geometry.sphere, ...paintAttributes('chart-ocean', paint) }) +
    element('path', { d: geometry.noData, ...border, ...paintAttributes('chart-map-nodata', paint) }) +
    element('path', { d: geometry.none, ...border, ...paintAttributes('chart-map-0', paint) }) +
    geometry.noneMarkers.map((m) => marker(m, 'chart-marker-0')).join('');
  const links = geometry.linked
    .map((state) => {
      const hit =
        paint === 'classes' && state.hit
          ? state.hit.kind === 'rect'
            ? element('rect', { x: state.hit.x, y: state.hit.y, width: state.hit.width, height: state.hit.height, class: 'chart-hit' })
            : element('circle', { cx: state.hit.cx, cy: state.hit.cy, r: state.hit.r, class: 'chart-hit' })
          : '';
      return element(
        'a',
        { href: options.site ? new URL(state.href, options.site).href : state.href, 'data-country': state.alpha3, 'data-pledges': state.pledges },
        element('title', {}, escapeXml(state.title)) +
          hit +
          (state.d ? element('path', { d: state.d, ...border, ...paintAttributes(state.className, paint) }) : '') +
          (state.marker ? marker(state.marker, state.markerClass) : ''),
      );
    })
    .join('');
  const legend = geometry.legend
    .map((item) =>
      (item.marker
        ? element('circle', { cx: item.swatch.x + item.swatch.width / 2, cy: item.swatch.y + item.swatch.height / 2, r, 'stroke-width': 1, ...paintAttributes('chart-marker-0', paint) })
        : rectElement(item.swatch, paint)) + textElement(item.label, paint, dir),
    )
    .join('');
  return svgRoot({ ...frame, width: geometry.width, height: geometry.height, role: 'graphics-document' }, base + element('g', { class: paint === 'classes' ? 'chart-map-links' : undefined }, links) + legend, paint);
}
