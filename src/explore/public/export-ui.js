import { statementFacts } from './statement-facts.js';
import { statementRecords, toCsv } from './statements-export.js';
import { toSvg } from './svg-export.js';

/** Pixels per model pixel in the PNG: sharp enough to print or zoom into. */
const PNG_SCALE = 2;

/** Saves a blob under a name through the browser's usual download. */
function download(blob, name) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name from the view's subject: letters, digits and dashes only. */
function fileName(subject, ext) {
  const slug = String(subject || 'view')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `claimgraph-${slug || 'view'}.${ext}`;
}

/**
 * The Export menu: the shown graph as a PNG picture or an SVG drawing, the shown statements as CSV or JSON.
 *
 * @param {{
 *   cy: any,
 *   shownStatementIds: () => string[],
 *   subject: () => string,
 *   announce: (text: string) => void,
 * }} view
 */
export function attachExportMenu(view) {
  const menu = /** @type {HTMLDetailsElement} */ (document.getElementById('export-menu'));
  const exporters = {
    png: async () =>
      download(
        view.cy.png({ output: 'blob', full: true, scale: PNG_SCALE, bg: '#ffffff' }),
        fileName(view.subject(), 'png'),
      ),
    svg: async () =>
      download(new Blob([toSvg(view.cy)], { type: 'image/svg+xml' }), fileName(view.subject(), 'svg')),
    csv: async () => {
      const records = await records_();
      download(
        new Blob([toCsv(records)], { type: 'text/csv;charset=utf-8' }),
        fileName(view.subject(), 'csv'),
      );
    },
    json: async () => {
      const records = await records_();
      const body = JSON.stringify(
        { exportedAt: new Date().toISOString(), view: location.href, statements: records },
        null,
        2,
      );
      download(new Blob([body], { type: 'application/json' }), fileName(view.subject(), 'json'));
    },
  };
  const records_ = async () => {
    const ids = view.shownStatementIds();
    const facts = await statementFacts(ids);
    return statementRecords(ids.map((id) => facts.get(id)).filter(Boolean));
  };
  for (const button of menu.querySelectorAll('[data-export]')) {
    button.addEventListener('click', async () => {
      const kind = /** @type {HTMLElement} */ (button).dataset.export ?? '';
      try {
        await exporters[kind]();
        view.announce(`Exported ${kind.toUpperCase()}.`);
      } catch (error) {
        view.announce(`Export failed: ${error.message}`);
      }
      menu.open = false;
    });
  }
}
