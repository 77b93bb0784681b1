import path from 'node:path';
import sharp from 'sharp';
import { faviconSvg, socialImageSvg, wordmarkSvg } from './brandImages.ts';
import { fullBleedMark, markSvg, roundedMark } from './brandMark.ts';

/** Folder the images are written to (served at the site's root). */
export const publicDir = path.resolve(import.meta.dirname, '..', '..', 'public');

/** One image of the site: its site path, size (PNG) and how it is made. */
export interface SiteImage {
  /** Site path, e.g. /icon-192.png. */
  path: string;
  /** Pixel size of a PNG ([width, height]); undefined for SVG. */
  size?: [number, number];
  /** What it is for. */
  purpose: string;
  make(): Promise<Buffer>;
}

const png = async (svg: string) => sharp(Buffer.from(svg)).png({ compressionLevel: 9, adaptiveFiltering: false, palette: false }).toBuffer();
const text = async (svg: string | Promise<string>) => Buffer.from(await svg, 'utf8');

/** Every image `npm run icons` makes, in public/. */
export const siteImages: SiteImage[] = [
  { path: '/favicon.svg', purpose: 'browser tab icon', make: () => text(faviconSvg()) },
  { path: '/icon-192.png', size: [192, 192], purpose: 'web app manifest icon', make: () => png(markSvg(roundedMark(), 192)) },
  { path: '/icon-512.png', size: [512, 512], purpose: 'web app manifest icon', make: () => png(markSvg(roundedMark(), 512)) },
  { path: '/icon-maskable-512.png', size: [512, 512], purpose: 'web app manifest icon (maskable: the system cuts the shape)', make: () => png(markSvg(fullBleedMark(), 512)) },
  { path: '/apple-touch-icon.png', size: [180, 180], purpose: 'home-screen icon on iOS', make: () => png(markSvg(fullBleedMark(), 180)) },
  { path: '/wordmark.svg', purpose: 'the mark and the name, for headers and documents', make: () => text(wordmarkSvg()) },
  { path: '/social.png', size: [1200, 630], purpose: 'default image of link previews (Open Graph, Twitter cards)', make: async () => png(await socialImageSvg()) },
];
