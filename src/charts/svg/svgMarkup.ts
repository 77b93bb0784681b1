import { lineHeight, type Anchor, type ChartDir, type LineMark, type RectMark, type TextMark } from '../marks.ts';
import { textAscent, textDescent, wrapLines } from '../textWidth.ts';
import { chartPalette, classPaint, standaloneFonts, type ChartClass } from '../palette.ts';

/**
 * How colours are written: `classes` for the page (class names; charts.css gives the colours of
 * the reader's scheme), `resolved` for a downloaded SVG, which has no stylesheet and carries its
 * colours (the light scheme) as attributes.
 */
export type Paint = 'classes' | 'resolved';

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or an attribute value escaped for XML (and HTML); attributes are always in double quotes. */
export function escapeXml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/[&<>"]/g, (c) => entities[c] ?? c) : text;
}

/** A coordinate with at most one decimal. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

type AttributeValue = string | number | undefined | null | false;

/** One element; attributes that are undefined, null or false are left out. */
export function element(name: string, attributes: Record<string, AttributeValue>, content?: string): string {
  let open = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    open += ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return content === undefined ? `${open}/>` : `${open}>${content}</${name}>`;
}

/** The attributes that paint an element of a class, in either mode. */
export function paintAttributes(className: ChartClass, paint: Paint): Record<string, string | undefined> {
  if (paint === 'classes') return { class: className };
  const colours = chartPalette.light;
  const rule: { fill?: keyof typeof colours; stroke?: keyof typeof colours } = classPaint[className];
  return { fill: rule.fill ? colours[rule.fill] : 'none', stroke: rule.stroke ? colours[rule.stroke] : undefined };
}

/**
 * text-anchor for a physical side: in a right-to-left SVG (direction="rtl"), "start" is the right
 * end of the text.
 */
function textAnchor(anchor: Anchor, dir: ChartDir): string | undefined {
  if (anchor === 'middle') return 'middle';
  const start = dir === 'rtl' ? 'right' : 'left';
  return anchor === start ? undefined : 'end';
}

export function textElement(mark: TextMark, paint: Paint, dir: ChartDir): string {
  const content =
    mark.lines.length === 1
      ? escapeXml(mark.lines[0] ?? '')
      : mark.lines.map((line, i) => element('tspan', { x: mark.x, dy: i === 0 ? undefined : `${lineHeight}em` }, escapeXml(line))).join('');
  return element(
    'text',
    { x: mark.x, y: mark.y, 'text-anchor': textAnchor(mark.anchor, dir), 'font-size': mark.size, 'font-weight': mark.bold ? 'bold' : undefined, ...paintAttributes(mark.className, paint) },
    content,
  );
}

export function rectElement(mark: RectMark, paint: Paint): string {
  return element('rect', { x: mark.x, y: mark.y, width: Math.max(0, mark.width), height: mark.height, ...paintAttributes(mark.className, paint) });
}

export function lineElement(mark: LineMark, paint: Paint): string {
  return element('line', { x1: mark.x1, y1: mark.y1, x2: mark.x2, y2: mark.y2, 'stroke-dasharray': mark.dashed ? '4 3' : undefined, ...paintAttributes(mark.className, paint) });
}

/** What the root of a chart's SVG says about it. */
export interface SvgFrame {
  /** Prefix of the ids of its title and description (unique on the page). */
  id: string;
  width: number;
  height: number;
  /** Direction of its text (the language's), which may differ from its layout's (a time axis is never mirrored). */
  dir: ChartDir;
  lang: string;
  title: string;
  desc: string;
  /** "img" for a chart; a map with links keeps <svg>'s own role, graphics-document (role img would hide its links). */
  role?: 'img' | 'graphics-document';
  /** Lines written under a downloaded chart (source, notes), which has no page around it. */
  footer?: readonly string[];
}

/** The footer of a downloaded chart: its lines wrapped to the width, and the height they take. */
function footerMarks(frame: SvgFrame): { marks: TextMark[]; height: number } {
  const size = frame.width > 600 ? 14 : 10;
  const lines = (frame.footer ?? []).flatMap((text) => wrapLines(text, frame.width - 8, size));
  if (lines.length === 0) return { marks: [], height: 0 };
  const x = frame.dir === 'rtl' ? frame.width - 4 : 4;
  const pitch = (textAscent + textDescent) * size;
  const marks = lines.map((line, i): TextMark => ({ x, y: frame.height + 8 + textAscent * size + i * pitch, lines: [line], anchor: frame.dir === 'rtl' ? 'right' : 'left', size, className: 'chart-note' }));
  return { marks, height: 8 + lines.length * pitch + 4 };
}

/**
 * The root <svg> of a chart. On the page it is responsive (a viewBox, no size) and takes its font
 * from the page; downloaded, it is a standalone file: namespace, size, font family, direction and
 * a background of its own.
 */
export function svgRoot(frame: SvgFrame, content: string, paint: Paint): string {
  const titleId = `${frame.id}-title`;
  const descId = `${frame.id}-desc`;
  const standalone = paint === 'resolved';
  const footer = standalone ? footerMarks(frame) : { marks: [], height: 0 };
  const height = frame.height + footer.height;
  return element(
    'svg',
    {
      xmlns: standalone ? 'http://www.w3.org/2000/svg' : undefined,
      viewBox: `0 0 ${num(frame.width)} ${num(height)}`,
      width: standalone ? frame.width : undefined,
      height: standalone ? Math.ceil(height) : undefined,
      // A chart is one image named by its <title> and described by its <desc>. The map keeps
      // <svg>'s own role (graphics-document), which takes its name and description from those
      // elements without ARIA.
      role: frame.role === 'graphics-document' ? undefined : 'img',
      'aria-labelledby': frame.role === 'graphics-document' ? undefined : titleId,
      'aria-describedby': frame.role === 'graphics-document' ? undefined : descId,
      // On the page, language and direction come from the page (<html lang dir>).
      lang: standalone ? frame.lang : undefined,
      direction: standalone && frame.dir === 'rtl' ? 'rtl' : undefined,
      'font-family': standalone ? (frame.lang === 'ar' ? standaloneFonts.arabic : standaloneFonts.latin) : undefined,
      class: standalone ? undefined : 'chart-svg',
    },
    element('title', { id: titleId }, escapeXml(frame.title)) +
      element('desc', { id: descId }, escapeXml(frame.desc)) +
      (standalone ? element('rect', { width: frame.width, height: Math.ceil(height), fill: chartPalette.light['chart-bg'] }) : '') +
      content +
      footer.marks.map((mark) => textElement(mark, paint, frame.dir)).join(''),
  );
}
