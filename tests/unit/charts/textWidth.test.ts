import { describe, expect, it } from 'vitest';
import { textWidth, wrapLines } from '../../../src/charts/textWidth.ts';

/** Widths in em measured in Chromium with the site's fonts (Noto Sans; Noto Naskh Arabic on Arabic pages). */
const measured: [string, number][] = [
  ['Number of pledges', 9.08],
  ['Estimated value (USD)', 10.33],
  ['Nombre de promesses', 10.68],
  ['$100B', 2.94],
  ['Chiffre officiel publié par l’UIT', 13.88],
  ['عدد التعهدات', 5.4],
  ['القيمة التقديرية (بالدولار الأمريكي)', 13.99],
  ['على الصعيد العالمي، دون تسمية منطقة', 16.17],
  ['100 مليار دولار أمريكي', 9.46],
];

describe('estimated text widths', () => {
  it('are never narrower than the text as drawn', () => {
    for (const [text, em] of measured) expect(textWidth(text, 100), text).toBeGreaterThanOrEqual(em * 100);
  });

  it('are not wildly wider either (a third at most), so that bars keep their room', () => {
    for (const [text, em] of measured) expect(textWidth(text, 100), text).toBeLessThanOrEqual(em * 100 * 1.35);
  });

  it('break a text into lines that fit, at spaces', () => {
    const lines = wrapLines('Pledges and estimated value by ITU-D region of implementation', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Pledges and estimated value by ITU-D region of implementation');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(wrapLines('Short', 150, 14)).toEqual(['Short']);
    // French keeps its narrow no-break space before a colon.
    expect(wrapLines('Source\u202f: les promesses de ce répertoire', 60, 14)[0]).toBe('Source\u202f:');
  });
});
