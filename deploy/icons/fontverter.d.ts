/** fontverter (a dependency of subset-font) has no types: the one function used here. */
declare module 'fontverter' {
  /** Converts a font (WOFF2, WOFF or SFNT) to another format. */
  export function convert(font: Uint8Array, toFormat: 'truetype' | 'sfnt' | 'woff' | 'woff2'): Promise<Buffer>;
  const fontverter: { convert: typeof convert };
  export default fontverter;
}
