import { localeDir, type Locale } from '../src/i18n/locales.ts';
import { routes } from '../src/i18n/paths.ts';
import { translate } from '../src/i18n/translate.ts';
import { brandBlue } from './icons/brandMark.ts';

/** Address of the web app manifest of a language (linked from every page of it). */
export const manifestPath = (locale: Locale) => `/${locale}/manifest.webmanifest`;

/** The icons the manifests name (made by `npm run icons`, in public/). */
export const manifestIcons = [
  { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
  { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
  { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
  { src: '/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

/** The web app manifest of one language: the site's name in it, its direction and home page. */
export function webManifest(locale: Locale): string {
  const manifest = {
    id: routes.home(locale),
    name: translate(locale, 'site.name'),
    short_name: translate(locale, 'site.shortName'),
    description: translate(locale, 'site.description'),
    lang: locale,
    dir: localeDir(locale),
    start_url: routes.home(locale),
    scope: '/',
    display: 'browser',
    background_color: '#ffffff',
    theme_color: brandBlue,
    icons: manifestIcons,
  };
  return `${JSON.stringify(manifest, null, 1)}\n`;
}
