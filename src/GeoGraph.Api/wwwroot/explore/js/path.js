// Paths between two chosen nodes (k shortest, up to 3), listed and highlighted on the graph.
import { api } from './api.js';
import { el, showStatus } from './dom.js';

export function createPaths({ form, from, to, k, list }, graph, onError) {
  const describe = path => path.nodes.map(node => node.name).join(' → ');

  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!from.dataset.nodeId || !to.dataset.nodeId) return showStatus('Choose both ends of the path from their search results.');
    try {
      const { paths } = await api.paths(from.dataset.nodeId, to.dataset.nodeId, k.value);
      list.replaceChildren(...paths.map(path => el('li', {},
        el('button', { type: 'button', onclick: () => graph.highlight(path) }, `${describe(path)} (${path.hops} hops)`))));
      if (!paths.length) return showStatus('No path within the API\'s hop limit.');
      graph.highlight(paths[0]);
      showStatus(`${paths.length} path(s) found; the first is highlighted.`);
    } catch (error) {
      onError(error);
    }
  });
}
