import { locales, type Locale } from './locales.ts';

/** getStaticPaths for a page that exists once per language. */
export function localeStaticPaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** getStaticPaths for a page per language and per item. */
export function localeItemPaths<Item, Params extends Record<string, string | undefined>>(
  items: readonly Item[],
  params: (item: Item) => Params,
): { params: Params & { lang: Locale }; props: { item: Item } }[] {
  return locales.flatMap((lang) => items.map((item) => ({ params: { ...params(item), lang }, props: { item } })));
}
