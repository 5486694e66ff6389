// A large synthetic Python project for the scan benchmark: packages of
// modules with imports, classes, methods, typed and untyped functions, calls,
// loops and comprehensions; tests; notebooks (a quarter of them with outputs,
// including base64 images, as real notebooks carry); and the usual config
// files. Deterministic: the same seed writes the same bytes.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface SyntheticOptions {
  packages: number;
  modulesPerPackage: number;
  tests: number;
  notebooks: number;
  seed: number;
}

export const DEFAULT_SYNTHETIC: SyntheticOptions = { packages: 44, modulesPerPackage: 64, tests: 320, notebooks: 460, seed: 7 };

export interface SyntheticTree {
  files: number;
  bytes: number;
  pythonFiles: number;
  notebooks: number;
}

type Rng = () => number;

/** mulberry32: a small seeded generator, so runs are comparable. */
function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];
const int = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

const IMPORTS = [
  'import os', 'import sys', 'import json', 'import logging', 'import time', 'import re', 'import math',
  'from pathlib import Path', 'from dataclasses import dataclass, field', 'from typing import Any, Optional, Iterable',
  'from collections import defaultdict, Counter', 'import numpy as np', 'import pandas as pd', 'import torch',
  'import torch.nn as nn', 'from torch.utils.data import DataLoader, Dataset', 'from sklearn.model_selection import train_test_split',
  'from sklearn.metrics import accuracy_score, f1_score', 'from sklearn.ensemble import RandomForestClassifier',
  'import mlflow', 'from fastapi import FastAPI, HTTPException', 'from pydantic import BaseModel', 'import requests',
  'from transformers import AutoTokenizer, AutoModel', 'import yaml', 'from tqdm import tqdm',
];
const WORDS = ['data', 'model', 'batch', 'score', 'feature', 'label', 'config', 'path', 'result', 'metric', 'weight', 'token', 'frame', 'item', 'value', 'cache', 'step', 'loss', 'row', 'column'];
const CALLS = ['np.mean', 'np.asarray', 'np.concatenate', 'pd.DataFrame', 'pd.read_csv', 'torch.tensor', 'torch.no_grad', 'json.dumps', 'os.path.join', 'logging.getLogger', 'mlflow.log_metric', 'accuracy_score', 'f1_score', 'train_test_split', 'requests.get', 'time.perf_counter', 'Path', 'sorted', 'len', 'max', 'min', 'isinstance'];

function ident(rng: Rng): string {
  return `${pick(rng, WORDS)}_${pick(rng, WORDS)}${rng() < 0.3 ? int(rng, 1, 9) : ''}`;
}

function args(rng: Rng): string {
  const positional: string[] = [];
  const keywords: string[] = [];
  for (let i = int(rng, 0, 3); i > 0; i--) {
    const r = rng();
    if (r < 0.4) positional.push(ident(rng));
    else if (r < 0.6) positional.push(`"${pick(rng, WORDS)}"`);
    else if (r < 0.8) keywords.push(`${pick(rng, WORDS)}=${int(rng, 0, 512)}`);
    else positional.push(`${ident(rng)}.${pick(rng, WORDS)}`);
  }
  // Positional arguments before keywords, as Python requires.
  return [...positional, ...keywords].join(', ');
}

function statement(rng: Rng, indent: string): string[] {
  const r = rng();
  const a = ident(rng);
  if (r < 0.3) return [`${indent}${a} = ${pick(rng, CALLS)}(${args(rng)})`];
  if (r < 0.45) return [`${indent}${a} = self.${ident(rng)}.${pick(rng, WORDS)}(${args(rng)})`];
  if (r < 0.55) return [`${indent}for ${pick(rng, WORDS)} in ${pick(rng, CALLS)}(${args(rng)}):`, `${indent}    ${a} += ${pick(rng, WORDS)} * ${int(rng, 1, 9)}`];
  if (r < 0.65) return [`${indent}if ${a} is not None and ${ident(rng)} > ${int(rng, 0, 99)}:`, `${indent}    logger.info("%s done", ${a})`];
  if (r < 0.72) return [`${indent}${a} = [${pick(rng, WORDS)} for ${pick(rng, WORDS)} in ${ident(rng)} if ${pick(rng, WORDS)}]`];
  if (r < 0.78) return [`${indent}try:`, `${indent}    ${a} = ${pick(rng, CALLS)}(${args(rng)})`, `${indent}except (ValueError, KeyError) as err:`, `${indent}    logger.warning("failed: %s", err)`];
  if (r < 0.84) return [`${indent}# ${pick(rng, WORDS)} ${pick(rng, WORDS)}: keep ${pick(rng, WORDS)} aligned with ${pick(rng, WORDS)}`];
  if (r < 0.9) return [`${indent}with open(${ident(rng)}, "r", encoding="utf-8") as fh:`, `${indent}    ${a} = json.load(fh)`];
  return [`${indent}${a} = {"${pick(rng, WORDS)}": ${ident(rng)}, "${pick(rng, WORDS)}": ${int(rng, 0, 1000) / 10}}`];
}

function body(rng: Rng, indent: string, min: number, max: number): string[] {
  const lines: string[] = [];
  for (let i = int(rng, min, max); i > 0; i--) lines.push(...statement(rng, indent));
  lines.push(`${indent}return ${ident(rng)}`);
  return lines;
}

function signature(rng: Rng, name: string, self: boolean): string {
  const typed = rng() < 0.6;
  const params = Array.from({ length: int(rng, 0, 3) }, () => (typed ? `${ident(rng)}: ${pick(rng, ['int', 'float', 'str', 'list[str]', 'pd.DataFrame', 'Optional[dict]'])}` : ident(rng)));
  if (self) params.unshift('self');
  return `def ${name}(${params.join(', ')})${typed ? ` -> ${pick(rng, ['None', 'int', 'dict', 'Any'])}` : ''}:`;
}

function pythonModule(rng: Rng, pkg: number, mod: number): string {
  const lines = [`"""${pick(rng, WORDS)} ${pick(rng, WORDS)} utilities for package ${pkg}, module ${mod}."""`, ''];
  const chosen = new Set<string>();
  for (let i = int(rng, 5, 12); i > 0; i--) chosen.add(pick(rng, IMPORTS));
  lines.push('import logging', ...chosen, `from .mod_${int(rng, 0, 9)} import ${ident(rng)}`, '', 'logger = logging.getLogger(__name__)', '');
  for (let c = int(rng, 2, 3); c > 0; c--) {
    const cls = `${pick(rng, ['Data', 'Model', 'Feature', 'Batch', 'Metric'])}${pick(rng, ['Loader', 'Builder', 'Trainer', 'Store', 'Scorer'])}${int(rng, 1, 99)}`;
    lines.push(rng() < 0.5 ? '@dataclass' : '', `class ${cls}(${pick(rng, ['nn.Module', 'BaseModel', 'object', 'Dataset'])}):`, `    """${pick(rng, WORDS)} handling."""`, '');
    for (let m = int(rng, 2, 5); m > 0; m--) lines.push(`    ${signature(rng, ident(rng), true)}`, ...body(rng, '        ', 3, 9), '');
  }
  for (let f = int(rng, 3, 6); f > 0; f--) lines.push(signature(rng, ident(rng), false), ...body(rng, '    ', 2, 8), '', '');
  lines.push('if __name__ == "__main__":', `    ${ident(rng)}(${args(rng)})`, '');
  return lines.join('\n');
}

function testModule(rng: Rng, k: number): string {
  const lines = ['import pytest', `from pkg${k % 10}.mod_${k % 7} import *`, ''];
  for (let t = int(rng, 4, 10); t > 0; t--) lines.push(`def test_${ident(rng)}_${t}():`, ...body(rng, '    ', 2, 6).slice(0, -1), `    assert ${ident(rng)} is not None`, '');
  return lines.join('\n');
}

function cellLines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

function base64Image(rng: Rng, bytes: number): string {
  const buf = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) buf[i] = Math.floor(rng() * 256);
  return buf.toString('base64');
}

function notebookOf(rng: Rng, withOutputs: boolean): string {
  const cells: unknown[] = [];
  for (let c = int(rng, 10, 24); c > 0; c--) {
    if (rng() < 0.3) {
      cells.push({ cell_type: 'markdown', metadata: {}, source: cellLines(`## ${pick(rng, WORDS)} ${pick(rng, WORDS)}\n\nWe look at the ${pick(rng, WORDS)}.`) });
      continue;
    }
    const code: string[] = [];
    if (rng() < 0.1) code.push(pick(rng, ['%matplotlib inline', '!pip install -q scikit-learn', '%load_ext autoreload']));
    if (rng() < 0.3) code.push(pick(rng, IMPORTS));
    for (let s = int(rng, 2, 9); s > 0; s--) code.push(...statement(rng, ''));
    const outputs: unknown[] = [];
    if (withOutputs) {
      outputs.push({ output_type: 'stream', name: 'stdout', text: cellLines(`${pick(rng, WORDS)}: ${rng()}\n`.repeat(int(rng, 1, 20))) });
      if (rng() < 0.15) outputs.push({ output_type: 'display_data', metadata: {}, data: { 'image/png': base64Image(rng, int(rng, 10_000, 50_000)), 'text/plain': ['<Figure size 640x480 with 1 Axes>'] } });
    }
    cells.push({ cell_type: 'code', execution_count: withOutputs ? int(rng, 1, 99) : null, metadata: {}, outputs, source: cellLines(code.join('\n')) });
  }
  return JSON.stringify({ cells, metadata: { kernelspec: { name: 'python3', display_name: 'Python 3', language: 'python' } }, nbformat: 4, nbformat_minor: 5 }, null, 1);
}

const CONFIG_FILES: Record<string, string> = {
  'requirements.txt': 'numpy==1.26.4\npandas==2.2.2\ntorch==2.3.0\nscikit-learn==1.5.0\nmlflow==2.13.0\nfastapi==0.111.0\n',
  'pyproject.toml': '[project]\nname = "synthetic"\nversion = "0.1.0"\n\n[tool.ruff]\nline-length = 100\n',
  Dockerfile: 'FROM python:3.11-slim\nCOPY . /app\nRUN pip install -r /app/requirements.txt\nCMD ["uvicorn", "app:app"]\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: pytest -q\n',
  'README.md': '# Synthetic benchmark project\n',
};

/** Writes the tree under `root` (which should be empty). */
export async function writeSyntheticTree(root: string, options: SyntheticOptions = DEFAULT_SYNTHETIC): Promise<SyntheticTree> {
  const rng = rngOf(options.seed);
  const tree: SyntheticTree = { files: 0, bytes: 0, pythonFiles: 0, notebooks: 0 };
  const put = async (path: string, text: string): Promise<void> => {
    const abs = join(root, path);
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, text);
    tree.files++;
    tree.bytes += Buffer.byteLength(text);
    if (path.endsWith('.py')) tree.pythonFiles++;
    if (path.endsWith('.ipynb')) tree.notebooks++;
  };
  for (const [path, text] of Object.entries(CONFIG_FILES)) await put(path, text);
  for (let p = 0; p < options.packages; p++) {
    await put(`pkg${p}/__init__.py`, `"""Package ${p}."""\n`);
    for (let m = 0; m < options.modulesPerPackage; m++) await put(`pkg${p}/mod_${m}.py`, pythonModule(rng, p, m));
  }
  for (let k = 0; k < options.tests; k++) await put(`tests/test_${k}.py`, testModule(rng, k));
  for (let k = 0; k < options.notebooks; k++) await put(`notebooks/nb_${k}.ipynb`, notebookOf(rng, k % 4 === 0));
  return tree;
}
