// Small DOM helpers: elements built from data (never innerHTML), dates at their precision, status messages.

/** el('p', {className: 'x'}, 'text', child): an element with properties and children (strings become text). */
export function el(tag, properties = {}, ...children) {
  const element = Object.assign(document.createElement(tag), properties);
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
}

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025" → "2025 (year)", "2025-02" → "February 2025 (month)", "2025-03-31" → "31 March 2025 (day)". */
export function formatDate(date) {
  if (!date) return '';
  const [year, month, day] = date.split('-');
  if (day) return `${Number(day)} ${months[month - 1]} ${year} (day)`;
  if (month) return `${months[month - 1]} ${year} (month)`;
  return `${year} (year)`;
}

/** A definition list of label/value pairs, leaving out empty values. */
export function fields(pairs) {
  return el('dl', { className: 'fields' },
    pairs.filter(([, value]) => value !== undefined && value !== null && value !== '' && !(Array.isArray(value) && !value.length))
      .flatMap(([label, value]) => [el('dt', {}, label), el('dd', {}, Array.isArray(value) ? value.join(', ') : String(value))]));
}

/** A node's or relation's free-form properties (deal terms, figures) as fields. */
export const propertyFields = properties => fields(Object.entries(properties ?? {}).map(([name, value]) => [name, JSON.stringify(value)]));

const statusLine = () => document.getElementById('status');

export function showStatus(message) {
  statusLine().classList.remove('error');
  statusLine().textContent = message;
}

export function showError(error) {
  statusLine().classList.add('error');
  statusLine().textContent = error.status === 401
    ? 'This service needs a key for reads: enter one under "Read key".'
    : error.status ? `${error.message} (HTTP ${error.status})` : error.message;
}
