/**
 * Widths of text estimated without a DOM, from the advance widths of the site's fonts
 * (Noto Sans, Noto Naskh Arabic), rounded up: a chart's layout leaves this much room, so that
 * labels never overflow or collide once the browser draws them (tested in Chromium at 320 px).
 */

/**
 * Extent of a text's box above and below its baseline, in em, as the browser measures a <text>
 * (the font's ascent and descent): Noto Sans 1.07 and 0.29, Noto Naskh Arabic's descent 0.44.
 * Texts are laid out so that these boxes never overlap.
 */
export const textAscent = 1.08;
export const textDescent = 0.45;

/** Advance width of a character, in em, rounded up over the characters of its kind. */
function advance(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (char === ' ' || char === '\u202f' || char === '\u00a0') return 0.28;
  if (/[0-9]/.test(char)) return 0.58;
  if (/[.,:;'’()|!ilj\u060c\u061b]/.test(char)) return 0.32;
  if (/[MWmw@%]/.test(char)) return 0.95;
  if (/[A-Z]/.test(char)) return 0.72;
  if (code >= 0x0600 && code <= 0x06ff) return 0.56;
  if (code >= 0x2000 && code <= 0x206f) return char === '\u2013' || char === '\u2014' ? 0.9 : 0.05;
  return 0.6;
}

/** Estimated width of a text at a font size (in the same unit as the size). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * size * (bold ? 1.08 : 1);
}

/**
 * Breaks a text into lines no wider than `maxWidth`, at ordinary spaces only (a no-break space,
 * such as French's before a colon, never breaks); a longer word gets a line of its own.
 */
export function wrapLines(text: string, maxWidth: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, size, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}
