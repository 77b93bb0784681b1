import { readFileSync } from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';

/** Fonts of the images, from the site's own @fontsource packages (the same faces as the pages). */
const fontsDir = path.resolve(import.meta.dirname, '..', '..', 'node_modules', '@fontsource');
export const imageFonts = {
  latinBold: path.join(fontsDir, 'noto-sans', 'files', 'noto-sans-latin-700-normal.woff2'),
  latinRegular: path.join(fontsDir, 'noto-sans', 'files', 'noto-sans-latin-400-normal.woff2'),
  arabicBold: path.join(fontsDir, 'noto-naskh-arabic', 'files', 'noto-naskh-arabic-arabic-700-normal.woff2'),
} as const;

const fonts = new Map<string, { font: hb.Font; upem: number }>();

async function loadFont(file: string): Promise<{ font: hb.Font; upem: number }> {
  let loaded = fonts.get(file);
  if (!loaded) {
    const sfnt = await fontverter.convert(readFileSync(file), 'truetype');
    const face = new hb.Face(new hb.Blob(sfnt));
    loaded = { font: new hb.Font(face), upem: face.upem };
    fonts.set(file, loaded);
  }
  return loaded;
}

/** A line of text as outlines: an SVG path (origin at the start of the baseline, y down) and its width. */
export interface TextOutline {
  /** SVG path data in pixels. */
  d: string;
  /** Advance width in pixels. */
  width: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Shapes a line of text with HarfBuzz (Arabic joined and laid out right to left) and returns its
 * glyphs as one SVG path at `size` pixels. Text in an image is drawn as outlines, not as <text>:
 * the picture then does not depend on the fonts of the machine that renders it.
 */
export async function textOutline(text: string, fontFile: string, size: number): Promise<TextOutline> {
  const { font, upem } = await loadFont(fontFile);
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const scale = size / upem;
  let x = 0;
  const parts: string[] = [];
  for (const glyph of buffer.getGlyphInfosAndPositions()) {
    const outline = font.glyphToPath(glyph.codepoint);
    if (outline) parts.push(transformPath(outline, (x + (glyph.xOffset ?? 0)) * scale, -(glyph.yOffset ?? 0) * scale, scale));
    x += glyph.xAdvance ?? 0;
  }
  return { d: parts.join(''), width: round(x * scale) };
}

/** Moves and scales a glyph path (font units, y up) into pixels (y down). */
function transformPath(d: string, dx: number, dy: number, scale: number): string {
  return d.replace(/([MLQCZ])([^MLQCZ]*)/g, (_, command: string, args: string) => {
    const numbers = args.split(/[ ,]+/).filter(Boolean).map(Number);
    const moved = numbers.map((n, i) => (i % 2 === 0 ? round(n * scale + dx) : round(-n * scale + dy)));
    return command + moved.join(',');
  });
}
