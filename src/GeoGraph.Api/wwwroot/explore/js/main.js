// Wires the explorer's parts to the page. window.geographExplorer.cy is the Cytoscape instance, for tests.
import { readKey } from './api.js';
import { showError, showStatus } from './dom.js';
import { createDetails } from './details.js';
import { createGraph } from './graph.js';
import { createPaths } from './path.js';
import { nodePicker } from './search.js';
import { createReports } from './timeline.js';

const byId = id => document.getElementById(id);
const chosen = input => input.dataset.nodeId && { id: input.dataset.nodeId, name: input.value };

const keyInput = byId('read-key');
keyInput.value = readKey.get();
keyInput.addEventListener('change', () => readKey.set(keyInput.value.trim()));

let details;
const graph = createGraph({
  container: byId('cy'), legendList: byId('legend'), count: byId('graph-count'), moreButton: byId('more'),
  onSelect: ({ node, relation }) => node ? details.showNode(node) : details.showRelation(relation),
  onError: showError,
});
details = createDetails(byId('details'), graph, showError);
globalThis.geographExplorer = { cy: graph.cy };

nodePicker(byId('search'), async node => {
  showStatus(`Drawing the neighbourhood of ${node.name}…`);
  await graph.show(node.id);
  showStatus(`Neighbourhood of ${node.name}: click a node to expand it.`);
  details.showNode(node.id);
});

byId('zoom-in').addEventListener('click', () => graph.zoom(1.25));
byId('zoom-out').addEventListener('click', () => graph.zoom(0.8));
byId('fit').addEventListener('click', () => graph.fit());
byId('relayout').addEventListener('click', () => graph.relayout());

const pathFrom = byId('path-from');
const pathTo = byId('path-to');
[pathFrom, pathTo].forEach(input => nodePicker(input));
createPaths({ form: byId('path-form'), from: pathFrom, to: pathTo, k: byId('path-k'), list: byId('path-list') }, graph, showError);

const reports = createReports(byId('report'), showError);
const actor = byId('timeline-actor');
const withActor = byId('timeline-with');
[actor, withActor].forEach(input => nodePicker(input));
byId('timeline-form').addEventListener('submit', event => {
  event.preventDefault();
  if (!chosen(actor) || !chosen(withActor)) return showStatus('Choose both actors from their search results.');
  reports.timeline(chosen(actor), chosen(withActor));
});
byId('claims-button').addEventListener('click', reports.disputedClaims);
byId('drafts-form').addEventListener('submit', event => {
  event.preventDefault();
  reports.drafts(byId('deal-id').value.trim());
});
