import { defaultLocale, locales, type Locale } from '../src/i18n/locales.ts';

/**
 * How the built site is served: the ONE source of the HTTP headers, caching, content types,
 * compression, error pages and language negotiation. deploy/nginx.conf (nginxConf.ts) and the
 * build's dist/_headers and dist/_redirects (headersFile.ts, redirectsFile.ts) are generated
 * from this file, and tests compare what nginx serves with headersFor() path by path.
 */

/** The Content-Security-Policy of /work/decisions.md: scripts, styles, fonts and data from the site only. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  // 'wasm-unsafe-eval': Pagefind compiles its WebAssembly search index; no 'unsafe-eval' for JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join('; ');

/**
 * Powerful browser features the site never uses, switched off for it and for anything it might
 * embed. Only features Chromium knows are listed: an unknown one is a console error on every page.
 */
export const permissionsPolicy = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/**
 * Referrer-Policy `no-referrer`: no address of ours leaves the site in a Referer header, not even
 * the origin, and none is sent to ourselves either (the access log does not record referrers).
 * The privacy page promises that no referrer leaves the site; `same-origin` would keep that
 * promise too, but gives us nothing we use.
 */
export const referrerPolicy = 'no-referrer';

/** HSTS, sent on the HTTPS server only: two years, subdomains included (Observatory: at least six months). */
export const strictTransportSecurity = 'max-age=63072000; includeSubDomains';

/** Headers every response carries (pages, files, redirects and errors alike). Names as sent. */
export const securityHeaders: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', contentSecurityPolicy],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', referrerPolicy],
  ['Permissions-Policy', permissionsPolicy],
  // Older browsers' form of frame-ancestors 'none'.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
];

/** Cache lifetimes. */
export const cacheControl = {
  /** Files whose name holds a hash of their content (Astro's /_astro/): never change, kept a year. */
  immutable: 'public, max-age=31536000, immutable',
  /** Pages, data, feeds and everything else: may be stored, but asked again (ETag) before each use. */
  revalidate: 'no-cache',
  /** The search index: five minutes, so that a deployment reaches search soon without a request per keystroke. */
  short: 'public, max-age=300',
} as const;

/** The kinds of path the site serves; each gets its own caching and cross-origin rules. */
export type PathClass = 'languageChooser' | 'hashedAsset' | 'searchIndex' | 'openData' | 'feed' | 'page';

interface ClassRules {
  /** What the class holds (comments of the generated files). */
  description: string;
  cacheControl: string;
  /** Cross-Origin-Resource-Policy: who may embed the file without CORS. */
  resourcePolicy: 'same-origin' | 'cross-origin';
  /** Sends Access-Control-Allow-Origin: * (other sites may read it with fetch()). */
  openToOtherSites: boolean;
  /** Headers the response depends on (besides Accept-Encoding, which compression adds). */
  vary?: string;
}

export const pathClasses: Record<PathClass, ClassRules> = {
  languageChooser: {
    description: '"/": sends the reader to the language of Accept-Language',
    cacheControl: cacheControl.revalidate,
    resourcePolicy: 'same-origin',
    openToOtherSites: false,
    vary: 'Accept-Language',
  },
  hashedAsset: { description: 'hashed assets (CSS, JavaScript, fonts)', cacheControl: cacheControl.immutable, resourcePolicy: 'same-origin', openToOtherSites: false },
  searchIndex: { description: 'the search index (Pagefind)', cacheControl: cacheControl.short, resourcePolicy: 'same-origin', openToOtherSites: false },
  openData: {
    description: 'open data: any site may fetch and embed it',
    cacheControl: cacheControl.revalidate,
    resourcePolicy: 'cross-origin',
    openToOtherSites: true,
  },
  feed: { description: 'Atom feeds: any site may fetch them', cacheControl: cacheControl.revalidate, resourcePolicy: 'same-origin', openToOtherSites: true },
  page: { description: 'pages and other files', cacheControl: cacheControl.revalidate, resourcePolicy: 'same-origin', openToOtherSites: false },
};

/** Top-level folders with rules of their own (site paths, with their slashes). */
export const folders = {
  hashedAssets: '/_astro/',
  searchIndex: '/pagefind/',
  openData: '/data/',
} as const;

/** Name every feed file has (/{lang}/feed.xml, /{lang}/countries/mwi/feed.xml …). */
export const feedFileName = 'feed.xml';

/** The class of a site path. */
export function classOf(sitePath: string): PathClass {
  if (sitePath === '/') return 'languageChooser';
  if (sitePath.startsWith(folders.hashedAssets)) return 'hashedAsset';
  if (sitePath.startsWith(folders.searchIndex)) return 'searchIndex';
  if (sitePath.startsWith(folders.openData)) return 'openData';
  if (sitePath.endsWith(`/${feedFileName}`)) return 'feed';
  return 'page';
}

/** The headers of a class, in the order they are written (names as sent). */
export function classHeaders(pathClass: PathClass, options: { https: boolean }): [string, string][] {
  const rules = pathClasses[pathClass];
  const headers: [string, string][] = [...securityHeaders.map(([name, value]) => [name, value] as [string, string])];
  if (options.https) headers.push(['Strict-Transport-Security', strictTransportSecurity]);
  headers.push(['Cross-Origin-Resource-Policy', rules.resourcePolicy]);
  headers.push(['Cache-Control', rules.cacheControl]);
  if (rules.openToOtherSites) headers.push(['Access-Control-Allow-Origin', '*']);
  if (rules.vary) headers.push(['Vary', rules.vary]);
  return headers;
}

/** Every header policy sets on the response for a site path (names as sent). */
export function headersFor(sitePath: string, options: { https: boolean }): [string, string][] {
  return classHeaders(classOf(sitePath), options);
}

/**
 * Media types by file extension: every kind of file the build writes (a test fails on a file
 * whose extension is missing here). Text types get `; charset=utf-8` (charsetTypes).
 */
export const contentTypes: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  json: 'application/json',
  jsonld: 'application/ld+json',
  csv: 'text/csv',
  xml: 'application/xml',
  txt: 'text/plain',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  wasm: 'application/wasm',
  webmanifest: 'application/manifest+json',
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  pdf: 'application/pdf',
  zip: 'application/zip',
  // Pagefind's index: gzip data that Pagefind's own script decompresses (not Content-Encoding).
  pf_meta: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_fragment: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pagefind: 'application/octet-stream',
};

/** Media type of feeds, whose extension (.xml) would say application/xml. */
export const feedType = 'application/atom+xml';

/** Media type of anything else. */
export const defaultType = 'application/octet-stream';

/** Types sent with `; charset=utf-8` (every text the site writes is UTF-8). */
export const charsetTypes = [
  'text/html',
  'text/css',
  'text/javascript',
  'text/plain',
  'text/csv',
  'application/json',
  'application/ld+json',
  'application/xml',
  feedType,
  'image/svg+xml',
  'application/manifest+json',
  'application/x-bibtex',
  'application/x-research-info-systems',
] as const;

/** The extension of a site path's file (lower case, without the dot), or '' for a folder. */
export function extensionOf(sitePath: string): string {
  const name = sitePath.slice(sitePath.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** Content-Type served for a site path (a folder path serves its index.html). */
export function contentTypeFor(sitePath: string): string {
  const ext = extensionOf(sitePath);
  const type = classOf(sitePath) === 'feed' ? feedType : ext === '' ? contentTypes.html! : (contentTypes[ext] ?? defaultType);
  return (charsetTypes as readonly string[]).includes(type) ? `${type}; charset=utf-8` : type;
}

/**
 * Types compressed on the fly (gzip, and brotli where nginx has the module). Pagefind's index
 * files (.pf_*, wasm.*.pagefind) are not: Pagefind writes them gzip-compressed already, and
 * compressing them again makes them larger (measured: a 28,323-byte .pf_index gzips to 28,366).
 * text/html is always compressed by nginx and is not listed to it. Today they are the text types
 * sent with a charset, every one of them.
 */
export const compressedTypes: readonly string[] = charsetTypes;

/** Smallest response worth compressing (bytes). */
export const compressMinLength = 256;

/**
 * Our 404 page for each language, and for everything outside the languages. The trust helper
 * builds them (src/pages/[lang]/404.astro, src/pages/404.astro); until a language's page is
 * built, nginx falls back to the root one.
 */
export const notFoundPages: Record<Locale, string> & { root: string } = {
  ...(Object.fromEntries(locales.map((lang) => [lang, `/${lang}/404/`])) as Record<Locale, string>),
  root: '/404.html',
};

/** "/" redirects to the reader's language: temporary (it depends on the request), English by default. */
export const languageRedirect = { status: 302, defaultLocale, locales } as const;

/** Status of every other redirect (moved entries, page 1 of a list): permanent. */
export const movedStatus = 301;

/** Files of the build that configure hosting and must not be served as pages. */
export const hostingFiles = {
  headers: '/_headers',
  redirects: '/_redirects',
  /** nginx's redirects of moved addresses (exact locations), included by deploy/nginx.conf. */
  nginxRedirects: '/_nginx/redirects.conf',
} as const;
