// Issue 14, review on real people: a tutorial app uploaded under the
// candidate's identity ("an example application featured in my Flask
// Mega-Tutorial") counted as theirs with no word of doubt. The lines below
// are taken (lightly reworded) from public READMEs: the rule must fire on
// credits for the code and stay quiet on citations of papers, data and
// libraries, on instructions, and on coursework the student wrote.
import { afterEach, describe, expect, it } from 'vitest';
import { buildGitRepo } from '../../test/helpers/git.js';
import { authorshipNotes } from '../assess/authorship.js';
import { scanRepository } from '../app/pipeline.js';
import { describeHistory } from '../report/history.js';
import type { RepoScan } from '../scan/types.js';
import { creditsAnotherSource, findCredits } from './credits.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const CREDITS = [
  'This is an example application featured in my [Flask Mega-Tutorial](https://blog.example.com/flask-mega-tutorial). See the tutorial for instructions on how to work with it.',
  'This Weatherio project is based on the tutorial by [CodeWithSadee](https://www.youtube.com/@codewithsadee), which taught me a lot about CSS.',
  'This project is based on the tutorial and source code provided by CODEBASIC.',
  'I have developed this based on the tutorial of https://github.com/someone/Django-CRM.',
  'Based on the tutorial by Jason Brownlee: Machine Learning in Python Step-by-Step',
  'A simple 3D graphics engine in C++, based on the tutorial named "Code-It-Yourself 3D Graphics Engine" by a YouTube creator.',
  'It is based on the tutorial ["Building a Kimball Dimensional Model with dbt"](https://github.com/some-camp/dbt-dimensional-modelling).',
  'This project was built following a crash course video tutorial on YouTube.',
  'This project was built following the tutorial Build a Full Stack AI Chatbot with Next.js by Code With Antonio.',
  'This project was built following the comprehensive freeCodeCamp.org tutorial by Barack.',
  'I am initially following the tutorial here: https://learnopengl.com',
  'Following the tutorial, this is the first version of the notes app back end.',
  'This project is based on the crewAI framework from DeepLearning.AI\'s Multi-Agent Systems course',
  'This project is based on [drone-vault](https://github.com/drone/drone-vault) secret provider.',
  'This project is based on the pytorch version of [ARAE](https://github.com/someone/ARAE/tree/master/pytorch).',
  '> **Credit:** This project is based on [someone/anonify](https://github.com/someone/anonify) with refactoring.',
  'Cloud sync is an independent plugin, originally forked from [remotely-save](https://github.com/someone/remotely-save).',
  'Forked from howchoo and adapted to suit LiftMaster 1060\'s simple capabilities.',
  'This project is forked from [someone\'s imdb_framework](https://github.com/someone/imdb_framework).',
  'Original author: T. G. Perring',
  'Credits to @someone for the original notebook.',
  'Udemy Course: The Full JavaScript & ES6 Tutorial.',
  'Code-along project for the Complete Python Bootcamp.',
  'All credits go to the original creators of this repository.',
  'This product includes software developed by The Apache Software Foundation.',
  'This code is part of the Multi-Agent Systems course from DeepLearning.AI platform, with additional custom functionality for publishing to Dev.to.',
  '## My changes on top of the original app',
  'This project is based on the code of the Keras example.',
];

const NOT_CREDITS = [
  'The dataset used in this project is based on FMCG retail transaction data available on Kaggle.',
  'This project is based on the DDPM (Denoising Diffusion Probabilistic Models) for generating new samples.',
  'This project is based on the paper called ["Functional human genes typically exhibit epigenetic conservation"](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC8439480/).',
  'Whole code is based on the paper ["Sketch-Based Shape Retrieval" - SIGGRAPH 2012](http://example.org/sbsr/).',
  'Based on the Transformer architecture (Vaswani et al., 2017).',
  'Expense Tracker: a production-ready application built with FastAPI, Docker, and Terraform.',
  'REST API for order and user management, built with FastAPI and Clean Architecture.',
  'Uses SQLModel (based on Pydantic) and SQLAlchemy to store parsed job postings.',
  'The chatbot gives the corresponding answer based on the context provided by those files.',
  'Create an account, and create your API key following the tutorial https://www.loom.com/share/abc',
  'You can create a webapp with an API by following the tutorial here: https://docs.example.com/tutorial-part1.html',
  'This project was built following WCAG 2.1 accessibility principles.',
  'This project was built following industry best practices and modern ML/MLOps patterns.',
  'This repository is part of the project coursework for EAS-508 at UB for the MS DS program.',
  'Leader election in a cluster of nodes using Apache Zookeeper, created as an assignment in a Udemy course on Distributed Computing.',
  'A "modern" project template for machine learning projects inspired by [cookiecutter-data-science](https://drivendata.github.io/cookiecutter-data-science/).',
  'Read about the evolution from our original implementations to the current version in our blog post.',
  'Make sure you added the original repository as a remote, you can check it with:',
  'Copyright 2002-2018 the original author or authors.',
  'Credits to Kaggle for the dataset.',
  'Lessons: https://madewithml.com/',
  '- [Docker section](https://github.com/DataTalksClub/data-engineering-zoomcamp/tree/main/01-docker) from Data Engineering Zoomcamp',
  'Following current research trends from 2020/2021, contrastive representation learning methods were compared.',
  'The method is based on the paper: Ma, R., Sun, E., and Zou, J. (2022) A Spectral Method for Assessing Data Visualizations.',
  '- DeepLearning.AI - LangChain for LLM Application Development',
  '- Inspired by modern DevOps automation and AI-assisted troubleshooting patterns',
  '- Built with guidance from industry best practices in MLOps and AIOps',
  // Real-people review N8: "based on" with no outside source named.
  "The names in the table above are anticipated based on the project's adopter cadence and have not been reconciled.",
  "The layout is based on this project's earlier code.",
  'The thresholds were tuned based on our previous implementation.',
];

describe('history/credits', () => {
  it.each(CREDITS)('credits another source: %s', (line) => {
    expect(creditsAnotherSource(line)).toBe(true);
  });

  it.each(NOT_CREDITS)('credits no one for the code: %s', (line) => {
    expect(creditsAnotherSource(line)).toBe(false);
  });

  it('reads prose only: no fenced code, no installation, usage or licence sections; quotes the line as text', () => {
    const readme = [
      '# Weather app',
      '',
      '```',
      '# forked from nowhere: a shell comment',
      '```',
      '## Installation',
      'Clone the original repository and install it by following the tutorial.',
      '## License',
      'Copyright the original author. Based on the tutorial by Someone Else.',
      '## Credits',
      'This app is based on the tutorial by [Jane Doe](https://example.com/jane) \u0007with thanks.',
    ].join('\n');

    expect(findCredits('README.md', readme)).toEqual([{ path: 'README.md', line: 11, text: 'This app is based on the tutorial by Jane Doe with thanks.', course: true }]);
  });

  it('in a Credits section, a line naming a repository or an author credits it (not icons or data)', () => {
    const readme = [
      '## 🙏 Credits',
      '',
      '- **Application:** [OpenTelemetry Demo](https://github.com/open-telemetry/opentelemetry-demo) by the OpenTelemetry authors and contributors.',
      '- Icons by [Flaticon](https://www.flaticon.com)',
      '- Thanks to everyone who tried it.',
      '## Acknowledgements',
      '- Built with [FastAPI](https://github.com/fastapi/fastapi) by the FastAPI team.',
    ].join('\n');

    expect(findCredits('README.md', readme).map((c) => c.line)).toEqual([3]);
  });

  it('a tutorial app uploaded under the candidate\'s identity: theirs, authorship partial in every format, not a red flag', async () => {
    const repo = await buildGitRepo([
      {
        name: 'Alice Liddell',
        email: 'alice@example.com',
        date: '2025-07-01T10:00:00Z',
        files: {
          'README.md': '# Welcome to Microblog!\n\nThis is an example application featured in my [Flask Mega-Tutorial](https://blog.example.com/mega-tutorial).\n',
          'app/routes.py': 'from flask import Flask\napp = Flask(__name__)\n\n\n@app.route("/")\ndef index():\n    return "hi"\n',
        },
      },
    ]);
    cleanups.push(repo.cleanup);

    const scan: RepoScan = await scanRepository(repo.root, { candidate: { emails: ['alice@example.com'], names: [] } });

    const credit = 'README credits another source: "This is an example application featured in my Flask Mega-Tutorial." (README.md:3)';
    expect(scan.history?.credits).toEqual([{ path: 'README.md', line: 3, text: 'This is an example application featured in my Flask Mega-Tutorial.', course: true }]);
    expect(scan.history?.candidate).toMatchObject({ commits: 1, commitShare: 1 });
    const authored = scan.signals.find((s) => s.id === 'candidate_authored');
    expect(authored?.present).toBe(true);
    expect(authored?.note).toContain(credit);
    expect(scan.signals.find((s) => s.id === 'fork_or_copy')).toMatchObject({ present: false });
    expect(describeHistory(scan.history!)).toContainEqual(expect.stringContaining(credit));
    expect(authorshipNotes([scan])).toContainEqual(expect.stringMatching(new RegExp(`^authorship partial in .* \\(${escape(credit)}\\): the code cannot be attributed with confidence; not a red flag`)));
  });

  it('a README that cites a paper and a library marks nothing', async () => {
    const repo = await buildGitRepo([
      {
        name: 'Alice Liddell',
        email: 'alice@example.com',
        date: '2025-07-01T10:00:00Z',
        files: { 'README.md': '# Summariser\n\nBased on the Transformer architecture, built with FastAPI.\n', 'app/main.py': 'x = 1\n' },
      },
    ]);
    cleanups.push(repo.cleanup);

    const scan = await scanRepository(repo.root, { candidate: { emails: ['alice@example.com'], names: [] } });

    expect(scan.history?.credits ?? []).toEqual([]);
    expect(authorshipNotes([scan]).filter((n) => n.includes('credits'))).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
