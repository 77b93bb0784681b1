/**
 * One result card: the type of entry and its date, the title as a link, an excerpt, and for a
 * pledge its pledger, countries, status and estimated value ("not stated" when none was given),
 * for a document its symbol. Every text is set with textContent.
 */
import { formatDate, formatUsdCompact } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import { buildExcerpt } from '../excerpt.ts';
import { visibleText } from '../searchKeys.ts';
import { fillText, type ClientStrings } from './clientStrings.ts';
import type { PagefindFragment } from './pagefindApi.ts';
import { renderExcerpt } from './renderExcerpt.ts';

/** What a card needs besides its fragment. */
export interface CardContext {
  locale: Locale;
  intlLocale: string;
  dir: 'ltr' | 'rtl';
  strings: ClientStrings;
  /** Label of a filter value in the page's language (type, status, country …). */
  label(filter: string, value: string): string;
  /** Query forms to highlight. */
  highlight: readonly string[];
  /** Level of the title heading. */
  headingLevel: number;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A name or code, isolated so that it keeps its own direction (a Latin name or symbol inside Arabic, an Arabic name inside English). */
function isolated(text: string): Node {
  return element('bdi', undefined, text);
}

/** A date of the card, as precisely as known (YYYY-MM-DD, YYYY-MM or YYYY). */
function cardDate(iso: string, locale: Locale): { text: string; datetime: string } {
  if (/^\d{4}$/.test(iso)) return { text: formatDate(`${iso}-01-01`, locale, 'year'), datetime: iso };
  if (/^\d{4}-\d{2}$/.test(iso)) return { text: formatDate(`${iso}-01`, locale, 'month'), datetime: iso };
  return { text: formatDate(iso, locale), datetime: iso };
}

export function resultCard(fragment: PagefindFragment, context: CardContext): HTMLLIElement {
  const { meta, filters } = fragment;
  const type = filters.type?.[0] ?? '';
  const item = element('li', 'search-result');
  item.dataset.type = type;

  const kind = element('p', 'search-result-kind');
  kind.appendChild(element('span', 'search-result-type', context.label('type', type)));
  if (meta.date && /^\d{4}(-\d{2}){0,2}$/.test(meta.date)) {
    const { text, datetime } = cardDate(meta.date, context.locale);
    kind.appendChild(document.createTextNode(' · '));
    const time = element('time', undefined, text);
    time.dateTime = datetime;
    kind.appendChild(time);
  }
  item.appendChild(kind);

  const heading = element(`h${Math.min(6, Math.max(2, context.headingLevel))}` as 'h2', 'search-result-title');
  const link = element('a');
  link.href = fragment.url;
  link.textContent = meta.title ?? fragment.url;
  link.dir = 'auto';
  heading.appendChild(link);
  item.appendChild(heading);

  const runs = buildExcerpt(visibleText(fragment.content), context.highlight, context.dir);
  if (runs.length) {
    const excerpt = element('p', 'search-result-excerpt');
    excerpt.appendChild(renderExcerpt(runs));
    item.appendChild(excerpt);
  }

  const facts = element('dl', 'search-result-facts');
  const fact = (labelKey: Parameters<typeof fillText>[1], value: Node | string) => {
    const row = element('div');
    row.appendChild(element('dt', undefined, fillText(context.strings, labelKey, context.intlLocale)));
    const dd = element('dd');
    dd.appendChild(typeof value === 'string' ? document.createTextNode(value) : value);
    row.appendChild(dd);
    facts.appendChild(row);
  };
  if (type === 'pledge') {
    if (meta.pledger) fact('pledge.pledger', isolated(meta.pledger));
    const countries = (filters.country ?? []).map((code) => context.label('country', code));
    if (countries.length) fact('pledge.countries', countries.join(context.locale === 'ar' ? '، ' : ', '));
    const status = filters.status?.[0];
    if (status) fact('pledge.status', context.label('status', status));
    const value = meta.value === undefined ? Number.NaN : Number(meta.value);
    fact('pledge.value', Number.isFinite(value) ? formatUsdCompact(value, context.locale) : fillText(context.strings, 'search.notStated', context.intlLocale));
  } else if (type === 'document' && meta.symbol) {
    fact('document.symbol', isolated(meta.symbol));
  }
  if (facts.childElementCount) item.appendChild(facts);
  return item;
}
