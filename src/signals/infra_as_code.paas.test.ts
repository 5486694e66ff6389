// Platform-as-a-service deploy specs do the job fly.toml does (signals.md's
// list is open): a heroku.yml that builds or runs, a Heroku app.json with a
// formation or add-ons, DigitalOcean App Platform specs, porter.yaml,
// apprunner.yaml, Cloud Foundry manifests and Elastic Beanstalk files. A
// Procfile alone, an empty or settings-only file and a README describing a
// deploy are not (held-out slice Z: a three-line heroku.yml Docker build missed).
import { describe, expect, it } from 'vitest';
import { detect, locations } from '../../test/helpers/repo.js';
import { text, yaml } from '../../test/helpers/text.js';
import { infraAsCode } from './infra_as_code.js';

describe('signals/infra_as_code on PaaS deploy specs', () => {
  it('counts a heroku.yml that builds Docker images or runs processes, at the section', async () => {
    const build = await detect(infraAsCode, {
      'heroku.yml': yaml`
        build:
          docker:
            web: Dockerfile
            worker: worker/Dockerfile
      `,
      Dockerfile: 'FROM python:3.12-slim\n',
    });
    const run = await detect(infraAsCode, {
      'service/heroku.yml': yaml`
        setup:
          addons:
            - plan: heroku-postgresql
        run:
          web: gunicorn app:server --bind 0.0.0.0:$PORT
      `,
    });

    expect(locations(build)).toEqual(['heroku.yml:1']);
    expect(build.evidence[0]).toMatchObject({ tool: 'heroku', match: expect.stringContaining('build: docker (web, worker)') });
    expect(locations(run)).toEqual(['service/heroku.yml:4']);
  });

  it('counts a Heroku app.json with a formation, add-ons or buildpacks, but not an Expo app.json', async () => {
    const heroku = await detect(infraAsCode, {
      'app.json': text`
        {
          "name": "churn-api",
          "buildpacks": [{ "url": "heroku/python" }],
          "formation": { "web": { "quantity": 1, "size": "basic" } }
        }
      `,
    });
    const expo = await detect(infraAsCode, {
      'app.json': '{ "expo": { "name": "scanner", "slug": "scanner", "version": "1.0.0" } }\n',
      'heroku-notes.json': '{ "formation": { "web": { "quantity": 1 } } }\n',
    });

    expect(locations(heroku)).toEqual(['app.json:4']);
    expect(expo.present).toBe(false);
  });

  it('counts DigitalOcean App Platform specs in .do/, a deploy template under spec:, and elsewhere by their own keys', async () => {
    const result = await detect(infraAsCode, {
      '.do/app.yaml': yaml`
        name: sentiment
        region: fra
        services:
          - name: api
            github:
              repo: someone/sentiment
              branch: main
            run_command: uvicorn app.main:app --host 0.0.0.0 --port 8080
            http_port: 8080
      `,
      '.do/deploy.template.yaml': yaml`
        spec:
          name: sentiment
          workers:
            - name: scorer
              dockerfile_path: Dockerfile.worker
      `,
      'deploy/app-spec.yaml': yaml`
        name: sentiment
        jobs:
          - name: nightly
            instance_size_slug: basic-xxs
            run_command: python score.py
      `,
    });

    expect(locations(result)).toEqual(['.do/app.yaml:4', '.do/deploy.template.yaml:4', 'deploy/app-spec.yaml:3']);
    expect(result.evidence.every((e) => e.tool === 'digitalocean-app-platform')).toBe(true);
  });

  it('counts porter.yaml services, apprunner.yaml, a Cloud Foundry manifest and Elastic Beanstalk files', async () => {
    const result = await detect(infraAsCode, {
      'porter.yaml': yaml`
        version: v2
        name: ranker
        build:
          method: docker
          context: .
          dockerfile: ./Dockerfile
        services:
          - name: api
            type: web
            run: python serve.py
            port: 8080
      `,
      'apprunner.yaml': yaml`
        version: 1.0
        runtime: python3
        build:
          commands:
            build:
              - pip install -r requirements.txt
        run:
          command: python serve.py
          network:
            port: 8080
      `,
      'cf/manifest.yml': yaml`
        applications:
          - name: ranker
            memory: 1G
            instances: 2
            buildpacks:
              - python_buildpack
      `,
      'Dockerrun.aws.json': '{ "AWSEBDockerrunVersion": "1", "Image": { "Name": "someone/ranker" } }\n',
    });

    expect(locations(result)).toEqual(['apprunner.yaml:2', 'cf/manifest.yml:1', 'porter.yaml:7', 'Dockerrun.aws.json']);
    expect(result.evidence.map((e) => e.tool).sort()).toEqual(['aws-app-runner', 'cloud-foundry', 'elastic-beanstalk', 'porter']);
  });

  it('leaves a Procfile alone, empty or settings-only specs and a README describing a deploy absent', async () => {
    const result = await detect(infraAsCode, {
      Procfile: 'web: gunicorn app:app\n',
      'heroku.yml': '# build:\n#   docker:\n#     web: Dockerfile\n',
      'backend/heroku.yml': yaml`
        build:
          docker: {}
      `,
      'README.md': text`
        ## Deploy
        Add a heroku.yml with \`build: docker: web: Dockerfile\` and push to Heroku, or create a
        DigitalOcean app from .do/app.yaml.
      `,
      'config/services.yaml': yaml`
        services:
          - name: api
            image: someone/api:latest
            run_command: serve
      `,
      'porter.yaml': yaml`
        version: v2
        name: ranker
        services: []
      `,
      'manifest.yml': yaml`
        applications:
          - name: ranker
            path: .
      `,
      'apprunner.yaml': 'version: 1.0\nruntime: python3\n',
    });

    expect(result.present).toBe(false);
  });

  it('counts a netlify.toml or vercel.json that deploys functions or a server runtime, not a static site', async () => {
    const netlify = await detect(infraAsCode, {
      'netlify.toml': text`
        [build]
          publish = "frontend"
          functions = "netlify/functions"

        [[redirects]]
          from = "/api/*"
          to = "/.netlify/functions/:splat"
      `,
    });
    const vercel = await detect(infraAsCode, {
      'app/vercel.json': '{\n  "version": 2,\n  "builds": [{ "src": "api/app.py", "use": "@vercel/python" }]\n}\n',
    });
    const staticSites = await detect(infraAsCode, {
      'slides/netlify.toml': text`
        [build]
          publish = "dist"
          command = "npm run build"
      `,
      'slides/vercel.json': '{ "rewrites": [{ "source": "/(.*)", "destination": "/index.html" }] }\n',
      'site/vercel.json': '{ "builds": [{ "src": "index.html", "use": "@vercel/static" }] }\n',
      'README.md': 'Deployed on Netlify with serverless functions and on Vercel.\n',
    });

    expect(locations(netlify)).toEqual(['netlify.toml:3']);
    expect(netlify.evidence[0]).toMatchObject({ tool: 'netlify', match: expect.stringContaining('netlify/functions') });
    expect(locations(vercel)).toEqual(['app/vercel.json:3']);
    expect(vercel.evidence[0]).toMatchObject({ tool: 'vercel', match: expect.stringContaining('@vercel/python') });
    expect(staticSites.present).toBe(false);
  });
});
