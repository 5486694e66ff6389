import { describe, expect, it } from 'vitest';
import { yaml } from '../../test/helpers/text.js';
import { CLOUD_BUILD_FILE, cloudBuildService } from './cloudbuild.js';
import { parseYamlManifests } from './manifests.js';

describe('parse/cloudbuild', () => {
  it('names the managed build configurations by file name', () => {
    const names = ['cloudbuild.yaml', 'cloudbuild-prod.yml', 'buildspec.yml', 'codebuild-buildspec.yml', 'buildspec_test.yaml', 'build.yaml', 'mybuildspecs.yml'];

    expect(names.filter((n) => CLOUD_BUILD_FILE.test(n))).toEqual(['cloudbuild.yaml', 'cloudbuild-prod.yml', 'buildspec.yml', 'codebuild-buildspec.yml', 'buildspec_test.yaml']);
    expect(cloudBuildService('ci/codebuild-buildspec.yml')).toBe('AWS CodeBuild');
    expect(cloudBuildService('cloudbuild.yaml')).toBe('Google Cloud Build');
  });

  it("reads a CodeBuild buildspec's phase commands in order, a block scalar at its first line", () => {
    const facts = parseYamlManifests(
      yaml`
        version: 0.2
        phases:
          install:
            runtime-versions:
              python: 3.11
            commands:
              - pip install .
          build:
            commands:
              - |
                pytest -q \\
                  tests/
                make deploy
            finally:
              - echo done
      `,
      'buildspec.yml',
    );

    expect(facts.commands).toEqual([
      { text: 'pip install .', line: 7 },
      { text: 'pytest -q tests/', line: 11 },
      { text: 'make deploy', line: 13 },
      { text: 'echo done', line: 15 },
    ]);
  });
});
