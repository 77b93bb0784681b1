import { defaultLocale, locales } from '../i18n/locales.ts';

/**
 * "/" on a host that cannot choose by Accept-Language (nginx and Netlify redirect before this
 * page is served): sends the reader to the first of their browser's languages that the site has,
 * else to the default one. Without JavaScript the page's links do it.
 */
const available: readonly string[] = locales;
const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
const chosen = preferred.map((tag) => tag.toLowerCase().split('-')[0] ?? '').find((code) => available.includes(code)) ?? defaultLocale;
location.replace(`/${chosen}/`);
