// The details panel: a node's or relation's fields, dates at their precision, and its provenance.
import { api } from './api.js';
import { el, fields, formatDate, propertyFields } from './dom.js';

const sources = new Map();
const sourceOf = id => sources.get(id) ?? sources.set(id, api.source(id)).get(id);

async function provenance({ source, passage }) {
  const { source: found } = await sourceOf(source);
  return el('section', { className: 'provenance', ariaLabel: 'Provenance' },
    el('h3', {}, 'Provenance'),
    fields([['Source', found.title], ['Published', formatDate(found.published)], ['Outlets', found.outlets]]),
    el('blockquote', { className: 'passage' }, passage));
}

export function createDetails(panel, graph, onError) {
  /** The fields of what load() answers, its provenance, then what after(item) adds (e.g. links to follow). */
  async function render(load, describe, after = () => []) {
    try {
      const item = await load();
      panel.replaceChildren(...describe(item), await provenance(item.provenance), ...after(item));
    } catch (error) {
      onError(error);
    }
  }

  const links = id => el('section', { ariaLabel: 'Drawn relations' },
    el('h3', {}, 'Drawn relations'),
    el('ul', { className: 'links' }, graph.linksOf(id).map(link => el('li', {},
      el('button', { type: 'button', onclick: () => showRelation(link.id) },
        link.outgoing ? `${link.type} → ${link.other}` : `← ${link.type} ${link.other}`)))));

  const showNode = id => render(() => api.node(id), node => [
    el('h2', {}, node.name),
    fields([['Kind', `${node.kind} (${node.category})`], ['Title', node.title], ['Country', node.country],
      ['Date', formatDate(node.date)], ['Aliases', node.aliases], ['Description', node.description], ['Id', node.id],
      ['Written by', node.writtenBy]]),
    propertyFields(node.properties),
    el('button', { type: 'button', onclick: () => graph.expand(id) }, 'Expand on the graph'),
  ], () => [links(id)]);

  const showRelation = id => render(() => api.relation(id), relation => [
    el('h2', {}, relation.type),
    fields([['From', graph.label(relation.from)], ['To', graph.label(relation.to)], ['Role', relation.role],
      ['Date', formatDate(relation.date)], ['Stance', relation.stance], ['Id', relation.id], ['Written by', relation.writtenBy]]),
    propertyFields(relation.properties),
    el('button', { type: 'button', onclick: () => showNode(relation.from) }, `Open ${graph.label(relation.from)}`),
    el('button', { type: 'button', onclick: () => showNode(relation.to) }, `Open ${graph.label(relation.to)}`),
  ]);

  return { showNode, showRelation };
}
