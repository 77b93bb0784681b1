import { describe, expect, it } from 'vitest';
import { foldArabic } from '../../../src/search/normalize/arabicLetters.ts';
import { peelAll, queryLimits, textLimits } from '../../../src/search/normalize/arabicClitics.ts';
import { singularOfPlural, isKnownWord } from '../../../src/search/normalize/arabicLexicon.ts';
import { indexForms, queryForms } from '../../../src/search/normalize/wordForms.ts';

/** Whether a query word reaches a text word: the query's canonical form is one the text word is indexed under (or a prefix of one, as Pagefind matches prefixes). */
function finds(query: string, textWord: string): boolean {
  const { canonical } = queryForms(query);
  return indexForms(textWord).some((form) => form.startsWith(canonical));
}

describe('Arabic letters fold to one spelling', () => {
  it('drops short vowels, shadda, sukun and tatweel', () => {
    expect(foldArabic('التَّنْمِيَةُ')).toBe(foldArabic('التنمية'));
    expect(foldArabic('تـنـمـيـة')).toBe(foldArabic('تنمية'));
  });
  it('folds alef with hamza or madda, and hamza on waw or yaa', () => {
    expect(foldArabic('أعضاء')).toBe('اعضاء');
    expect(foldArabic('إطار')).toBe('اطار');
    expect(foldArabic('آثار')).toBe('اثار');
    expect(foldArabic('مؤسسة')).toBe('موسسه');
    expect(foldArabic('وثائق')).toBe('وثايق');
  });
  it('folds final taa marbuta into haa and alef maqsura into yaa', () => {
    expect(foldArabic('مدرسة')).toBe(foldArabic('مدرسه'));
    expect(foldArabic('مستوى')).toBe(foldArabic('مستوي'));
  });
  it('turns Arabic-Indic digits into Latin digits', () => {
    expect(foldArabic('٢٠٢٤')).toBe('2024');
  });
  it('reads a decomposed hamza (alef + combining hamza) like the composed letter', () => {
    expect(foldArabic('\u0627\u0654عضاء')).toBe('اعضاء');
  });
});

describe('clitics are peeled whichever the text carries', () => {
  it.each([
    ['والتنمية', 'تنميه'],
    ['فالبلدان', 'بلدان'],
    ['وبالشراكة', 'شراكه'],
    ['للبلدان', 'بلدان'],
    ['السنغال', 'سنغال'],
    ['وتنمية', 'تنميه'],
    ['كالشركاء', 'شركاء'],
  ])('%s is indexed under %s', (word, bare) => {
    expect(peelAll(foldArabic(word), textLimits)).toContain(bare);
  });
  it('does not peel a word down to fewer than three letters', () => {
    expect(peelAll(foldArabic('بلد'), textLimits)).toEqual(['بلد']);
  });
  it('peels a lone clitic from a query word only when four letters remain', () => {
    expect(peelAll(foldArabic('كتاب'), queryLimits)).toEqual(['كتاب']);
    expect(peelAll(foldArabic('وتنمية'), queryLimits)).toContain('تنميه');
  });
});

describe('broken plurals and their singulars', () => {
  it.each([
    ['تقارير', 'تقرير'],
    ['قرارات', 'قرار'],
    ['بلدان', 'بلد'],
    ['دول', 'دوله'],
    ['مشاريع', 'مشروع'],
    ['شركاء', 'شريك'],
    ['وزراء', 'وزير'],
    ['موارد', 'مورد'],
    ['مبادئ', 'مبدا'],
  ])('%s has the singular %s', (plural, singular) => {
    expect(singularOfPlural(foldArabic(plural))).toBe(singular);
  });
  it('finds the singular behind an attached pronoun (تقاريرها)', () => {
    expect(singularOfPlural(foldArabic('تقاريرها'))).toBe('تقرير');
  });
  it('knows words whose first letter is not a clitic', () => {
    expect(isKnownWord(foldArabic('بلدية'))).toBe(true);
    expect(isKnownWord(foldArabic('وزير'))).toBe(true);
  });
});

describe('a query word reaches every spelling of a text word', () => {
  it.each([
    // [query, word in the text]
    ['تقرير', 'التقارير'],
    ['تقارير', 'تقرير'],
    ['قرار', 'القرارات'],
    ['بلد', 'البلدان'],
    ['دولة', 'والدول'],
    ['مشروع', 'المشاريع'],
    ['شريك', 'الشركاء'],
    ['وزير', 'الوزراء'],
    ['مورد', 'الموارد'],
    ['مبدأ', 'المبادئ'],
    ['تنمية', 'والتنمية'],
    ['والتنمية', 'تنمية'],
    ['وبالشراكة', 'شراكة'],
    ['للبلدان', 'بلدان'],
    ['فالبلدان', 'البلدان'],
    ['سنغال', 'السنغال'],
    ['السنغال', 'سنغال'],
    ['مدرسه', 'المدرسة'],
    ['مستوى', 'المستوي'],
    ['أعضاء', 'الاعضاء'],
    ['إطار', 'والأطر'],
    ['التَّنْمِيَة', 'التنمية'],
    ['ولاية', 'الولاية'],
  ])('%s finds %s', (query, text) => {
    expect(finds(query, text)).toBe(true);
  });
  it('does not peel a root letter from a query word (كتاب does not become تاب)', () => {
    expect(queryForms('كتاب').canonical).toBe('كتاب');
    expect(queryForms('بلدية').canonical).toBe('بلديه');
  });
});
