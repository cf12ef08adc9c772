/** SVG elements for the panel's charts (timeline-chart.js, provenance-view.js); text only through text nodes. */

const SVG = 'http://www.w3.org/2000/svg';

/**
 * @param {string} tag
 * @param {Record<string, string | number>} attrs
 * @param {...(Element | string)} children
 */
export function svg(tag, attrs, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, String(value));
  for (const child of children) el.append(child);
  return el;
}

/** A name cut to fit a box, with "…" where it was cut. @param {string} text @param {number} max */
export const short = (text, max) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
