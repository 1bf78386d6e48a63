// The graph region: Cytoscape.js drawing capped neighbourhoods, expanded node by node.
import { api } from './api.js';
import { el } from './dom.js';

const categories = ['actor', 'event', 'claim', 'resource', 'place'];
const stances = { cooperative: 'solid', neutral: 'dotted', hostile: 'dashed' };
/** New nodes per expansion, then per "More"; the page never draws more than maxDrawn nodes. */
const firstLimit = 40;
const maxLimit = 320;
const maxDrawn = 600;

const colour = name => getComputedStyle(document.documentElement).getPropertyValue(`--${name}`).trim();

function style() {
  return [
    { selector: 'node', style: {
      label: 'data(label)', 'font-size': 9, 'text-wrap': 'ellipsis', 'text-max-width': 110, 'text-valign': 'bottom',
      'text-margin-y': 3, width: 18, height: 18, 'background-color': colour('unstated'), color: colour('ink') } },
    ...categories.map(category => ({ selector: `node[category = "${category}"]`, style: { 'background-color': colour(category) } })),
    { selector: 'node[hop = 0]', style: { width: 28, height: 28, 'font-weight': 'bold' } },
    { selector: 'edge', style: {
      label: 'data(type)', 'font-size': 7, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.7,
      width: 1.5, 'line-color': colour('unstated'), 'target-arrow-color': colour('unstated'), color: colour('muted'),
      'text-rotation': 'autorotate', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
    ...Object.entries(stances).map(([stance, line]) => ({ selector: `edge[stance = "${stance}"]`,
      style: { 'line-color': colour(stance), 'target-arrow-color': colour(stance), 'line-style': line, width: 2.5 } })),
    { selector: ':selected', style: { 'overlay-color': colour('focus'), 'overlay-opacity': 0.25 } },
    { selector: '.faded', style: { opacity: 0.2 } },
    { selector: '.on-path', style: { 'underlay-color': colour('path'), 'underlay-opacity': 0.8, 'underlay-padding': 5, opacity: 1 } },
  ];
}

function legend() {
  return [
    ...categories.map(category => el('li', {}, swatch('swatch', category), category)),
    ...Object.entries(stances).map(([stance, line]) => el('li', {}, swatch('stroke', stance, line), stance)),
    el('li', {}, swatch('stroke', 'unstated', 'solid'), 'no stance'),
  ];
}

function swatch(className, colourName, line) {
  const mark = el('span', { className, ariaHidden: 'true' });
  if (line) Object.assign(mark.style, { borderTopStyle: line, borderTopColor: colour(colourName) });
  else mark.style.backgroundColor = colour(colourName);
  return mark;
}

/** Path nodes and relations, as the API returns them, shaped as the neighbourhood's Cytoscape elements. */
const pathElements = path => ({
  nodes: path.nodes.map(node => ({ data: { id: node.id, label: node.name, kind: node.kind, category: node.category } })),
  edges: path.relations.map(relation => ({ data: {
    id: relation.id, source: relation.from, target: relation.to, type: relation.type, date: relation.date, stance: relation.stance } })),
});

export function createGraph({ container, legendList, count, moreButton, onSelect, onError }) {
  const cy = globalThis.cytoscape({ container, style: style(), minZoom: 0.1, maxZoom: 4, wheelSensitivity: 0.3 });
  legendList.replaceChildren(...legend());
  /** The last expanded node whose answer was truncated, and the limit to ask for next. */
  let more = null;

  const relayout = () => cy.layout({ name: 'fcose', animate: false, quality: 'default', nodeRepulsion: 6000, idealEdgeLength: 90 }).run();

  function add({ nodes, edges }) {
    const fresh = [...nodes, ...edges].filter(element => cy.getElementById(element.data.id).empty());
    cy.add(fresh.map(element => ({ group: 'source' in element.data ? 'edges' : 'nodes', data: element.data })));
    count.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relations drawn`;
    return fresh.length;
  }

  async function expand(id, limit = firstLimit) {
    if (cy.nodes().length >= maxDrawn)
      return onError(new Error(`The graph holds ${maxDrawn} nodes already: draw a new neighbourhood from the search.`));
    try {
      const elements = await api.neighborhood(id, { depth: 1, limit });
      if (add(elements)) relayout();
      more = elements.truncated && limit < maxLimit ? { id, limit: limit * 2 } : null;
      moreButton.hidden = !more;
      if (more) moreButton.textContent = `More around ${cy.getElementById(id).data('label')}`;
    } catch (error) {
      onError(error);
    }
  }

  cy.on('tap', 'node', async event => {
    await expand(event.target.id());
    onSelect({ node: event.target.id() });
  });
  cy.on('tap', 'edge', event => onSelect({ relation: event.target.id() }));
  moreButton.addEventListener('click', () => more && expand(more.id, more.limit));

  return {
    cy,
    async show(id) {
      cy.elements().remove();
      await expand(id);
      cy.getElementById(id).select();
    },
    expand,
    zoom: factor => cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }),
    fit: () => cy.fit(undefined, 30),
    relayout,
    label: id => cy.getElementById(id).data('label') ?? id,
    /** The drawn relations of a node, each with the node at the other end. */
    linksOf: id => cy.getElementById(id).connectedEdges().map(edge => ({
      id: edge.id(), type: edge.data('type'), outgoing: edge.data('source') === id,
      other: edge.data('source') === id ? edge.target().data('label') : edge.source().data('label') })),
    highlight(path) {
      add(pathElements(path));
      relayout();
      const ids = new Set([...path.nodes.map(node => node.id), ...path.relations.map(relation => relation.id)]);
      cy.elements().removeClass('on-path').addClass('faded');
      cy.elements().filter(element => ids.has(element.id())).removeClass('faded').addClass('on-path');
    },
  };
}
