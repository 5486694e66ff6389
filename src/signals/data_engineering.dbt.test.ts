// Held-out BG, data_engineering: dbt models that join or aggregate other
// models (`{{ ref('x') }}`) are transformation code even when the project's
// `dbt_project.yml` is gitignored: dbt writes each model as a table or view.
// Models that only select from their source, an analysis or a macro (which
// dbt never writes), a test, and a README mention are not.
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text } from '../../test/helpers/text.js';
import { dataEngineering } from './data_engineering.js';

const MART = text`
  {{ config(materialized='table') }}

  select m.match_id, t.team_name, count(*) as shots
  from {{ ref('stg_matches') }} m
  join {{ ref('stg_teams') }} t on m.team_id = t.team_id
  group by 1, 2
`;

describe('signals/data_engineering (dbt models)', () => {
  it('counts a mart model that joins and aggregates refs, with no dbt_project.yml committed', async () => {
    const result = await detect(dataEngineering, {
      'transform/models/marts/mart_shots.sql': MART,
      'transform/models/staging/stg_matches.sql': "select id as match_id, team_id from {{ source('raw', 'matches') }}\n",
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['transform/models/marts/mart_shots.sql:3']);
  });

  it('is absent for staging models that only select, an analysis, a macro, a test and a README', async () => {
    const result = await detect(dataEngineering, {
      'transform/models/staging/stg_matches.sql': "{{ config(materialized='view') }}\nselect id as match_id, team_id from {{ source('raw', 'matches') }}\n",
      'transform/analyses/shots_by_team.sql': MART,
      'transform/macros/shots.sql': MART,
      'transform/tests/assert_shots.sql': MART,
      'README.md': "Marts join `{{ ref('stg_matches') }}` with teams and `group by` team.\n",
    });

    expect(result.present).toBe(false);
  });
});
