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
function advance(code: number): number {
  if (code === 0x20 || code === 0xa0 || code === 0x202f) return 0.28;
  if (code >= 0x30 && code <= 0x39) return 0.58; // digits
  if (code >= 0x41 && code <= 0x5a) return code === 0x4d || code === 0x57 ? 0.95 : 0.72; // capitals; M, W
  if (code >= 0x0600 && code <= 0x06ff) return code === 0x060c || code === 0x061b ? 0.32 : 0.56; // Arabic; its comma and semicolon
  if (code === 0x6d || code === 0x77 || code === 0x40 || code === 0x25) return 0.95; // m, w, @, %
  // . , : ; ' ’ ( ) | ! i l j
  if (code === 0x2e || code === 0x2c || code === 0x3a || code === 0x3b || code === 0x27 || code === 0x2019 || code === 0x28 || code === 0x29 || code === 0x7c || code === 0x21 || code === 0x69 || code === 0x6c || code === 0x6a) return 0.32;
  if (code >= 0x2000 && code <= 0x206f) return code === 0x2013 || code === 0x2014 ? 0.9 : 0.05; // dashes; marks and isolates
  return 0.6;
}

// Labels repeat across thousands of charts (years, names, legends): each text is measured once.
const ems = new Map<string, number>();

function emWidth(text: string): number {
  let em = ems.get(text);
  if (em === undefined) {
    em = 0;
    for (let i = 0; i < text.length; i += 1) em += advance(text.charCodeAt(i));
    ems.set(text, em);
  }
  return em;
}

/** Estimated width of a text at a font size (in the same unit as the size). */
export function textWidth(text: string, size: number, bold = false): number {
  return emWidth(text) * size * (bold ? 1.08 : 1);
}

/**
 * Breaks a text into lines no wider than `maxWidth`, at ordinary spaces only (a no-break space,
 * such as French's before a colon, never breaks); a longer word gets a line of its own.
 */
export function wrapLines(text: string, maxWidth: number, size: number, bold = false): string[] {
  const space = textWidth(' ', size, bold);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(/[ \t\n]+/)) {
    if (!word) continue;
    const wordWidth = textWidth(word, size, bold);
    if (line && width + space + wordWidth > maxWidth) {
      lines.push(line);
      line = word;
      width = wordWidth;
    } else {
      width += (line ? space : 0) + wordWidth;
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
