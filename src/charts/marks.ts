import type { ChartClass } from './palette.ts';

/** Writing direction of a chart: Arabic charts are drawn right to left. */
export type ChartDir = 'ltr' | 'rtl';

/** Where a text sits against its x: physical sides, whatever the language's direction. */
export type Anchor = 'left' | 'middle' | 'right';

/** A text, possibly on several lines; `y` is the baseline of its first line. */
export interface TextMark {
  x: number;
  y: number;
  lines: string[];
  anchor: Anchor;
  /** Font size, in units. */
  size: number;
  className: ChartClass;
  bold?: boolean;
}

export interface RectMark {
  x: number;
  y: number;
  width: number;
  height: number;
  className: ChartClass;
}

export interface LineMark {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  className: ChartClass;
  dashed?: boolean;
}

/** Distance between the baselines of two lines of text, per unit of font size. */
export const lineHeight = 1.25;

/** Mirrors a horizontal position in a frame of `width` (right-to-left layout). */
export function mirrorX(x: number, width: number): number {
  return width - x;
}

/** A text mirrored: its position, and its anchor on the other side. */
export function mirrorText(mark: TextMark, width: number): TextMark {
  const anchor: Anchor = mark.anchor === 'left' ? 'right' : mark.anchor === 'right' ? 'left' : 'middle';
  return { ...mark, x: mirrorX(mark.x, width), anchor };
}

/** A rectangle mirrored. */
export function mirrorRect(mark: RectMark, width: number): RectMark {
  return { ...mark, x: width - mark.x - mark.width };
}

/** A line mirrored. */
export function mirrorLine(mark: LineMark, width: number): LineMark {
  return { ...mark, x1: mirrorX(mark.x1, width), x2: mirrorX(mark.x2, width) };
}
