// A search box with results as you type: debounced, and each new query aborts the one still in flight.
import { api } from './api.js';
import { el, showError } from './dom.js';

const debounceMs = 200;

/**
 * Turns a search input into a node picker with its results list ("<input's name> results"): onPick(node) gets
 * the chosen hit's node, and the input keeps its id in data-node-id.
 */
export function nodePicker(input, onPick = () => {}) {
  const list = el('ul', { className: 'results', ariaLabel: `${input.getAttribute('aria-label')} results` });
  const picker = el('div', { className: 'picker' });
  input.replaceWith(picker);
  picker.append(input, list);
  let timer;
  let inFlight;

  const choose = node => {
    input.value = node.name;
    input.dataset.nodeId = node.id;
    list.replaceChildren();
    onPick(node);
  };

  const render = hits => list.replaceChildren(...hits.map(({ node }) => el('li', {},
    el('button', { type: 'button', onclick: () => choose(node) },
      el('span', {}, node.name), ' ', el('span', { className: 'kind' }, node.kind)))));

  async function run(query) {
    inFlight?.abort();
    if (!query.trim()) return list.replaceChildren();
    inFlight = new AbortController();
    try {
      render((await api.search(query, inFlight.signal)).hits);
    } catch (error) {
      if (error.name !== 'AbortError') showError(error);
    }
  }

  input.addEventListener('input', () => {
    delete input.dataset.nodeId;
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value), debounceMs);
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'Escape') list.replaceChildren();
    if (event.key === 'ArrowDown') list.querySelector('button')?.focus();
  });
}
