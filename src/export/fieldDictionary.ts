import type { Labels } from '../schemas/common.ts';
import type { PledgeExportRecord } from './pledgeExport.ts';

/** Reference list a controlled field takes its values from (shown as a table on the dictionary page). */
export type Vocabulary =
  | 'stakeholder-groups' | 'pledge-types' | 'statuses' | 'focus-areas' | 'pillars' | 'regions' | 'sdgs'
  | 'wsis-action-lines' | 'beneficiary-groups' | 'countries' | 'events' | 'languages';

/** What a field of the export means, in the three languages, and where its values come from. */
export interface FieldEntry {
  meaning: Labels;
  vocabulary?: Vocabulary;
}

/** The meaning of every field of the export; a test checks it covers the export schema exactly. */
export const fieldDictionary: Record<keyof PledgeExportRecord, FieldEntry> = {
  id: { meaning: { en: 'Stable identifier of the pledge. It never changes and is never given to another pledge.', fr: 'Identifiant stable de la promesse. Il ne change jamais et n’est jamais réattribué.', ar: 'المعرّف الثابت للتعهد. لا يتغير أبداً ولا يُعطى لتعهد آخر.' } },
  illustrative: { meaning: { en: 'True when the entry is an illustrative example, not a real pledge.', fr: 'Vrai si l’entrée est un exemple fictif et non une vraie promesse.', ar: 'صحيح إذا كان المدخل مثالاً توضيحياً لا تعهداً حقيقياً.' } },
  url: { meaning: { en: 'Address of the pledge’s page in English (replace /en/ by /fr/ or /ar/ for the other languages).', fr: 'Adresse de la page de la promesse en anglais (remplacer /en/ par /fr/ ou /ar/ pour les autres langues).', ar: 'عنوان صفحة التعهد بالإنجليزية (استبدل ‎/en/‎ بـ ‎/fr/‎ أو ‎/ar/‎ للغات الأخرى).' } },
  pledgerId: { meaning: { en: 'Identifier of the pledging organisation.', fr: 'Identifiant de l’organisation contributrice.', ar: 'معرّف المنظمة المتعهدة.' } },
  pledgerName: { meaning: { en: 'Name of the pledger in its original language.', fr: 'Nom du contributeur dans sa langue originale.', ar: 'اسم الجهة المتعهدة بلغتها الأصلية.' } },
  pledgerNameEn: { meaning: { en: 'Name of the pledger in English, when given.', fr: 'Nom du contributeur en anglais, s’il est fourni.', ar: 'اسم الجهة المتعهدة بالإنجليزية، إن وُجد.' } },
  stakeholderGroup: { meaning: { en: 'Stakeholder group of the pledger (code).', fr: 'Groupe de parties prenantes du contributeur (code).', ar: 'فئة أصحاب المصلحة التي تنتمي إليها الجهة المتعهدة (رمز).' }, vocabulary: 'stakeholder-groups' },
  stakeholderGroupLabel: { meaning: { en: 'Stakeholder group, in English.', fr: 'Groupe de parties prenantes, en anglais.', ar: 'فئة أصحاب المصلحة، بالإنجليزية.' } },
  pledgerCountry: { meaning: { en: 'Home country of the pledger (ISO 3166-1 alpha-3).', fr: 'Pays d’origine du contributeur (ISO 3166-1 alpha-3).', ar: 'بلد مقر الجهة المتعهدة (ISO 3166-1 alpha-3).' }, vocabulary: 'countries' },
  originalLanguage: { meaning: { en: 'Language the pledge was written in.', fr: 'Langue dans laquelle la promesse a été rédigée.', ar: 'اللغة التي كُتب بها التعهد.' }, vocabulary: 'languages' },
  titleEn: { meaning: { en: 'Title in English, when given.', fr: 'Titre en anglais, s’il est fourni.', ar: 'العنوان بالإنجليزية، إن وُجد.' } },
  titleFr: { meaning: { en: 'Title in French, when given.', fr: 'Titre en français, s’il est fourni.', ar: 'العنوان بالفرنسية، إن وُجد.' } },
  titleAr: { meaning: { en: 'Title in Arabic, when given.', fr: 'Titre en arabe, s’il est fourni.', ar: 'العنوان بالعربية، إن وُجد.' } },
  summaryEn: { meaning: { en: 'Plain-language summary in English, when given.', fr: 'Résumé en langage clair en anglais, s’il est fourni.', ar: 'ملخص بلغة واضحة بالإنجليزية، إن وُجد.' } },
  summaryFr: { meaning: { en: 'Plain-language summary in French, when given.', fr: 'Résumé en langage clair en français, s’il est fourni.', ar: 'ملخص بلغة واضحة بالفرنسية، إن وُجد.' } },
  summaryAr: { meaning: { en: 'Plain-language summary in Arabic, when given.', fr: 'Résumé en langage clair en arabe, s’il est fourni.', ar: 'ملخص بلغة واضحة بالعربية، إن وُجد.' } },
  focusAreas: { meaning: { en: 'Focus areas the pledge serves (codes; at least one).', fr: 'Domaines d’action de la promesse (codes ; au moins un).', ar: 'مجالات التركيز التي يخدمها التعهد (رموز؛ واحد على الأقل).' }, vocabulary: 'focus-areas' },
  focusAreaLabels: { meaning: { en: 'Focus areas, in English.', fr: 'Domaines d’action, en anglais.', ar: 'مجالات التركيز، بالإنجليزية.' } },
  pillars: { meaning: { en: 'Pillars of those focus areas the pledge addresses (codes).', fr: 'Piliers de ces domaines d’action visés par la promesse (codes).', ar: 'ركائز مجالات التركيز التي يتناولها التعهد (رموز).' }, vocabulary: 'pillars' },
  pledgeType: { meaning: { en: 'Type of pledge (code).', fr: 'Type de promesse (code).', ar: 'نوع التعهد (رمز).' }, vocabulary: 'pledge-types' },
  pledgeTypeLabel: { meaning: { en: 'Type of pledge, in English.', fr: 'Type de promesse, en anglais.', ar: 'نوع التعهد، بالإنجليزية.' } },
  status: { meaning: { en: 'Current status (code); the updates tell how it got there.', fr: 'État actuel (code) ; les mises à jour retracent son évolution.', ar: 'الحالة الراهنة (رمز)؛ وتبيّن التحديثات كيف وصل إليها.' }, vocabulary: 'statuses' },
  statusLabel: { meaning: { en: 'Status, in English.', fr: 'État, en anglais.', ar: 'الحالة، بالإنجليزية.' } },
  countries: { meaning: { en: 'Countries of implementation (ISO 3166-1 alpha-3).', fr: 'Pays de mise en œuvre (ISO 3166-1 alpha-3).', ar: 'بلدان التنفيذ (ISO 3166-1 alpha-3).' }, vocabulary: 'countries' },
  countryNames: { meaning: { en: 'Countries of implementation, in English.', fr: 'Pays de mise en œuvre, en anglais.', ar: 'بلدان التنفيذ، بالإنجليزية.' } },
  regions: { meaning: { en: 'ITU-D regions of implementation: those of the countries, plus any named by the pledge (codes).', fr: 'Régions de l’UIT-D de mise en œuvre : celles des pays, plus celles nommées par la promesse (codes).', ar: 'مناطق قطاع تنمية الاتصالات التي يُنفذ فيها التعهد: مناطق البلدان، إضافة إلى ما يذكره التعهد (رموز).' }, vocabulary: 'regions' },
  global: { meaning: { en: 'True when the pledge is implemented worldwide rather than in named places.', fr: 'Vrai si la promesse est mise en œuvre dans le monde entier plutôt qu’en des lieux précis.', ar: 'صحيح إذا كان التعهد يُنفذ على الصعيد العالمي لا في أماكن محددة.' } },
  targetsLdc: { meaning: { en: 'True when at least one country of implementation was a least developed country on the day the pledge was announced. Derived from the countries and the dated group lists.', fr: 'Vrai si au moins un pays de mise en œuvre faisait partie des pays les moins avancés le jour de l’annonce de la promesse. Déduit des pays et des listes datées des groupes.', ar: 'صحيح إذا كان بلد واحد على الأقل من بلدان التنفيذ من أقل البلدان نمواً يوم الإعلان عن التعهد. مستمد من البلدان ومن القوائم المؤرخة للمجموعات.' } },
  targetsLldc: { meaning: { en: 'True when at least one country of implementation was a landlocked developing country on the day the pledge was announced. Derived from the countries and the dated group lists.', fr: 'Vrai si au moins un pays de mise en œuvre faisait partie des pays en développement sans littoral le jour de l’annonce de la promesse. Déduit des pays et des listes datées des groupes.', ar: 'صحيح إذا كان بلد واحد على الأقل من بلدان التنفيذ من البلدان النامية غير الساحلية يوم الإعلان عن التعهد. مستمد من البلدان ومن القوائم المؤرخة للمجموعات.' } },
  targetsSids: { meaning: { en: 'True when at least one country of implementation was a small island developing State on the day the pledge was announced. Derived from the countries and the dated group lists.', fr: 'Vrai si au moins un pays de mise en œuvre faisait partie des petits États insulaires en développement le jour de l’annonce de la promesse. Déduit des pays et des listes datées des groupes.', ar: 'صحيح إذا كان بلد واحد على الأقل من بلدان التنفيذ من الدول الجزرية الصغيرة النامية يوم الإعلان عن التعهد. مستمد من البلدان ومن القوائم المؤرخة للمجموعات.' } },
  amount: { meaning: { en: 'Estimated value in the currency pledged.', fr: 'Valeur estimée dans la monnaie de la promesse.', ar: 'القيمة التقديرية بعملة التعهد.' } },
  currency: { meaning: { en: 'Currency of the amount (ISO 4217 code).', fr: 'Monnaie du montant (code ISO 4217).', ar: 'عملة المبلغ (رمز ISO 4217).' } },
  valueUsd: { meaning: { en: 'Estimated value in US dollars: the amount itself for USD, otherwise converted at the rate of rateDate. A pledge is counted whole, with this whole value, in each country, region, group and focus area it names.', fr: 'Valeur estimée en dollars des États-Unis : le montant lui-même en USD, sinon converti au taux de rateDate. Une promesse est comptée entière, avec toute cette valeur, dans chaque pays, région, groupe et domaine d’action qu’elle nomme.', ar: 'القيمة التقديرية بدولارات الولايات المتحدة: المبلغ نفسه إن كان بالدولار، وإلا فمحوّلاً بسعر الصرف في rateDate. ويُحسب التعهد كاملاً، بكامل هذه القيمة، في كل بلد ومنطقة ومجموعة ومجال تركيز يذكره.' } },
  rateDate: { meaning: { en: 'Date of the exchange rate used for valueUsd (empty for USD).', fr: 'Date du taux de change utilisé pour valueUsd (vide pour l’USD).', ar: 'تاريخ سعر الصرف المستعمل في valueUsd (فارغ للدولار).' } },
  startYear: { meaning: { en: 'First year of implementation.', fr: 'Première année de mise en œuvre.', ar: 'أول سنة للتنفيذ.' } },
  endYear: { meaning: { en: 'Last year of implementation, when given.', fr: 'Dernière année de mise en œuvre, si elle est indiquée.', ar: 'آخر سنة للتنفيذ، إن ذُكرت.' } },
  sdgs: { meaning: { en: 'Sustainable Development Goals targeted (numbers 1 to 17).', fr: 'Objectifs de développement durable visés (numéros 1 à 17).', ar: 'أهداف التنمية المستدامة المستهدفة (الأرقام من 1 إلى 17).' }, vocabulary: 'sdgs' },
  wsisActionLines: { meaning: { en: 'WSIS action lines addressed (C1 to C11).', fr: 'Grandes orientations du SMSI concernées (C1 à C11).', ar: 'خطوط عمل القمة العالمية لمجتمع المعلومات المعنية (C1 إلى C11).' }, vocabulary: 'wsis-action-lines' },
  beneficiaryGroups: { meaning: { en: 'Groups the pledge is meant to benefit (codes).', fr: 'Groupes auxquels la promesse doit bénéficier (codes).', ar: 'الفئات التي يُقصد أن يفيدها التعهد (رموز).' }, vocabulary: 'beneficiary-groups' },
  announcedDate: { meaning: { en: 'Day the pledge was announced.', fr: 'Jour de l’annonce de la promesse.', ar: 'يوم الإعلان عن التعهد.' } },
  announcedEvent: { meaning: { en: 'Event at which it was announced (code), when any.', fr: 'Événement lors duquel elle a été annoncée (code), le cas échéant.', ar: 'الحدث الذي أُعلن فيه التعهد (رمز)، إن وُجد.' }, vocabulary: 'events' },
  sourceUrl: { meaning: { en: 'Public page the pledge comes from (empty for illustrative entries).', fr: 'Page publique d’où provient la promesse (vide pour les entrées fictives).', ar: 'الصفحة العامة التي أُخذ منها التعهد (فارغة للمدخلات التوضيحية).' } },
  lastUpdated: { meaning: { en: 'Day of the latest announcement or progress update.', fr: 'Jour de la dernière annonce ou mise à jour.', ar: 'يوم آخر إعلان أو تحديث للتقدم.' } },
  updates: { meaning: { en: 'Dated progress updates, oldest first: date, status reached (if it changed), language and text. In the CSV: the number of updates (updateCount).', fr: 'Mises à jour datées, de la plus ancienne à la plus récente : date, état atteint (s’il a changé), langue et texte. Dans le CSV : le nombre de mises à jour (updateCount).', ar: 'تحديثات التقدم المؤرخة، الأقدم أولاً: التاريخ والحالة التي بلغها التعهد (إن تغيرت) واللغة والنص. وفي ملف CSV: عدد التحديثات (updateCount).' } },
};
