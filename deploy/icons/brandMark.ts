/**
 * The site's mark: a signal (two arcs over a dot) on the site's blue, in a 32 × 32 box. Our own
 * drawing, not ITU's emblem. Every icon and the social image draw it from here.
 */
export const brandBlue = '#005a8c';

/** The signal, drawn in a colour (SVG elements, 32 × 32 box). */
export function signal(colour: string): string {
  // Two quarter arcs of radius 6 and 11 centred on the dot at (16, 21): the drawing is centred in the box.
  return `<path d="M11.76 16.76a6 6 0 0 1 8.48 0M8.22 13.22a11 11 0 0 1 15.56 0" fill="none" stroke="${colour}" stroke-width="2.5" stroke-linecap="round"/><circle cx="16" cy="21" r="2.2" fill="${colour}"/>`;
}

/** The mark with rounded corners (favicon, browser icons). */
export function roundedMark(): string {
  return `<rect width="32" height="32" rx="6" fill="${brandBlue}"/>${signal('#fff')}`;
}

/**
 * The mark filling its square (home-screen icons: the system cuts its own shape; the signal stays
 * inside the central 80 % circle that every mask keeps).
 */
export function fullBleedMark(): string {
  return `<rect width="32" height="32" fill="${brandBlue}"/>${signal('#fff')}`;
}

/** An SVG document of the mark at a pixel size (`size` absent: scalable, as favicon.svg). */
export function markSvg(mark: string, size?: number): string {
  const dimensions = size ? ` width="${size}" height="${size}"` : '';
  return `<svg xmlns="http://www.w3.org/2000/svg"${dimensions} viewBox="0 0 32 32">${mark}</svg>`;
}
