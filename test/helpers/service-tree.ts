// A small ML service (FastAPI route, a torch model, pinned requirements, a
// Dockerfile, a README) for tests of the scan stage and its caches: four
// files are parsed, the README is only counted.
import { py } from './text.js';

export const SERVICE_TREE = {
  'app/main.py': py`
    from fastapi import FastAPI
    app = FastAPI()

    @app.get("/health")
    def health() -> dict:
        return {"ok": True}
  `,
  'app/model.py': 'import torch\nnet = torch.nn.Linear(2, 1)\n',
  'requirements.txt': 'fastapi==0.110.0\ntorch==2.2.0\n',
  'Dockerfile': 'FROM python:3.11-slim\n',
  'README.md': '# app\n',
};
