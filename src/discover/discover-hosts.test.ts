import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { glProject, glUser, hfItem } from '../../test/helpers/api-shapes.js';
import { fakeSettings, startFakeApi, type FakeApi } from '../../test/helpers/fake-api.js';
import { discover } from './discover.js';
import type { DiscoverRequest } from './types.js';

const AS_OF = '2026-11-23';

let api: FakeApi;

const request = (over: Partial<DiscoverRequest>): DiscoverRequest => ({ github: [], gitlab: [], huggingface: [], fromCv: false, ...over });
const row = (r: { fullName: string; kind: string; chosen: boolean; reason: string }) => [r.kind, r.fullName, r.chosen, r.reason];

beforeEach(async () => {
  api = await startFakeApi();
});

afterEach(async () => {
  await api.close();
});

describe('discover: GitLab', () => {
  it('lists a user’s projects with their languages and finds the candidate’s own commits in a fork by name', async () => {
    const gl = '/gl/api/v4';
    const local = (path: string) => ({ http_url_to_repo: `file:///nonexistent/${path}` });
    api.route(`${gl}/users?username=carol`, { json: [glUser(42, 'carol', 'Carol Diaz')] });
    api.route(`${gl}/users/42/projects?per_page=100&order_by=last_activity_at&sort=desc`, {
      headers: { 'ratelimit-limit': '2000', 'ratelimit-remaining': '1990', 'ratelimit-reset': String(Math.floor(Date.now() / 1000) + 60) },
      json: [
        glProject(1, 'carol/forecast', local('forecast')),
        glProject(2, 'carol/web-shop', { ...local('web-shop'), last_activity_at: '2026-11-01T10:00:00.000Z' }),
        glProject(3, 'carol/mlflow-fork', { ...local('mlflow-fork'), forked_from_project: { id: 99, path_with_namespace: 'mlflow/mlflow', default_branch: 'master' } }),
      ],
    });
    api.route(`${gl}/projects/carol%2Fforecast/languages`, { json: { 'Jupyter Notebook': 61.2, Python: 38.8 } });
    api.route(`${gl}/projects/carol%2Fweb-shop/languages`, { json: { TypeScript: 90, Python: 10 } });
    api.route(`${gl}/projects/carol%2Fmlflow-fork/languages`, { json: { Python: 80, JavaScript: 20 } });
    api.route(`${gl}/projects/carol%2Fmlflow-fork`, {
      json: glProject(3, 'carol/mlflow-fork', { forked_from_project: glProject(99, 'mlflow/mlflow', { default_branch: 'master' }) }),
    });
    api.route(`${gl}/projects/3/repository/compare?from=master&to=main&from_project_id=99`, {
      json: {
        commit: null,
        commits: [
          { id: 'e'.repeat(40), short_id: 'eeeeeee', title: 'Add a plugin', author_name: 'Carol Diaz', author_email: 'carol@example.org', authored_date: '2026-09-10T10:00:00.000Z' },
          { id: 'f'.repeat(40), short_id: 'fffffff', title: 'Merge upstream', author_name: 'Someone Else', author_email: 'else@example.org', authored_date: '2026-09-11T10:00:00.000Z' },
        ],
        diffs: [],
        compare_timeout: false,
        compare_same_ref: false,
      },
    });

    const result = await discover({ request: request({ gitlab: ['carol'] }), asOf: AS_OF }, fakeSettings(api.base, null));

    expect(result.repos.map(row)).toEqual([
      ['repository', 'carol/forecast', true, 'chosen, 1st (65 points): own repository; Python (Jupyter Notebook); active 2026-09-20 (within a year)'],
      ['repository', 'carol/web-shop', true, 'chosen, 2nd (45 points): own repository; written in TypeScript; active 2026-11-01 (within a year)'],
      ['repository', 'carol/mlflow-fork', true, 'chosen, 3rd (45 points): fork of mlflow/mlflow with 1 commit of the candidate’s own; Python; active 2026-09-20 (within a year)'],
    ]);
    expect(result.identity.emails).toEqual(['carol@example.org']);
  });

  it('says so when the user does not exist, or their projects are refused', async () => {
    api.route('/gl/api/v4/users?username=ghost', { json: [] });
    api.route('/gl/api/v4/users?username=hidden', { json: [glUser(7, 'hidden', 'Hidden')] });
    api.route('/gl/api/v4/users/7/projects?per_page=100&order_by=last_activity_at&sort=desc', { status: 403, json: { message: '403 Forbidden' } });

    const result = await discover({ request: request({ gitlab: ['ghost', 'hidden'] }), asOf: AS_OF }, fakeSettings(api.base, null));

    expect(result.profiles.map((p) => p.message)).toEqual([
      'gitlab.com/ghost: no such GitLab user (404)',
      'gitlab.com/hidden: GitLab refused to list this profile (403): it is private',
    ]);
  });
});

describe('discover: Hugging Face', () => {
  it('lists models, Spaces and datasets over Link pages; a Gradio Space is Python, a gated model is left out', async () => {
    const query = (expand: string[]) => ['author=dana', 'sort=lastModified', 'direction=-1', 'limit=100', ...expand.map((e) => `expand=${e}`)].join('&');
    const models = `/hf/api/models?${query(['lastModified', 'private', 'gated', 'disabled', 'library_name', 'pipeline_tag', 'tags'])}`;
    const modelsPage2 = `${api.base}/hf/api/models?author=dana&cursor=eyJfaWQiOnsiJGd0IjoiNjYifX0%3D&limit=100`;
    api.route('/hf/api/users/dana/overview', { json: { _id: '66', user: 'dana', fullname: 'Dana K', numModels: 2, numDatasets: 1, numSpaces: 1, isPro: false } });
    api.route(models, {
      headers: { link: `<${modelsPage2}>; rel="next"`, ratelimit: '"api";r=495;t=280' },
      json: [hfItem('dana/shop-forecaster', { library_name: 'transformers', pipeline_tag: 'time-series-forecasting', tags: ['transformers', 'license:mit'] })],
    });
    api.route('/hf/api/models', (req) =>
      req.url.includes('cursor=') ? { json: [hfItem('dana/private-llm', { gated: 'manual', library_name: 'peft', lastModified: '2026-11-20T08:00:00.000Z' })] } : { status: 404 },
    );
    api.route(`/hf/api/spaces?${query(['lastModified', 'private', 'disabled', 'sdk', 'tags'])}`, { json: [hfItem('dana/forecast-demo', { sdk: 'gradio', tags: ['gradio', 'region:us'] })] });
    api.route(`/hf/api/datasets?${query(['lastModified', 'private', 'gated', 'disabled', 'tags'])}`, { json: [hfItem('dana/shop-sales', { lastModified: '2025-02-01T08:00:00.000Z' })] });
    const settings = fakeSettings(api.base, null, { huggingface: { api: `${api.base}/hf`, cloneBase: 'file:///nonexistent/hf' } });

    const result = await discover({ request: request({ huggingface: ['dana'] }), asOf: AS_OF }, settings);

    expect(result.profiles[0]).toMatchObject({ status: 'ok', found: 4 });
    expect(result.repos.map(row)).toEqual([
      ['space', 'dana/forecast-demo', true, 'chosen, 1st (65 points): own Space; Python (gradio); active 2026-10-05 (within a year)'],
      ['model', 'dana/shop-forecaster', true, 'chosen, 2nd (50 points): own model; library transformers; active 2026-10-05 (within a year)'],
      ['dataset', 'dana/shop-sales', true, 'chosen, 3rd (35 points): own dataset; data rather than code; active 2025-02-01 (within three years)'],
      ['model', 'dana/private-llm', false, 'not chosen: gated or disabled on the host: it cannot be cloned without the owner’s consent'],
    ]);
    expect(result.repos.map((r) => r.cloneUrl)).toEqual([
      'file:///nonexistent/hf/spaces/dana/forecast-demo',
      'file:///nonexistent/hf/dana/shop-forecaster',
      'file:///nonexistent/hf/datasets/dana/shop-sales',
      'file:///nonexistent/hf/dana/private-llm',
    ]);
  });

  it('a user the Hub does not know is one line', async () => {
    api.route('/hf/api/users/nobody/overview', { status: 404, json: { error: 'Sorry, we can’t find the page you are looking for.' } });

    const result = await discover({ request: request({ huggingface: ['nobody'] }), asOf: AS_OF }, fakeSettings(api.base, null));

    expect(result.profiles.map((p) => p.message)).toEqual(['huggingface.co/nobody: no such Hugging Face user (404)']);
  });

  it('file:// clone URLs are refused unless the settings allow them (never from an API answer in production)', async () => {
    api.route('/hf/api/users/dana/overview', { json: { user: 'dana' } });
    api.route('/hf/api/spaces', { json: [hfItem('dana/demo', { sdk: 'streamlit' })] });
    api.route('/hf/api/models', { json: [] });
    api.route('/hf/api/datasets', { json: [] });
    const settings = fakeSettings(api.base, null, { allowFileClones: false, huggingface: { api: `${api.base}/hf`, cloneBase: 'file:///etc' } });

    const result = await discover({ request: request({ huggingface: ['dana'] }), asOf: AS_OF }, settings);

    expect(result.repos.map((r) => r.reason)).toEqual(['not chosen: refused git URL file:///etc/spaces/dana/demo: file URLs are not enabled here']);
  });
});
