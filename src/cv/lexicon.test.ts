import { describe, expect, it } from 'vitest';
import { TOOLS } from '../catalog/index.js';
import { buildLexicon, getLexicon, resolveSkill, skillKey } from './lexicon.js';

describe('cv/lexicon', () => {
  it.each([
    ['sklearn', 'scikit-learn'],
    ['scikit learn', 'scikit-learn'],
    ['Scikit-Learn', 'scikit-learn'],
    ['k8s', 'kubernetes'],
    ['Golang', 'go'],
    ['Postgres', 'postgresql'],
    ['Google Cloud Platform', 'gcp'],
    ['aws sagemaker', 'sagemaker'],
    ['spark', 'pyspark'],
    ['HTML5', 'html'],
    ['weights & biases', 'wandb'],
    ['Trino', 'presto'],
    ['YOLOv8', 'yolo'],
    ['ELK stack', 'elasticsearch'],
    ['Haystack', 'haystack-llm'],
    ['VS Code', 'vscode'],
    ['Amazon Bedrock', 'aws-bedrock'],
    ['Google Kubernetes Engine', 'gke'],
    ['Cosmos DB', 'cosmos-db'],
    ['beautifulsoup4', 'beautifulsoup'],
    ['Vue3', 'vue'],
  ])('maps %s to %s', (name, id) => {
    expect(resolveSkill(name)?.id).toBe(id);
  });

  it('uses catalogue ids, marks them as tools, and leaves out only the excluded groupings', () => {
    const { entries, excluded } = getLexicon();
    const ids = new Set(entries.map((e) => e.id));

    const missing = TOOLS.filter((t) => !ids.has(t.id) && !excluded.includes(t.id)).map((t) => t.id);

    expect(resolveSkill('PyTorch')).toMatchObject({ id: 'pytorch', tool: true, category: 'deep-learning' });
    // The CV's word for the platform, not the detector's package (real-people review: "maintained on-premise kubeflow" asked as Kubeflow Pipelines).
    expect(resolveSkill('kubeflow')).toMatchObject({ id: 'kubeflow', name: 'Kubeflow', kind: 'ML platform on Kubernetes', tool: true });
    expect(resolveSkill('Python')).toMatchObject({ id: 'python', tool: false, category: 'language' });
    expect(missing).toEqual([]);
    expect(resolveSkill('Haystack')).toMatchObject({ tool: true, category: 'llm' });
  });

  it('gives every lexicon entry a category and no entry an id another entry uses', () => {
    const { entries } = getLexicon();

    const ids = entries.map((e) => e.id);

    expect(ids.length).toBe(new Set(ids).size);
    expect(entries.every((e) => e.category && e.forms.length > 0)).toBe(true);
  });

  it('makes short names and ordinary words count only in lists, with case', () => {
    const hf = resolveSkill('HF')!.forms.find((f) => f.key === 'hf')!;
    const go = resolveSkill('go')!.forms.find((f) => f.key === 'go')!;
    const facebook = resolveSkill('facebook')!.forms[0];

    expect(hf).toMatchObject({ weak: true, cased: true });
    expect(go).toMatchObject({ weak: true, cased: true });
    expect(facebook.skillsOnly).toBe(true);
    expect(resolveSkill('golang')!.forms.find((f) => f.key === 'golang')!.weak).toBe(false);
  });

  it('builds entries for catalogue tools the lexicon data does not mention, from their signals', () => {
    const tool = { id: 'newtool', name: 'NewTool', pypi: [], imports: [], signals: ['experiment_tracking' as const], aliases: ['nt-lib'] };

    const lexicon = buildLexicon('skills: []', [tool]);

    expect(lexicon.entries).toEqual([
      {
        id: 'newtool',
        name: 'NewTool',
        category: 'mlops',
        kind: 'experiment tracker',
        tool: true,
        forms: [
          { text: 'NewTool', key: 'newtool', weak: false, cased: false, skillsOnly: false },
          { text: 'nt-lib', key: 'nt lib', weak: false, cased: false, skillsOnly: false },
        ],
      },
    ]);
  });

  it('folds spellings so hyphens, underscores and spaces match', () => {
    expect(skillKey('Scikit_Learn')).toBe(skillKey('scikit-learn'));
  });
});
