// Tool list: a dbt project counts its models as files using dbt, and cites one
// (real-people review: four dbt projects with ~40 models read as "dbt used in 1 file").
import { describe, expect, it } from 'vitest';
import { scanToolsOf } from '../../test/helpers/repo.js';

describe('signals/toolUses (files of a tool project)', () => {
  it('counts the models of a dbt project, wherever it sits, and cites a model', async () => {
    const tools = await scanToolsOf({
      'warehouse/dbt/dbt_project.yml': "name: shop\nversion: '1.0'\nprofile: shop\nmodel-paths: ['models']\n",
      'warehouse/dbt/models/staging/stg_orders.sql': "select id, amount from {{ source('raw', 'orders') }}\n",
      'warehouse/dbt/models/marts/revenue.sql': "select date, sum(amount) as revenue\nfrom {{ ref('stg_orders') }}\ngroup by date\n",
      'warehouse/dbt/tests/assert_positive.sql': "select * from {{ ref('revenue') }} where revenue < 0\n",
      'app/queries/report.sql': 'select count(*) from orders;\n',
    });
    const dbt = tools.find((t) => t.tool === 'dbt');

    expect(dbt).toMatchObject({ used: true, files: 4, configFiles: ['warehouse/dbt/dbt_project.yml'] });
    expect(dbt?.evidence.map((e) => e.path).sort()).toEqual([
      'warehouse/dbt/models/marts/revenue.sql',
      'warehouse/dbt/models/staging/stg_orders.sql',
      'warehouse/dbt/tests/assert_positive.sql',
    ]);
  });

  it('does not count SQL files under a models/ folder with no dbt project, nor a mention of dbt', async () => {
    const tools = await scanToolsOf({
      'models/users.sql': 'select * from users;\n',
      'README.md': 'The warehouse is modelled with dbt (dbt_project.yml, models/).\n',
    });

    expect(tools.find((t) => t.tool === 'dbt')).toBeUndefined();
  });

  it('keeps a dbt project with no models at its config file alone', async () => {
    const tools = await scanToolsOf({ 'dbt_project.yml': "name: empty\nversion: '1.0'\n" });

    expect(tools.find((t) => t.tool === 'dbt')).toMatchObject({ used: true, files: 1, evidence: [], configFiles: ['dbt_project.yml'] });
  });
});
