/**
 * Writes a content folder with N synthetic pledges and about N/8 pledgers,
 * next to a copy of the real reference data, focus areas, documents,
 * milestones and retired ids. Every entry is `illustrative: true` and
 * passes the schemas of src/schemas/. The same N always gives the same
 * files (seeded generator), so runs can be compared.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { createRandom, type Random } from './prng.ts';
import { langs, organisationDescription, organisationName, pledgeTexts, themeCount, type Lang } from './syntheticText.ts';

interface CountryRow {
  alpha2: string;
  alpha3: string;
  region: string;
  label?: Record<Lang, string>;
}

interface Reference {
  countries: CountryRow[];
  ldcCountries: CountryRow[];
  regions: string[];
  focusAreas: { id: string; pillars: string[] }[];
  beneficiaryGroups: string[];
  wsisActionLines: string[];
  stakeholderGroups: string[];
}

export interface GeneratedContent {
  dir: string;
  pledges: number;
  organisations: number;
  /** Files written or copied. */
  files: number;
  /** Bytes of the pledge and organisation files written. */
  bytes: number;
  seconds: number;
}

const pledgeTypes = ['programmatic', 'advocacy', 'policy', 'other'] as const;
const statuses = ['announced', 'in-progress', 'completed', 'discontinued'] as const;
/** Currencies with a rough, made-up rate to USD (the benchmark only needs plausible numbers). */
const currencies: [string, number][] = [
  ['EUR', 1.08],
  ['XOF', 0.00165],
  ['KES', 0.0077],
  ['GBP', 1.27],
  ['JPY', 0.0066],
  ['INR', 0.012],
  ['BRL', 0.18],
  ['CHF', 1.12],
  ['ZAR', 0.054],
  ['AED', 0.27],
];
const firstDay = Date.UTC(2021, 11, 1);
const lastDay = Date.UTC(2026, 5, 30);
const dayMs = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function idNumber(n: number, width = 6): string {
  return String(n).padStart(width, '0');
}

function readYaml(file: string): unknown {
  return parse(readFileSync(file, 'utf8'));
}

function readReference(contentDir: string): Reference {
  const ref = (name: string) => readYaml(path.join(contentDir, 'reference', `${name}.yaml`)) as { items: Record<string, unknown>[] };
  const countries = ref('countries').items as unknown as CountryRow[];
  // LDCs (without a graduation date): synthetic pledges favour them, as real ones do.
  const ldcCodes = new Set((ref('group-membership').items as { country: string; group: string; until?: unknown }[]).filter((m) => m.group === 'ldc' && m.until === undefined).map((m) => m.country));
  const focusAreas = readdirSync(path.join(contentDir, 'focus-areas'))
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => readYaml(path.join(contentDir, 'focus-areas', name)) as { id: string; pillars: { id: string }[] })
    .map((area) => ({ id: area.id, pillars: area.pillars.map((p) => p.id) }));
  const ids = (name: string) => ref(name).items.map((item) => String(item.id));
  return {
    countries,
    ldcCountries: countries.filter((c) => ldcCodes.has(c.alpha3)),
    regions: ids('regions'),
    focusAreas,
    beneficiaryGroups: ids('beneficiary-groups'),
    wsisActionLines: ids('wsis-action-lines'),
    stakeholderGroups: ids('stakeholder-groups'),
  };
}

function countryNamer(): (country: CountryRow, lang: Lang) => string {
  const names = Object.fromEntries(langs.map((lang) => [lang, new Intl.DisplayNames([lang], { type: 'region' })])) as Record<Lang, Intl.DisplayNames>;
  return (country, lang) => country.label?.[lang] ?? names[lang].of(country.alpha2) ?? country.alpha3;
}

function pickLanguage(random: Random): Lang {
  return random.weighted(langs, [60, 25, 15]);
}

/** The original language first, then each other language with probability p. */
function languagesOf(random: Random, original: Lang, p: number): Lang[] {
  return [original, ...langs.filter((lang) => lang !== original && random.chance(p))];
}

function organisation(random: Random, reference: Reference, index: number, placeName: ReturnType<typeof countryNamer>): Record<string, unknown> {
  const id = `bench-org-${idNumber(index, 5)}`;
  const original = pickLanguage(random);
  const country = random.chance(0.3) ? random.pick(reference.ldcCountries) : random.pick(reference.countries);
  const name: Partial<Record<Lang, string>> = {};
  for (const lang of languagesOf(random, original, 0.6)) name[lang] = organisationName(lang, random, index);
  const entry: Record<string, unknown> = {
    id,
    illustrative: true,
    originalLanguage: original,
    name,
  };
  if (random.chance(0.4)) entry.abbreviation = `B${idNumber(index, 5)}`;
  entry.stakeholderGroup = random.weighted(reference.stakeholderGroups, reference.stakeholderGroups.map((g) => (g === 'private-sector' ? 4 : g === 'government' ? 3 : 1)));
  entry.country = country.alpha3;
  if (random.chance(0.7)) entry.website = `https://${id}.example.org/`;
  if (random.chance(0.7)) {
    const description: Partial<Record<Lang, string>> = {};
    for (const lang of languagesOf(random, original, 0.6)) description[lang] = organisationDescription(lang, placeName(country, lang));
    entry.description = description;
  }
  return entry;
}

function pledge(random: Random, reference: Reference, index: number, pledger: { id: string; name: string }, placeName: ReturnType<typeof countryNamer>): Record<string, unknown> {
  const id = `bench-${idNumber(index)}`;
  const original = pickLanguage(random);
  const announcedMs = firstDay + random.int(0, Math.floor((lastDay - firstDay) / dayMs) - 30) * dayMs;
  const announced = isoDay(announcedMs);
  const startYear = new Date(announcedMs).getUTCFullYear() + (random.chance(0.2) ? 1 : 0);
  const endYear = random.chance(0.8) ? startYear + random.int(0, 5) : undefined;

  // Where: mostly named countries (with a bias towards LDCs), some regions only, a few worldwide.
  const where = random.weighted(['countries', 'regions', 'global'] as const, [88, 7, 5]);
  const countries =
    where === 'countries'
      ? [...new Set(Array.from({ length: random.weighted([1, 2, 3, 4, 6], [50, 25, 12, 8, 5]) }, () => (random.chance(0.4) ? random.pick(reference.ldcCountries) : random.pick(reference.countries))))]
      : [];
  const regions = where === 'regions' ? random.sample(reference.regions, random.int(1, 2)) : [];
  const place = (lang: Lang): string =>
    countries[0] ? placeName(countries[0], lang) : lang === 'en' ? 'several regions' : lang === 'fr' ? 'plusieurs régions' : 'عدة مناطق';

  const focusAreas = random.sample(reference.focusAreas, random.weighted([1, 2, 3], [65, 28, 7]));
  const pillarPool = focusAreas.flatMap((area) => area.pillars);
  const pillars = random.chance(0.85) ? random.sample(pillarPool, random.int(1, Math.min(3, pillarPool.length))) : [];

  const theme = random.int(0, themeCount - 1);
  const values = {
    org: pledger.name,
    n: random.int(5, 900),
    m: random.int(2, 900) * 1000,
    k: random.int(2, 40),
    startYear,
    endYear: endYear ?? startYear + 3,
  };
  const sentences = random.sample([0, 1, 2, 3, 4], random.int(2, 4));
  if (!sentences.includes(0)) sentences.unshift(0);
  const titleSuffix = random.chance(0.3) ? ` (${startYear})` : '';
  const title: Partial<Record<Lang, string>> = {};
  const summary: Partial<Record<Lang, string>> = {};
  const texts = Object.fromEntries(langs.map((lang) => [lang, pledgeTexts(lang, theme, { ...values, place: place(lang) }, sentences, titleSuffix)])) as Record<Lang, ReturnType<typeof pledgeTexts>>;
  for (const lang of langs) {
    if (lang === original) {
      title[lang] = texts[lang].title;
      summary[lang] = texts[lang].summary;
    } else if (random.chance(0.7)) {
      title[lang] = texts[lang].title;
      if (random.chance(0.93)) summary[lang] = texts[lang].summary;
    }
  }

  const status = random.weighted(statuses, [35, 40, 18, 7]);
  const updates: Record<string, unknown>[] = [];
  const updateCount =
    status === 'announced' ? (random.chance(0.2) ? 1 : 0) : random.chance(status === 'in-progress' ? 0.6 : 0.7) ? random.int(1, 3) : 0;
  const span = Math.max(1, Math.floor((lastDay - announcedMs) / dayMs));
  const updateDays = Array.from({ length: updateCount }, () => random.int(1, span)).sort((a, b) => a - b);
  updateDays.forEach((days, i) => {
    const language = random.chance(0.85) ? original : pickLanguage(random);
    const last = i === updateDays.length - 1;
    const updateStatus = status === 'announced' ? undefined : last ? status : random.chance(0.5) ? 'in-progress' : undefined;
    const variant = status === 'discontinued' && last ? 2 : random.int(0, 1);
    const text: Partial<Record<Lang, string>> = {};
    for (const lang of languagesOf(random, language, 0.5)) text[lang] = texts[lang].update(variant, Math.max(1, Math.floor((values.n * (i + 1)) / (updateDays.length + 1))));
    updates.push({ date: isoDay(announcedMs + days * dayMs), ...(updateStatus ? { status: updateStatus } : {}), originalLanguage: language, text });
  });

  const entry: Record<string, unknown> = {
    id,
    illustrative: true,
    pledger: pledger.id,
    originalLanguage: original,
    title,
    summary,
    focusAreas: focusAreas.map((area) => area.id),
    pillars,
    pledgeType: random.weighted(pledgeTypes, [55, 20, 15, 10]),
    countries: countries.map((c) => c.alpha3),
    regions,
  };
  if (where === 'global') entry.global = true;
  if (random.chance(0.75)) {
    const usd = random.int(1, 5000) * 10_000;
    if (random.chance(0.3)) {
      const [currency, rate] = random.pick(currencies);
      entry.estimatedValue = { amount: Math.round(usd / rate), currency, usd, rateDate: announced, rateSource: 'Illustrative rate' };
    } else {
      entry.estimatedValue = { amount: usd, currency: 'USD' };
    }
  }
  entry.startYear = startYear;
  if (endYear !== undefined) entry.endYear = endYear;
  entry.sdgs = random.sample(Array.from({ length: 17 }, (_, i) => i + 1), random.int(1, 4));
  entry.wsisActionLines = random.sample(reference.wsisActionLines, random.int(0, 2));
  entry.beneficiaryGroups = random.sample(reference.beneficiaryGroups, random.int(0, 3));
  entry.status = status;
  // Synthetic pledges are illustrative: they name no (real) event.
  entry.announced = { date: announced };
  if (updates.length > 0) entry.updates = updates;
  if (random.chance(0.3)) entry.sourceUrl = `https://pledges.example.org/${id}`;
  return entry;
}

/**
 * Generates the content folder `dir` (emptied first) with `pledgeCount`
 * pledges, copying the rest from `sourceDir`.
 */
export function generateSyntheticContent(sourceDir: string, dir: string, pledgeCount: number, seed = 20_220_606): GeneratedContent {
  const started = performance.now();
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let files = 0;
  for (const name of ['reference', 'focus-areas', 'documents', 'milestones.yaml', 'retired-ids.yaml']) {
    cpSync(path.join(sourceDir, name), path.join(dir, name), { recursive: true });
  }
  files += readdirSync(dir, { recursive: true }).length;

  const reference = readReference(sourceDir);
  const placeName = countryNamer();
  const random = createRandom(seed);
  const organisationCount = Math.max(1, Math.round(pledgeCount / 8));
  const yamlOptions = { lineWidth: 100, minContentWidth: 40 };
  let bytes = 0;

  mkdirSync(path.join(dir, 'organisations'));
  const pledgers: { id: string; name: string }[] = [];
  for (let i = 1; i <= organisationCount; i += 1) {
    const entry = organisation(random, reference, i, placeName);
    const names = entry.name as Partial<Record<Lang, string>>;
    pledgers.push({ id: String(entry.id), name: names[entry.originalLanguage as Lang] ?? String(entry.id) });
    const text = stringify(entry, yamlOptions);
    writeFileSync(path.join(dir, 'organisations', `${entry.id}.yaml`), text);
    bytes += Buffer.byteLength(text);
    files += 1;
  }

  mkdirSync(path.join(dir, 'pledges'));
  for (let i = 1; i <= pledgeCount; i += 1) {
    // Every pledger gets one pledge; the rest go mostly to a few large pledgers (as in real data).
    const pledgerIndex = i <= organisationCount ? i - 1 : Math.floor(organisationCount * random.next() ** 2);
    const entry = pledge(random, reference, i, pledgers[pledgerIndex] as { id: string; name: string }, placeName);
    const text = stringify(entry, yamlOptions);
    writeFileSync(path.join(dir, 'pledges', `${entry.id}.yaml`), text);
    bytes += Buffer.byteLength(text);
    files += 1;
  }
  return { dir, pledges: pledgeCount, organisations: organisationCount, files, bytes, seconds: (performance.now() - started) / 1000 };
}
