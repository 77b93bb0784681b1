import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ui/ar.ts';

const strings = Object.entries(ar).flatMap(([key, value]) => (typeof value === 'string' ? [[key, value]] : Object.entries(value).map(([form, text]) => [`${key}.${form}`, text])));

describe('Arabic interface strings use Arabic punctuation', () => {
  it('have no Latin semicolon or question mark (Arabic writes ؛ and ؟)', () => {
    expect(strings.length).toBeGreaterThan(300);
    for (const [key, text] of strings) expect(text, key).not.toMatch(/[;?]/);
  });

  it('have no Latin comma between Arabic words (Arabic writes ،)', () => {
    for (const [key, text] of strings) expect(text, key).not.toMatch(/[\u0600-\u06ff] ?, ?[\u0600-\u06ff]/);
  });

  it('carry no bidi control characters (direction comes from the markup)', () => {
    for (const [key, text] of strings) expect(text, key).not.toMatch(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
  });
});
