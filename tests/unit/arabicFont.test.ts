import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { arabicCoreFonts, arabicCoreRange, codePoints, cutArabicCore } from '../../scripts/fonts/arabicCoreFont.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const fontsCss = readFileSync(path.join(root, 'src', 'styles', 'fonts.css'), 'utf8');

/** The unicode-range of each Noto Naskh Arabic face of a stylesheet, by the file it loads. */
function naskhFaces(css: string): Map<string, string> {
  const faces = new Map<string, string>();
  for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
    if (!face.includes("'Noto Naskh Arabic'")) continue;
    const file = /url\(\.?\/?([^)]*?)\)/.exec(face)?.[1]?.replace(/['"]/g, '') ?? '';
    const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1] ?? '';
    faces.set(path.basename(file), range);
  }
  return faces;
}

describe('Arabic font: the core cut Arabic pages preload', () => {
  it('each committed cut is exactly what `npm run fonts` makes from the installed @fontsource font', async () => {
    for (const font of arabicCoreFonts) {
      const made = await cutArabicCore(font);
      expect(Buffer.compare(made, readFileSync(font.target)), `${path.basename(font.target)} is stale: run npm run fonts`).toBe(0);
    }
  });

  it('weighs under half the full file it is cut from', () => {
    for (const font of arabicCoreFonts) {
      expect(readFileSync(font.target).length).toBeLessThan(readFileSync(font.source).length / 2);
    }
  });

  it('fonts.css covers every character the full font covers, once: the core range by the cut, the rest by the full file', () => {
    const faces = naskhFaces(fontsCss);
    for (const font of arabicCoreFonts) {
      const upstream = naskhFaces(readFileSync(path.join(root, 'node_modules', '@fontsource', 'noto-naskh-arabic', `${font.weight}.css`), 'utf8'));
      const full = path.basename(font.source);
      const all = new Set(codePoints(upstream.get(full) ?? ''));
      expect(all.size).toBeGreaterThan(1000);
      const core = new Set(codePoints(faces.get(path.basename(font.target)) ?? ''));
      const rest = new Set(codePoints(faces.get(full) ?? ''));
      expect(faces.get(path.basename(font.target))).toBe(arabicCoreRange);
      expect([...core].filter((point) => rest.has(point)), 'ranges of the cut and the full file overlap').toEqual([]);
      expect([...all].filter((point) => !core.has(point) && !rest.has(point)), 'characters no face covers').toEqual([]);
    }
  });
});
