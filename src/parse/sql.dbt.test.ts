// dbt models: a lone SELECT that reads `{{ ref(...) }}` or `{{ source(...) }}`
// is a model dbt writes as a table or view; one that joins or aggregates is a
// fact, cited where its query starts after the `{{ config(...) }}` header.
import { describe, expect, it } from 'vitest';
import { text } from '../../test/helpers/text.js';
import { parseSql } from './sql.js';

describe('parse/sql (dbt models)', () => {
  it('gives a model that joins its refs, at the line its query starts after the config block', () => {
    const model = text`
      -- team statistics mart
      {{ config(
          materialized='table',
          schema='marts'
      ) }}

      with stats as (select * from {{ ref('stg_stats') }})
      select s.match_id, t.team_name, s.value
      from stats s
      left join {{ ref('stg_teams') }} t on s.team_id = t.team_id
    `;

    const { sql } = parseSql(model, 'models/marts/mart_team_stats.sql');

    expect(sql?.map(({ kind, line }) => ({ kind, line }))).toEqual([{ kind: 'dbt-model', line: 7 }]);
    expect(sql?.[0].text).toMatch(/^with stats as \(select \* from \{\{ ref\('stg_stats'\) \}\}\)/);
  });

  it('gives an aggregating model over a source, with no header', () => {
    const model = "select day, sum(amount) as revenue\nfrom {{ source('raw', 'orders') }}\ngroup by day\n";

    expect(parseSql(model, 'models/revenue.sql').sql).toEqual([{ kind: 'dbt-model', line: 1, text: "select day, sum(amount) as revenue from {{ source('raw', 'orders') }} group by day" }]);
  });

  it.each([
    ['a model that only selects columns of its source', "{{ config(materialized='view') }}\nselect id, name from {{ source('raw', 'users') }}\nwhere id is not null\n"],
    ['a templated query with a join but no ref or source (an Airflow SQL file)', "select a.id from events a join users b on a.uid = b.id where a.day = '{{ ds }}'\n"],
    ['a comment that mentions ref()', "-- select x from {{ ref('a') }} join b\nselect 1\n"],
    ['an unclosed Jinja block', `{{ config(${'{{ '.repeat(5000)}\nselect a from {{ ref('x') }} join y\n`],
  ])('gives nothing for %s', (_, model) => {
    expect(parseSql(model, 'models/x.sql')).toEqual({});
  });
});
