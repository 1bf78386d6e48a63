// The GeoGraph read API, as a browser calls it: fetch, JSON, RFC 9457 problems turned into errors.
const keyStorage = 'geograph.readKey';

export const readKey = {
  get: () => sessionStorage.getItem(keyStorage) ?? '',
  set: key => key ? sessionStorage.setItem(keyStorage, key) : sessionStorage.removeItem(keyStorage),
};

/** A problem answer (4xx/5xx): status, title and the problem body. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

async function get(path, params = {}, signal) {
  const url = new URL(path, location.origin);
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  const headers = { Accept: 'application/json' };
  const key = readKey.get();
  if (key) headers['X-Api-Key'] = key;
  const response = await fetch(url, { headers, signal });
  const body = response.headers.get('content-type')?.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

const id = value => encodeURIComponent(value);

export const api = {
  search: (q, signal) => get('/api/search', { q, limit: 10 }, signal),
  neighborhood: (nodeId, { depth = 1, limit }) => get(`/api/graph/neighborhood/${id(nodeId)}`, { depth, limit }),
  node: nodeId => get(`/api/nodes/${id(nodeId)}`),
  relation: relationId => get(`/api/relations/${id(relationId)}`),
  source: sourceId => get(`/api/sources/${id(sourceId)}`),
  paths: (from, to, k) => get('/api/graph/paths', { from, to, k }),
  timeline: (actor, withActor) => get('/api/timeline', { actor, with: withActor }),
  disputedClaims: () => get('/api/claims/disputed'),
  dealDrafts: dealId => get(`/api/deals/${id(dealId)}/drafts`),
};
