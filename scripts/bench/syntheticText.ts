/**
 * Word banks for the synthetic pledges and pledgers, in the site's three
 * languages. The texts are plausible in length and vocabulary (so page sizes
 * and the search index resemble real content) but say nothing real.
 */
import type { Random } from './prng.ts';

export type Lang = 'en' | 'fr' | 'ar';
export const langs: readonly Lang[] = ['en', 'fr', 'ar'];

/** One theme of commitment, phrased in each language. */
interface Theme {
  title: Record<Lang, string>;
  /** What is delivered, counted: "{n} … " */
  thing: Record<Lang, string>;
  /** Who benefits. */
  people: Record<Lang, string>;
}

const themes: Theme[] = [
  {
    title: { en: 'Solar-powered 4G sites', fr: 'Sites 4G à énergie solaire', ar: 'مواقع للجيل الرابع تعمل بالطاقة الشمسية' },
    thing: { en: 'solar-powered mobile broadband sites', fr: 'sites de haut débit mobile alimentés à l’énergie solaire', ar: 'موقعاً للنطاق العريض المتنقل يعمل بالطاقة الشمسية' },
    people: { en: 'people in rural districts', fr: 'habitants de districts ruraux', ar: 'شخص في المناطق الريفية' },
  },
  {
    title: { en: 'Digital skills for young women', fr: 'Compétences numériques pour les jeunes femmes', ar: 'المهارات الرقمية للشابات' },
    thing: { en: 'training centres', fr: 'centres de formation', ar: 'مركزاً للتدريب' },
    people: { en: 'young women', fr: 'jeunes femmes', ar: 'شابة' },
  },
  {
    title: { en: 'Fibre backbone extension', fr: 'Extension du réseau dorsal en fibre', ar: 'توسيع الشبكة الفقرية من الألياف' },
    thing: { en: 'kilometres of fibre', fr: 'kilomètres de fibre', ar: 'كيلومتراً من الألياف البصرية' },
    people: { en: 'households', fr: 'foyers', ar: 'أسرة' },
  },
  {
    title: { en: 'Connecting schools', fr: 'Raccordement des écoles', ar: 'توصيل المدارس' },
    thing: { en: 'schools', fr: 'écoles', ar: 'مدرسة' },
    people: { en: 'pupils and teachers', fr: 'élèves et enseignants', ar: 'تلميذ ومعلم' },
  },
  {
    title: { en: 'Community networks', fr: 'Réseaux communautaires', ar: 'الشبكات المجتمعية' },
    thing: { en: 'community networks', fr: 'réseaux communautaires', ar: 'شبكة مجتمعية' },
    people: { en: 'villagers', fr: 'villageois', ar: 'من سكان القرى' },
  },
  {
    title: { en: 'Affordable smartphones', fr: 'Des smartphones abordables', ar: 'هواتف ذكية ميسورة التكلفة' },
    thing: { en: 'subsidised devices', fr: 'terminaux subventionnés', ar: 'جهازاً مدعوماً' },
    people: { en: 'first-time users', fr: 'nouveaux utilisateurs', ar: 'مستخدم جديد' },
  },
  {
    title: { en: 'Cybersecurity capacity building', fr: 'Renforcement des capacités en cybersécurité', ar: 'بناء القدرات في مجال الأمن السيبراني' },
    thing: { en: 'incident response teams', fr: 'équipes de réponse aux incidents', ar: 'فريقاً للاستجابة للحوادث' },
    people: { en: 'public officials', fr: 'agents publics', ar: 'موظف عمومي' },
  },
  {
    title: { en: 'Digital public services', fr: 'Services publics numériques', ar: 'الخدمات العامة الرقمية' },
    thing: { en: 'online services', fr: 'services en ligne', ar: 'خدمة إلكترونية' },
    people: { en: 'citizens', fr: 'citoyens', ar: 'مواطن' },
  },
  {
    title: { en: 'Telemedicine links', fr: 'Liaisons de télémédecine', ar: 'وصلات التطبيب عن بعد' },
    thing: { en: 'connected clinics', fr: 'centres de santé connectés', ar: 'عيادة موصولة' },
    people: { en: 'patients', fr: 'patients', ar: 'مريض' },
  },
  {
    title: { en: 'Startup accelerator', fr: 'Accélérateur de jeunes pousses', ar: 'مسرّع للشركات الناشئة' },
    thing: { en: 'start-ups', fr: 'jeunes entreprises', ar: 'شركة ناشئة' },
    people: { en: 'young entrepreneurs', fr: 'jeunes entrepreneurs', ar: 'رائد أعمال شاب' },
  },
  {
    title: { en: 'Spectrum and licensing reform', fr: 'Réforme du spectre et des licences', ar: 'إصلاح الطيف والترخيص' },
    thing: { en: 'regulatory workshops', fr: 'ateliers réglementaires', ar: 'حلقة عمل تنظيمية' },
    people: { en: 'regulators', fr: 'régulateurs', ar: 'منظّم' },
  },
  {
    title: { en: 'Satellite broadband for islands', fr: 'Haut débit par satellite pour les îles', ar: 'النطاق العريض الساتلي للجزر' },
    thing: { en: 'satellite terminals', fr: 'terminaux satellitaires', ar: 'محطة ساتلية' },
    people: { en: 'islanders', fr: 'insulaires', ar: 'من سكان الجزر' },
  },
];

const connector: Record<Lang, string> = { en: 'in', fr: 'en', ar: 'في' };

const summaryTemplates: Record<Lang, ((v: SummaryValues) => string)[]> = {
  en: [
    (v) => `${v.org} will deliver ${v.n} ${v.thing} in ${v.place} by ${v.endYear}, reaching about ${v.m} ${v.people}.`,
    () => `The work is done with local partners and public agencies, and progress is reported every year.`,
    () => `Every part of the programme is open to other operators and organisations on the same terms.`,
    (v) => `A first phase of ${v.k} ${v.thing} is financed; the rest depends on the results of a review in ${v.startYear + 1}.`,
    (v) => `The pledge also funds training for ${v.k * 10} local technicians and a help desk in the local languages.`,
  ],
  fr: [
    (v) => `${v.org} réalisera ${v.n} ${v.thing} ${connector.fr} ${v.place} d’ici ${v.endYear}, au bénéfice d’environ ${v.m} ${v.people}.`,
    () => `Les travaux sont menés avec des partenaires locaux et des organismes publics, et les progrès sont publiés chaque année.`,
    () => `Chaque volet du programme est ouvert aux autres opérateurs et organisations aux mêmes conditions.`,
    (v) => `Une première phase de ${v.k} ${v.thing} est financée ; la suite dépend des résultats d’un examen en ${v.startYear + 1}.`,
    (v) => `L’engagement finance aussi la formation de ${v.k * 10} techniciens locaux et un service d’assistance dans les langues locales.`,
  ],
  ar: [
    (v) => `ستنجز ${v.org} ${v.n} ${v.thing} ${connector.ar} ${v.place} بحلول عام ${v.endYear}، لفائدة نحو ${v.m} ${v.people}.`,
    () => `وتُنفَّذ الأعمال مع شركاء محليين وهيئات عامة، ويُنشر التقدم المحرز كل عام.`,
    () => `ويُتاح كل جزء من البرنامج للمشغّلين والمنظمات الأخرى بالشروط نفسها.`,
    (v) => `وقد مُوّلت مرحلة أولى تشمل ${v.k} ${v.thing}، ويتوقف ما بعدها على نتائج مراجعة في عام ${v.startYear + 1}.`,
    (v) => `ويموّل التعهد أيضاً تدريب ${v.k * 10} تقنياً محلياً ومكتب مساعدة باللغات المحلية.`,
  ],
};

const updateTemplates: Record<Lang, ((n: number, total: number, thing: string) => string)[]> = {
  en: [
    (n, total, thing) => `${n} of the ${total} ${thing} are in service. Permits for the others are being secured.`,
    (n, total, thing) => `Work has started: ${n} ${thing} out of ${total} are done and a mid-term review is planned.`,
    () => `The programme was delayed by supply problems; a revised schedule has been agreed with the partners.`,
  ],
  fr: [
    (n, total, thing) => `${n} des ${total} ${thing} sont en service. Les autorisations pour les autres sont en cours d’obtention.`,
    (n, total, thing) => `Les travaux ont commencé : ${n} ${thing} sur ${total} sont achevés et un examen à mi-parcours est prévu.`,
    () => `Le programme a pris du retard en raison de problèmes d’approvisionnement ; un nouveau calendrier a été convenu avec les partenaires.`,
  ],
  ar: [
    (n, total, thing) => `دخل ${n} من أصل ${total} ${thing} الخدمة، ويجري الحصول على التصاريح للبقية.`,
    (n, total, thing) => `بدأت الأعمال: أُنجز ${n} من أصل ${total} ${thing}، ومن المقرر إجراء مراجعة في منتصف المدة.`,
    () => `تأخر البرنامج بسبب مشكلات في الإمداد، واتُّفق مع الشركاء على جدول زمني معدّل.`,
  ],
};

interface SummaryValues {
  org: string;
  place: string;
  thing: string;
  people: string;
  n: number;
  m: number;
  k: number;
  startYear: number;
  endYear: number;
}

export interface PledgeTexts {
  title: string;
  summary: string;
  /** Text of an update (by index of a template variant). */
  update: (variant: number, done: number) => string;
}

/** Title, summary and update texts of one pledge in one language; the choices come from `random`. */
export function pledgeTexts(
  lang: Lang,
  theme: number,
  values: Omit<SummaryValues, 'thing' | 'people'>,
  sentences: readonly number[],
  titleSuffix: string,
): PledgeTexts {
  const t = themes[theme % themes.length] as Theme;
  const filled: SummaryValues = { ...values, thing: t.thing[lang], people: t.people[lang] };
  const templates = summaryTemplates[lang];
  return {
    title: `${t.title[lang]} ${connector[lang]} ${values.place}${titleSuffix}`,
    summary: sentences.map((i) => (templates[i % templates.length] as (v: SummaryValues) => string)(filled)).join(' '),
    update: (variant, done) => (updateTemplates[lang][variant % updateTemplates[lang].length] as (n: number, total: number, thing: string) => string)(done, values.n, t.thing[lang]),
  };
}

export const themeCount = themes.length;

const orgWords: Record<Lang, { kinds: string[]; adjectives: string[]; nouns: string[] }> = {
  en: {
    kinds: ['Foundation', 'Networks', 'Institute', 'Alliance', 'Agency', 'Telecom', 'Partnership', 'Collective', 'Authority', 'Systems'],
    adjectives: ['Amber', 'Baobab', 'Cedar', 'Delta', 'Equator', 'Falcon', 'Granite', 'Harbour', 'Indigo', 'Juniper', 'Kestrel', 'Lagoon', 'Meridian', 'Nile', 'Oasis', 'Pioneer', 'Quartz', 'Riverbend', 'Savanna', 'Tidewater'],
    nouns: ['Digital', 'Broadband', 'Connectivity', 'Rural', 'Open', 'Mobile', 'Data', 'Learning'],
  },
  fr: {
    kinds: ['Fondation', 'Réseaux', 'Institut', 'Alliance', 'Agence', 'Télécom', 'Partenariat', 'Collectif', 'Autorité', 'Systèmes'],
    adjectives: ['Ambre', 'Baobab', 'Cèdre', 'Delta', 'Équateur', 'Faucon', 'Granit', 'Havre', 'Indigo', 'Genévrier', 'Crécerelle', 'Lagune', 'Méridien', 'Nil', 'Oasis', 'Pionnier', 'Quartz', 'Méandre', 'Savane', 'Marée'],
    nouns: ['numérique', 'haut débit', 'connectivité', 'rural', 'ouvert', 'mobile', 'données', 'apprentissage'],
  },
  ar: {
    kinds: ['مؤسسة', 'شبكات', 'معهد', 'تحالف', 'وكالة', 'اتصالات', 'شراكة', 'تجمّع', 'هيئة', 'أنظمة'],
    adjectives: ['العنبر', 'الباوباب', 'الأرز', 'الدلتا', 'خط الاستواء', 'الصقر', 'الغرانيت', 'المرفأ', 'النيلي', 'العرعر', 'العوسق', 'البحيرة', 'الهاجرة', 'النيل', 'الواحة', 'الرائد', 'الكوارتز', 'المنعطف', 'السافانا', 'المد'],
    nouns: ['الرقمية', 'للنطاق العريض', 'للتوصيل', 'الريفية', 'المفتوحة', 'المتنقلة', 'للبيانات', 'للتعلّم'],
  },
};

/** Name of the index-th synthetic organisation, per language (index makes it unique). */
export function organisationName(lang: Lang, random: Random, index: number): string {
  const w = orgWords[lang];
  const kind = random.pick(w.kinds);
  const adjective = random.pick(w.adjectives);
  const noun = random.pick(w.nouns);
  if (lang === 'en') return `${adjective} ${noun} ${kind} ${index}`;
  if (lang === 'fr') return `${kind} ${noun} ${adjective} ${index}`;
  return `${kind} ${adjective} ${noun} ${index}`;
}

export function organisationDescription(lang: Lang, place: string): string {
  if (lang === 'en') return `An organisation based in ${place} that works to bring affordable and meaningful connectivity to communities that are not yet online.`;
  if (lang === 'fr') return `Organisation basée ${connector.fr} ${place} qui œuvre pour une connectivité abordable et utile dans les communautés qui ne sont pas encore en ligne.`;
  return `منظمة مقرها ${place} تعمل على توفير توصيلية ميسورة التكلفة وهادفة للمجتمعات التي لم تتصل بعد بالإنترنت.`;
}
