/**
 * Remakes the world map of the charts (src/charts/map/world-map.json) from world-atlas and the
 * States of content/reference/countries.yaml: `npm run map`, after upgrading world-atlas or
 * changing the list of States. A unit test fails while the committed file differs from what this makes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeWorldMap } from '../src/charts/map/makeWorldMap.ts';
import { worldMapFile, worldMapJson, worldMapSources } from '../src/charts/map/worldMapSources.ts';

const started = performance.now();
const { countries50m, countries10m, stateIds } = worldMapSources();
const asset = makeWorldMap(countries50m, countries10m, stateIds);
const json = worldMapJson(asset);
writeFileSync(worldMapFile, json);
console.log(
  `${path.relative(process.cwd(), worldMapFile)}: ${asset.shapes.length} shapes, ${asset.markers.length} markers, ${(json.length / 1000).toFixed(1)} kB, made in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
