// The report area: the timeline of two actors coloured by stance, the disputed claims side by side, a deal's drafts.
import { api } from './api.js';
import { el, fields, formatDate, propertyFields } from './dom.js';

const names = actors => actors.map(actor => actor.name).join(', ') || 'nobody named';
const passage = ({ passage: text }) => el('blockquote', { className: 'passage' }, text);

export function createReports(panel, onError) {
  async function render(title, load, describe) {
    try {
      const answer = await load();
      panel.hidden = false;
      panel.replaceChildren(el('h2', {}, title), ...describe(answer));
      panel.focus();
    } catch (error) {
      onError(error);
    }
  }

  const interaction = (relation, label) => el('li', { className: relation.stance ? `stance-${relation.stance}` : '' },
    el('strong', {}, formatDate(relation.date)), ` ${label(relation.from)} ${relation.type} ${label(relation.to)}`,
    relation.stance ? el('span', { className: 'muted' }, ` (${relation.stance})`) : null, passage(relation.provenance));

  const timeline = (actor, withActor) => render(`Timeline: ${actor.name} and ${withActor.name}`, () => api.timeline(actor.id, withActor.id),
    ({ events, interactions }) => {
      const label = id => [actor, withActor].find(node => node.id === id)?.name ?? id;
      return [
        el('h3', {}, `Interactions (${interactions.length})`),
        el('ol', { className: 'timeline', ariaLabel: 'Interactions' }, interactions.map(relation => interaction(relation, label))),
        el('h3', {}, `Events both took part in (${events.length})`),
        el('ol', { className: 'timeline', ariaLabel: 'Shared events' }, events.map(({ event, participants }) => el('li', {},
          el('strong', {}, formatDate(event.date)), ` ${event.name}`,
          el('div', { className: 'muted' }, participants.map(p => `${p.actor.name}${p.role ? ` (${p.role})` : ''}`).join(', '))))),
      ];
    });

  const claimCard = ({ claim, claimedBy }) => el('article', { className: 'card' },
    el('h3', {}, claim.name), fields([['Claimed by', names(claimedBy)]]), propertyFields(claim.properties), passage(claim.provenance));

  const disputedClaims = () => render('Disputed claims', api.disputedClaims, disputes => disputes.map(dispute =>
    el('div', { className: 'side-by-side' }, claimCard(dispute.claim), el('span', { className: 'versus' }, 'contradicts'), claimCard(dispute.counter))));

  const termList = (className, terms, show) => Object.entries(terms).map(([name, value]) => el('li', { className }, `${name}: ${show(value)}`));
  const changes = ({ added, dropped, changed }) => el('ul', { ariaLabel: 'Term changes' },
    termList('added', added, JSON.stringify), termList('dropped', dropped, JSON.stringify),
    termList('changed', changed, change => `${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`));

  const drafts = dealId => render(`Drafts of ${dealId}`, () => api.dealDrafts(dealId), list => [el('div', { className: 'drafts' },
    list.map(entry => el('article', { className: 'card' },
      el('h3', {}, entry.draft.name),
      fields([['Date', formatDate(entry.draft.date)], ['Presented by', names(entry.presentedBy)],
        ['Accepted by', names(entry.acceptedBy)], ['Rejected by', names(entry.rejectedBy)]]),
      el('h4', {}, 'Terms'), propertyFields(entry.draft.properties),
      entry.changes ? [el('h4', {}, `Changes since ${entry.supersedes}`), changes(entry.changes)] : null,
      passage(entry.draft.provenance))))]);

  return { timeline, disputedClaims, drafts };
}
