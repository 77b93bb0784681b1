/**
 * Remakes the core cut of the Arabic font (scripts/fonts/arabicCoreFont.ts) from the
 * installed @fontsource package: `npm run fonts`, after upgrading @fontsource/noto-naskh-arabic.
 * A unit test fails while the committed files differ from what this makes.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { arabicCoreFonts, arabicCoreRange, cutArabicCore } from './fonts/arabicCoreFont.ts';

for (const font of arabicCoreFonts) {
  const bytes = await cutArabicCore(font);
  writeFileSync(font.target, bytes);
  console.log(`${path.relative(process.cwd(), font.target)}: ${arabicCoreRange}, ${(bytes.length / 1000).toFixed(1)} kB (from ${path.basename(font.source)})`);
}
