import type { ExcerptRun } from '../excerpt.ts';

/**
 * An excerpt as DOM nodes: text nodes, <mark> for matched words, <bdi> around runs written in
 * the other direction. Built with textContent only: the excerpt comes from the index and is
 * never parsed as HTML.
 */
export function renderExcerpt(runs: readonly ExcerptRun[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const run of runs) {
    const parent: Node = run.isolate ? fragment.appendChild(document.createElement('bdi')) : fragment;
    for (const piece of run.pieces) {
      if (piece.mark) {
        const mark = document.createElement('mark');
        mark.textContent = piece.text;
        parent.appendChild(mark);
      } else parent.appendChild(document.createTextNode(piece.text));
    }
  }
  return fragment;
}
