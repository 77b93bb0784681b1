/**
 * The search page's script (bundled by Astro into an external file; no inline script).
 *
 * It reads the state from the address (query, filters, order), shows it in the form, searches
 * with Pagefind and draws the results with DOM APIs only; every change of the form updates the
 * address (pushState), and the back button restores the previous search (popstate). The header's
 * search box on this page shows the query and searches in place.
 */
import type { Locale } from '../../i18n/locales.ts';
import { intlLocale } from '../../i18n/locales.ts';
import type { FilterKey } from '../filterFields.ts';
import { parseSearchState, sameState, serializeSearchState, type SearchState } from '../searchState.ts';
import { fillText, type ClientKey, type ClientStrings, type TextParams } from './clientStrings.ts';
import { csvLimit, downloadPledgesCsv } from './csvDownload.ts';
import { FilterMenus } from './filterMenus.ts';
import { loadPagefind, type FilterCounts, type Pagefind, type PagefindResult } from './pagefindApi.ts';
import { resultCard, type CardContext } from './resultCard.ts';
import { countFilters, runSearch, type SearchOutcome } from './runSearch.ts';

/** Results drawn at a time ("Show more" draws the next ones). */
const pageSize = 20;
/** Pause after the last keystroke before searching as the reader types. */
const typingPause = 250;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

function start(app: HTMLElement): void {
  const locale = (app.dataset.locale ?? 'en') as Locale;
  const intl = intlLocale(locale);
  const strings = JSON.parse(app.dataset.strings ?? '{}') as ClientStrings;
  const dir = document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr';
  const text = (key: ClientKey, params?: TextParams) => fillText(strings, key, intl, params);

  const form = required<HTMLFormElement>(app, 'form[data-search-form]');
  const input = required<HTMLInputElement>(form, 'input[name="q"]');
  const sortMenu = required<HTMLSelectElement>(form, 'select[name="sort"]');
  const filterPanel = required<HTMLDetailsElement>(app, '[data-search-filters]');
  const chosenCount = required<HTMLElement>(app, '[data-filters-chosen]');
  const clearButton = required<HTMLButtonElement>(app, '[data-clear-filters]');
  const status = required<HTMLElement>(app, '[data-search-status]');
  const empty = required<HTMLElement>(app, '[data-search-empty]');
  const emptyMessage = required<HTMLElement>(empty, '[data-empty-message]');
  const emptyFilters = required<HTMLElement>(empty, '[data-empty-filters]');
  const emptyFilterList = required<HTMLUListElement>(empty, '[data-empty-filter-list]');
  const list = required<HTMLOListElement>(app, '[data-search-results]');
  const more = required<HTMLButtonElement>(app, '[data-search-more]');
  const download = required<HTMLElement>(app, '[data-search-download]');
  const downloadButton = required<HTMLButtonElement>(download, 'button');
  const downloadStatus = required<HTMLElement>(download, '[data-download-status]');
  const headerForm = document.querySelector<HTMLFormElement>('form[data-site-search]');
  const headerInput = headerForm?.querySelector<HTMLInputElement>('input[name="q"]') ?? null;

  const menus = new FilterMenus(form, intl);
  const known = menus.known();
  const headingLevel = Number(list.dataset.headingLevel ?? 2);

  let state: SearchState = parseSearchState(location.search, known);
  let pagefind: Pagefind | undefined;
  let results: PagefindResult[] = [];
  let highlight: string[] = [];
  let shown = 0;
  let counts: FilterCounts | undefined;
  let countsLoaded = false;
  let generation = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const card = (fragment: Parameters<typeof resultCard>[0]) => {
    const context: CardContext = { locale, intlLocale: intl, dir, strings, label: (filter, value) => menus.label(filter, value), highlight, headingLevel };
    return resultCard(fragment, context);
  };

  /** Shows a state in the form (and in the header's box). */
  const showState = (s: SearchState) => {
    input.value = s.q;
    if (headerInput) headerInput.value = s.q;
    sortMenu.value = s.sort;
    menus.show(s.filters);
    const chosen = Object.keys(s.filters).length;
    chosenCount.textContent = chosen ? ` (${text('search.filters.chosen', { count: chosen })})` : '';
    clearButton.disabled = chosen === 0;
  };

  const readForm = (): SearchState => ({ q: input.value.replace(/\s+/g, ' ').trim(), filters: menus.read(), sort: sortMenu.value as SearchState['sort'] });

  const statusText = (total: number) =>
    state.q ? text('search.resultsFor', { count: total, query: state.q }) : text('search.entries', { count: total });

  const drawMore = async (gen: number) => {
    const next = results.slice(shown, shown + pageSize);
    const fragments = await Promise.all(next.map((r) => r.data()));
    if (gen !== generation) return;
    for (const fragment of fragments) list.appendChild(card(fragment));
    shown += next.length;
    more.hidden = shown >= results.length;
    if (results.length > pageSize) status.textContent = `${statusText(results.length)} (${text('search.shown', { shown })})`;
  };

  const showEmpty = () => {
    empty.hidden = false;
    emptyMessage.textContent = state.q ? text('search.empty', { query: state.q }) : text('search.emptyBrowse');
    emptyFilterList.replaceChildren();
    const chosen = Object.entries(state.filters) as [FilterKey, string][];
    emptyFilters.hidden = chosen.length === 0;
    for (const [key, value] of chosen) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'button-secondary';
      button.textContent = text('search.removeFilter', { filter: menus.label(key, value) });
      button.addEventListener('click', () => {
        const filters = { ...state.filters };
        delete filters[key];
        commit({ ...state, filters }, 'push');
      });
      item.appendChild(button);
      emptyFilterList.appendChild(item);
    }
  };

  const pledgesFound = (): number | undefined => {
    if (state.filters.type === 'pledge') return results.length;
    if (state.filters.type) return 0;
    return countsLoaded ? (counts?.type?.pledge ?? 0) : undefined;
  };

  const showDownload = () => {
    const pledges = pledgesFound();
    downloadStatus.textContent = '';
    if (pledges === undefined || pledges === 0) {
      download.hidden = true;
      return;
    }
    download.hidden = false;
    downloadButton.hidden = pledges > csvLimit;
    downloadButton.textContent = text('search.download', { count: pledges });
    if (pledges > csvLimit) downloadStatus.textContent = text('search.downloadLimit', { count: pledges, limit: csvLimit });
  };

  const refreshCounts = async (gen: number) => {
    if (!pagefind) return;
    if (!countsLoaded) {
      await pagefind.filters();
      countsLoaded = true;
    }
    const fresh = await countFilters(pagefind, state, menus.keys());
    if (gen !== generation) return;
    counts = fresh;
    menus.showCounts(counts);
    showDownload();
    app.dataset.counted = serializeSearchState(state);
  };

  const run = async () => {
    const gen = ++generation;
    if (!pagefind) return;
    let outcome: SearchOutcome;
    try {
      outcome = await runSearch(pagefind, state);
    } catch (error) {
      console.error(error);
      status.textContent = text('search.failed');
      return;
    }
    if (gen !== generation) return;
    results = outcome.results;
    highlight = outcome.highlight;
    shown = 0;
    list.replaceChildren();
    empty.hidden = true;
    more.hidden = true;
    status.textContent = statusText(results.length);
    list.setAttribute('aria-busy', 'true');
    if (results.length === 0) showEmpty();
    else await drawMore(gen);
    list.removeAttribute('aria-busy');
    // Which search the list shows, and which the counts are for: tests and tools wait on these.
    app.dataset.shown = serializeSearchState(state);
    showDownload();
    await refreshCounts(gen);
  };

  /** Makes a state the current one: address, form, results. */
  function commit(next: SearchState, history: 'push' | 'replace') {
    if (sameState(next, state)) {
      showState(next);
      return;
    }
    state = next;
    const address = `${location.pathname}${serializeSearchState(state)}`;
    if (history === 'push') window.history.pushState(null, '', address);
    else window.history.replaceState(null, '', address);
    showState(state);
    void run();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    commit(readForm(), 'push');
  });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => commit(readForm(), 'replace'), typingPause);
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) commit(readForm(), 'push');
  });
  clearButton.addEventListener('click', () => {
    commit({ ...readForm(), filters: {} }, 'push');
    filterPanel.querySelector('select')?.focus();
  });
  more.addEventListener('click', () => {
    const firstNew = shown;
    void drawMore(generation).then(() => list.children[firstNew]?.querySelector('a')?.focus());
  });
  downloadButton.addEventListener('click', () => {
    if (!pagefind) return;
    downloadButton.disabled = true;
    downloadPledgesCsv(pagefind, state, (done, total) => {
      downloadStatus.textContent = text('search.downloadPreparing', { done, total });
    })
      .then((count) => {
        downloadStatus.textContent = text('search.downloadReady', { count });
      })
      .catch((error: unknown) => {
        console.error(error);
        downloadStatus.textContent = text('search.downloadFailed');
      })
      .finally(() => {
        downloadButton.disabled = false;
      });
  });
  window.addEventListener('popstate', () => {
    state = parseSearchState(location.search, known);
    showState(state);
    void run();
  });
  headerForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = headerInput?.value.replace(/\s+/g, ' ').trim() ?? '';
    commit({ ...state, q }, 'push');
    input.focus();
  });

  showState(state);
  if (Object.keys(state.filters).length) filterPanel.open = true;
  app.hidden = false;
  status.textContent = text('search.loading');
  loadPagefind()
    .then((loaded) => {
      pagefind = loaded;
      return run();
    })
    .catch((error: unknown) => {
      console.error(error);
      status.textContent = text('search.failed');
    });
}

const app = document.querySelector<HTMLElement>('[data-search-app]');
if (app) start(app);
