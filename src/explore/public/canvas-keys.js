/**
 * The canvas by keyboard: arrow keys move a cursor over the shown nodes in reading order (top to bottom,
 * left to right), Enter opens the node under it, "+" expands it, Escape clears the selection.
 *
 * @param {HTMLElement} container the focusable canvas
 * @param {import('./types.js').Core} cy
 * @param {{ select: (id: string | null) => void, expand: (id: string) => void, announce: (text: string) => void }} actions
 */
export function attachCanvasKeys(container, cy, actions) {
  // Set here rather than in the page: the canvas is only a control once this script drives it.
  container.tabIndex = 0;
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', 'graph');
  container.setAttribute(
    'aria-label',
    'Graph. Arrow keys move between nodes, Enter opens one, plus expands it, Escape clears the selection.',
  );
  /** @type {import('./types.js').NodeSingular | null} */
  let cursor = null;
  const ROW = 40;
  const order = () =>
    cy
      .nodes(':visible')
      .toArray()
      .sort(
        (a, b) =>
          Math.round(a.position('y') / ROW) - Math.round(b.position('y') / ROW) ||
          a.position('x') - b.position('x'),
      );

  const moveTo = (/** @type {import('./types.js').NodeSingular | null | undefined} */ node) => {
    cy.nodes('.hover').removeClass('hover');
    cursor = node ?? null;
    if (!node) return;
    node.addClass('hover');
    const ext = cy.extent();
    const p = node.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.center(node);
    actions.announce(`${node.data('apiType')}: ${node.data('label')}`);
  };

  container.addEventListener('keydown', (event) => {
    const nodes = order();
    if (!nodes.length) return;
    const current = cursor;
    const at = current ? nodes.findIndex((n) => n.id() === current.id()) : -1;
    if (['ArrowRight', 'ArrowDown'].includes(event.key)) {
      moveTo(nodes[(at + 1) % nodes.length]);
    } else if (['ArrowLeft', 'ArrowUp'].includes(event.key)) {
      moveTo(nodes[(at - 1 + nodes.length) % nodes.length]);
    } else if (event.key === 'Enter' && cursor) {
      actions.select(cursor.id());
    } else if ((event.key === '+' || event.key === '=') && cursor) {
      actions.expand(cursor.id());
    } else if (event.key === 'Escape') {
      actions.select(null);
    } else {
      return;
    }
    event.preventDefault();
  });
  container.addEventListener('blur', () => moveTo(null));
}
