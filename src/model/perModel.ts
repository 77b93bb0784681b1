import type { SiteModel } from './siteModel.ts';

/**
 * Memoises a derivation of the site model by key, once per model: a page of a paginated list is
 * rendered once per language and page, and what it shows on page 1 only (an entity's summary)
 * must not be recomputed for each of its hundreds of pages at scale.
 */
export function perModel<Key, Value>(derive: (model: SiteModel, key: Key) => Value): (model: SiteModel, key: Key) => Value {
  const cache = new WeakMap<SiteModel, Map<Key, Value>>();
  return (model, key) => {
    let values = cache.get(model);
    if (!values) cache.set(model, (values = new Map()));
    if (!values.has(key)) values.set(key, derive(model, key));
    return values.get(key) as Value;
  };
}
