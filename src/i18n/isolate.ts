/**
 * Wraps text in Unicode first-strong isolates (U+2068 … U+2069), so that a
 * title or symbol embedded in plain text keeps its own direction: a French
 * title inside an Arabic citation does not scramble the sentence around it.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
