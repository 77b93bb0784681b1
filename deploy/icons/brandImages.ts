import { translate } from '../../src/i18n/translate.ts';
import { brandBlue, markSvg, roundedMark, signal } from './brandMark.ts';
import { imageFonts, textOutline } from './textOutline.ts';

/** The wordmark: the mark and the short name, as outlines (an SVG that needs no font). */
export async function wordmarkSvg(): Promise<string> {
  const height = 64;
  const name = await textOutline(translate('en', 'site.shortName'), imageFonts.latinBold, 40);
  const gap = 16;
  const width = Math.ceil(height + gap + name.width + 2);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${translate('en', 'site.shortName')}">`,
    `<svg width="${height}" height="${height}" viewBox="0 0 32 32">${roundedMark()}</svg>`,
    `<path transform="translate(${height + gap} 46)" fill="${brandBlue}" d="${name.d}"/>`,
    '</svg>',
    '',
  ].join('');
}

/** The default social image (Open Graph, Twitter cards): 1200 × 630, the site's name in its three languages. */
export async function socialImageSvg(): Promise<string> {
  const [width, height, margin] = [1200, 630, 80];
  const english = translate('en', 'site.name');
  const short = translate('en', 'site.shortName');
  // "Partner2Connect" large, then the rest of the English name ("Digital Coalition").
  const rest = english.startsWith(short) ? english.slice(short.length).trim() : english;
  const line1 = await textOutline(short, imageFonts.latinBold, 104);
  const line2 = await textOutline(rest, imageFonts.latinRegular, 64);
  const french = await textOutline(translate('fr', 'site.name'), imageFonts.latinRegular, 40);
  const arabic = await textOutline(translate('ar', 'site.name'), imageFonts.arabicBold, 46);
  const soft = '#d8ebf7';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="${brandBlue}"/>`,
    `<svg x="${margin - 18}" y="${margin - 40}" width="144" height="144" viewBox="0 0 32 32">${signal('#fff')}</svg>`,
    `<path transform="translate(${margin} 300)" fill="#fff" d="${line1.d}"/>`,
    `<path transform="translate(${margin} 380)" fill="#fff" d="${line2.d}"/>`,
    `<rect x="${margin}" y="428" width="${width - 2 * margin}" height="3" fill="${soft}"/>`,
    `<path transform="translate(${margin} 496)" fill="${soft}" d="${french.d}"/>`,
    `<path transform="translate(${Math.round((width - margin - arabic.width) * 100) / 100} 566)" fill="${soft}" d="${arabic.d}"/>`,
    '</svg>',
    '',
  ].join('');
}

/** favicon.svg as written to public/. */
export function faviconSvg(): string {
  return `${markSvg(roundedMark())}\n`;
}
