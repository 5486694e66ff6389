// Hugging Face: a user (their overview page answers 404 when there is none),
// and their models, Spaces and datasets, each a git repository. A Space is
// often a demo app (Python when its SDK is Gradio or Streamlit); a model's
// card may hold evaluation results; a dataset is data more than code.
// https://huggingface.co/docs/hub/api
import { HfRepo, isoDate, looseItems } from './api-schemas.js';
import type { ApiClient } from './http.js';
import { listingOutcome, profileUrl } from './profiles.js';
import type { DiscoverSettings } from './settings.js';
import type { FoundRepo, ProfileOutcome, ProfileRef, RepoKind } from './types.js';

const enc = encodeURIComponent;

const LISTINGS: { kind: RepoKind; path: string; prefix: string; expand: string[] }[] = [
  { kind: 'model', path: 'api/models', prefix: '', expand: ['lastModified', 'private', 'gated', 'disabled', 'library_name', 'pipeline_tag', 'tags'] },
  { kind: 'space', path: 'api/spaces', prefix: 'spaces/', expand: ['lastModified', 'private', 'disabled', 'sdk', 'tags'] },
  { kind: 'dataset', path: 'api/datasets', prefix: 'datasets/', expand: ['lastModified', 'private', 'gated', 'disabled', 'tags'] },
];

const PYTHON_SDKS = new Set(['gradio', 'streamlit']);

function python(kind: RepoKind, item: HfRepo): boolean | null {
  if (kind === 'dataset') return false;
  if (kind !== 'space' || !item.sdk) return null;
  const sdk = item.sdk.toLowerCase();
  return PYTHON_SDKS.has(sdk) ? true : sdk === 'static' ? false : null;
}

function found(kind: RepoKind, prefix: string, item: HfRepo, settings: DiscoverSettings, via: string): FoundRepo {
  const web = settings.huggingface.api.replace(/\/+$/, '');
  const clone = (settings.huggingface.cloneBase ?? web).replace(/\/+$/, '');
  const language = kind === 'space' ? item.sdk : kind === 'model' ? item.library_name : undefined;
  const tags = (item.tags ?? []).filter((t) => !t.includes(':')).slice(0, 30);
  return {
    service: 'huggingface',
    kind,
    fullName: item.id,
    webUrl: `${web}/${prefix}${item.id}`,
    cloneUrl: `${clone}/${prefix}${item.id}`,
    ...(item.pipeline_tag ? { description: item.pipeline_tag } : {}),
    ...(tags.length ? { topics: tags } : {}),
    ...(language ? { language } : {}),
    python: python(kind, item),
    ...(isoDate(item.lastModified) ? { activeAt: isoDate(item.lastModified) } : {}),
    own: true,
    archived: false,
    empty: false,
    ...(item.gated || item.disabled ? { gated: true } : {}),
    namedOnCv: false,
    claims: [],
    foundVia: [via],
  };
}

/** A user's models, Spaces and datasets, most recently changed first within each. */
export async function listHuggingFaceUser(
  client: ApiClient,
  ref: ProfileRef,
  settings: DiscoverSettings,
  maxItems: number,
): Promise<{ outcome: ProfileOutcome; repos: FoundRepo[] }> {
  const overview = await client.get(`api/users/${enc(ref.user)}/overview`);
  if (overview.status !== 200) return { outcome: listingOutcome(ref, overview.status, 0, false, maxItems), repos: [] };
  const repos: FoundRepo[] = [];
  let more = false;
  let status = 200;
  for (const listing of LISTINGS) {
    const query = [`author=${enc(ref.user)}`, 'sort=lastModified', 'direction=-1', 'limit=100', ...listing.expand.map((e) => `expand=${e}`)].join('&');
    const answer = await client.pages(`${listing.path}?${query}`);
    if (answer.status !== 200) status = answer.status;
    more ||= answer.more;
    const items = looseItems(HfRepo, answer.items).filter((item) => item.private !== true && item.id.split('/')[0].toLowerCase() === ref.user.toLowerCase());
    repos.push(...items.map((item) => found(listing.kind, listing.prefix, item, settings, profileUrl('huggingface', ref.user))));
  }
  return { outcome: listingOutcome(ref, status, repos.length, more, maxItems), repos };
}
