import { statementFacts } from './statement-facts.js';
import { statementRecords, toCsv } from './statements-export.js';
import { toSvg } from './svg-export.js';
import { exportSelection } from './view-state.js';

/** Pixels per model pixel in the PNG: sharp enough to print or zoom into. */
const PNG_SCALE = 2;

/** The server's downloads (src/plugins/export-download.ts): GET /export/<format>?<selection>. */
const EXPORT_PATH = '/export';

/**
 * Starts a download the server streams (the browser writes it to disk as it comes; nothing is held here).
 *
 * @param {string} href
 */
function downloadFrom(href) {
  const link = document.createElement('a');
  link.href = href;
  link.download = '';
  document.body.append(link);
  link.click();
  link.remove();
}

/** Saves a blob under a name through the browser's usual download. @param {Blob} blob @param {string} name */
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

/**
 * A file name from the view's subject: letters, digits and dashes only.
 *
 * @param {string} subject
 * @param {string} ext
 */
export function fileName(subject, ext) {
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
 *   cy: import('./types.js').Core,
 *   shownStatementIds: () => string[],
 *   subject: () => string,
 *   state: () => import('./view-state.js').ViewState,
 *   announce: (text: string) => void,
 * }} view
 */
export function attachExportMenu(view) {
  const menu = /** @type {HTMLDetailsElement} */ (document.getElementById('export-menu'));
  /** @type {Record<string, () => Promise<void>>} */
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
    return statementRecords(ids.flatMap((id) => facts.get(id) ?? []));
  };
  const scopeView = /** @type {HTMLElement} */ (document.getElementById('export-scope-view'));
  // Said when the menu opens: what "this view" covers depends on the mode.
  menu.addEventListener('toggle', () => {
    const { mode, focus } = view.state();
    scopeView.textContent =
      mode === 'neighborhood' && focus ? 'This neighborhood, filtered' : 'Filtered statements (no focus)';
  });
  for (const button of menu.querySelectorAll('[data-server-export]')) {
    button.addEventListener('click', () => {
      const format = /** @type {HTMLElement} */ (button).dataset.serverExport ?? '';
      const checked = menu.querySelector('input[name="export-scope"]:checked');
      const scope = checked instanceof HTMLInputElement && checked.value === 'all' ? 'all' : 'view';
      const query = exportSelection(view.state(), scope).toString();
      downloadFrom(`${EXPORT_PATH}/${format}${query ? `?${query}` : ''}`);
      view.announce(`Downloading ${format.toUpperCase()} from the server.`);
      menu.open = false;
    });
  }
  for (const button of menu.querySelectorAll('[data-export]')) {
    button.addEventListener('click', async () => {
      const kind = /** @type {HTMLElement} */ (button).dataset.export ?? '';
      try {
        await exporters[kind]?.();
        view.announce(`Exported ${kind.toUpperCase()}.`);
      } catch (error) {
        view.announce(`Export failed: ${error instanceof Error ? error.message : error}`);
      }
      menu.open = false;
    });
  }
}
