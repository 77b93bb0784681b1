import type { Labels } from '../schemas/common.ts';
import type { Locale } from '../i18n/locales.ts';

/** A reference list: items with an id and labels in the three languages. */
interface LabelledList<Id> {
  items: readonly { id: Id; label: Labels }[];
}

/** The label of a controlled value in a language; the code itself if the value is unknown. */
export function labelOf<Id extends string | number>(list: LabelledList<Id>, id: Id, locale: Locale): string {
  return list.items.find((item) => item.id === id)?.label[locale] ?? String(id);
}

/** "Access: Connecting people everywhere" in a language's punctuation (French puts a space before the colon). */
export function focusAreaTitle(area: { shortName: Labels; name: Labels }, locale: Locale): string {
  return `${area.shortName[locale]}${locale === 'fr' ? '\u202f:' : ':'} ${area.name[locale]}`;
}
