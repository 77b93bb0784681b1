/** Types of subset-font 2 (the package ships none): harfbuzz's subsetter in WebAssembly. */
declare module 'subset-font' {
  interface SubsetFontOptions {
    /** Output format; the input's format when left out. */
    targetFormat?: 'sfnt' | 'woff' | 'woff2' | 'truetype';
    /** Ids of name-table records to keep. */
    preserveNameIds?: number[];
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
    noLayoutClosure?: boolean;
  }
  /** The font (any format), cut down to the characters of `text`. */
  export default function subsetFont(font: Buffer, text: string, options?: SubsetFontOptions): Promise<Buffer>;
}
