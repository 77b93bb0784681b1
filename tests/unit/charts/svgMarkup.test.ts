import { describe, expect, it } from 'vitest';
import { element, escapeXml, paintAttributes, svgRoot, textElement } from '../../../src/charts/svg/svgMarkup.ts';
import { chartPalette } from '../../../src/charts/palette.ts';
import { xmlProblems } from './wellFormedXml.ts';

describe('the SVG writer', () => {
  it('escapes text and attribute values', () => {
    expect(escapeXml(`<a & "b" 'c'>`)).toBe(`&lt;a &amp; &quot;b&quot; 'c'&gt;`);
    expect(element('text', { x: 1.26, title: 'a"b', hidden: false, gone: undefined }, escapeXml('R&D'))).toBe('<text x="1.3" title="a&quot;b">R&amp;D</text>');
  });

  it('names classes on the page and writes the light colours into a downloaded SVG', () => {
    expect(paintAttributes('chart-bar-count', 'classes')).toEqual({ class: 'chart-bar-count' });
    expect(paintAttributes('chart-bar-count', 'resolved')).toEqual({ fill: chartPalette.light['chart-count'], stroke: undefined });
    expect(paintAttributes('chart-axis', 'resolved')).toEqual({ fill: 'none', stroke: chartPalette.light['chart-grid'] });
  });

  it('anchors texts by their physical side, whatever the direction', () => {
    const mark = { x: 10, y: 20, lines: ['a'], size: 12, className: 'chart-label' as const };
    expect(textElement({ ...mark, anchor: 'left' }, 'classes', 'ltr')).not.toContain('text-anchor');
    expect(textElement({ ...mark, anchor: 'right' }, 'classes', 'ltr')).toContain('text-anchor="end"');
    // Right to left, "start" is the right end of the text.
    expect(textElement({ ...mark, anchor: 'right' }, 'classes', 'rtl')).not.toContain('text-anchor');
    expect(textElement({ ...mark, anchor: 'left' }, 'classes', 'rtl')).toContain('text-anchor="end"');
    expect(textElement({ ...mark, anchor: 'left', lines: ['one', 'two'] }, 'classes', 'ltr')).toContain('<tspan x="10" dy="1.25em">two</tspan>');
  });

  it('writes a page SVG that takes its size, font and direction from the page, and a standalone one that carries them', () => {
    const frame = { id: 'chart-x-svg', width: 360, height: 100, dir: 'rtl' as const, lang: 'ar', title: 'عنوان', desc: 'وصف', footer: ['المصدر'] };
    const page = svgRoot(frame, '', 'classes');
    expect(page).toMatch(/^<svg viewBox="0 0 360 100" role="img" aria-labelledby="chart-x-svg-title" aria-describedby="chart-x-svg-desc" class="chart-svg">/);
    expect(page).not.toContain('المصدر');
    const standalone = svgRoot(frame, '', 'resolved');
    expect(standalone).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(standalone).toMatch(/width="360" height="\d+"/);
    expect(standalone).toContain('direction="rtl"');
    expect(standalone).toContain('lang="ar"');
    expect(standalone).toContain("font-family=\"'Noto Naskh Arabic'");
    expect(standalone).toContain('المصدر');
    expect(xmlProblems(standalone)).toEqual([]);
  });
});

describe('the well-formedness check', () => {
  it('reports unbalanced tags, stray ampersands and unquoted attributes', () => {
    expect(xmlProblems('<svg><g></svg>').length).toBeGreaterThan(0);
    expect(xmlProblems('<svg><text>R&D</text></svg>').length).toBeGreaterThan(0);
    expect(xmlProblems('<svg><rect x=1/></svg>').length).toBeGreaterThan(0);
    expect(xmlProblems('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"><text x="1">R&amp;D</text><rect/></svg>')).toEqual([]);
  });
});
