/**
 * The filter menus of the search page (<select data-filter="…">, rendered by search.astro with
 * every value and its label in the page's language): the values they offer (the only ones the
 * address may choose), their labels, and the counts shown after each value.
 */
import { filterKeys, isOneOf, type FilterKey } from '../filterFields.ts';
import type { KnownValues, SearchState } from '../searchState.ts';
import type { FilterCounts } from './pagefindApi.ts';

export class FilterMenus {
  private readonly menus = new Map<FilterKey, HTMLSelectElement>();
  private readonly labels = new Map<string, string>();
  private readonly numbers: Intl.NumberFormat;

  constructor(root: ParentNode, intlLocale: string) {
    this.numbers = new Intl.NumberFormat(intlLocale);
    for (const select of root.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const key = select.dataset.filter ?? '';
      if (!isOneOf(filterKeys, key)) continue;
      this.menus.set(key, select);
      for (const option of select.options) if (option.value) this.labels.set(`${key}:${option.value}`, option.dataset.label ?? option.text);
    }
  }

  /** The values each filter offers. */
  known(): KnownValues {
    const known: KnownValues = {};
    for (const [key, select] of this.menus) known[key] = new Set([...select.options].map((o) => o.value).filter(Boolean));
    return known;
  }

  /** The label of a value in the page's language (the code itself when unknown). */
  label(key: string, value: string): string {
    return this.labels.get(`${key}:${value}`) ?? value;
  }

  /** The filters chosen in the menus. */
  read(): SearchState['filters'] {
    const filters: SearchState['filters'] = {};
    for (const [key, select] of this.menus) if (select.value) filters[key] = select.value;
    return filters;
  }

  /** Shows a state's filters in the menus. */
  show(filters: SearchState['filters']): void {
    for (const [key, select] of this.menus) select.value = filters[key] ?? '';
  }

  /** Writes the counts after each value; a value that would find nothing is disabled (unless chosen). */
  showCounts(counts: FilterCounts | undefined): void {
    for (const [key, select] of this.menus) {
      for (const option of select.options) {
        if (!option.value) continue;
        const label = this.label(key, option.value);
        if (!counts) {
          option.text = label;
          option.disabled = false;
          continue;
        }
        const count = counts[key]?.[option.value] ?? 0;
        option.text = `${label} (${this.numbers.format(count)})`;
        option.disabled = count === 0 && select.value !== option.value;
      }
    }
  }

  keys(): FilterKey[] {
    return [...this.menus.keys()];
  }
}
