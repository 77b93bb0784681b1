import { locales } from './locales.ts';

/** getStaticPaths for a page that exists once per language. */
export function localeStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}
