import type { Locale } from '../i18n/locales.ts';
import type { PledgeUpdate } from '../schemas/pledge.ts';
import { booleanCell, listCell, numberCell } from './cellValues.ts';
import type { RowValues } from './importColumns.ts';

/** A pledge as read from a row, before validation: the shape pledgeSchema checks. */
export interface PledgeInput {
  id: string | undefined;
  illustrative: boolean | string | undefined;
  pledger: string | undefined;
  originalLanguage: string | undefined;
  title: Partial<Record<Locale, string>>;
  summary: Partial<Record<Locale, string>>;
  focusAreas: string[];
  pillars: string[];
  pledgeType: string | undefined;
  countries: string[];
  regions: string[];
  global: boolean | string | undefined;
  estimatedValue?: {
    amount: number | string | undefined;
    currency: string | undefined;
    usd?: number | string | undefined;
    rateDate?: string | undefined;
    rateSource?: string | undefined;
  };
  startYear: number | string | undefined;
  endYear: number | string | undefined;
  sdgs: (number | string)[];
  wsisActionLines: string[];
  beneficiaryGroups: string[];
  status: string | undefined;
  updates?: PledgeUpdate[];
  /** Kept from the pledge a row replaces (no CSV column). */
  sourceVersions?: Partial<Record<Locale, string>>;
  announced: { date: string | undefined; event: string | undefined };
  sourceUrl: string | undefined;
}

/** Text in the languages that have a cell; empty ones are left out. */
function localized(en: string | undefined, fr: string | undefined, ar: string | undefined): Partial<Record<Locale, string>> {
  return { ...(en ? { en } : {}), ...(fr ? { fr } : {}), ...(ar ? { ar } : {}) };
}

/**
 * Reads a row as a pledge. Two values of the export are turned back into
 * what an entry holds: the regions of the listed countries are dropped (the
 * export adds them; an entry lists only regions beyond its countries'), and
 * the USD value of a USD amount is dropped (the export repeats the amount).
 */
export function pledgeFromRow(values: RowValues, regionOf: (alpha3: string) => string | undefined): PledgeInput {
  const countries = listCell(values.countries);
  const countryRegions = new Set(countries.map(regionOf));
  const amount = numberCell(values.amount);
  const usd = numberCell(values.valueUsd);
  const hasValue = [values.amount, values.currency, values.valueUsd, values.rateDate].some((cell) => cell !== undefined);
  return {
    id: values.id,
    illustrative: booleanCell(values.illustrative),
    pledger: values.pledgerId,
    originalLanguage: values.originalLanguage,
    title: localized(values.titleEn, values.titleFr, values.titleAr),
    summary: localized(values.summaryEn, values.summaryFr, values.summaryAr),
    focusAreas: listCell(values.focusAreas),
    pillars: listCell(values.pillars),
    pledgeType: values.pledgeType,
    countries,
    regions: listCell(values.regions).filter((region) => !countryRegions.has(region)),
    global: booleanCell(values.global),
    ...(hasValue
      ? {
          estimatedValue: {
            amount,
            currency: values.currency,
            ...(usd !== undefined && !(values.currency === 'USD' && usd === amount) ? { usd } : {}),
            ...(values.rateDate ? { rateDate: values.rateDate } : {}),
          },
        }
      : {}),
    startYear: numberCell(values.startYear),
    endYear: numberCell(values.endYear),
    sdgs: listCell(values.sdgs).map((sdg) => numberCell(sdg) ?? sdg),
    wsisActionLines: listCell(values.wsisActionLines),
    beneficiaryGroups: listCell(values.beneficiaryGroups),
    status: values.status,
    announced: { date: values.announcedDate, event: values.announcedEvent },
    sourceUrl: values.sourceUrl,
  };
}
