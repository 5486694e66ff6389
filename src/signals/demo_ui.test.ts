import { describe, expect, it } from 'vitest';
import { notebook } from '../../test/helpers/notebook.js';
import { detect, locations } from '../../test/helpers/repo.js';
import { py, text } from '../../test/helpers/text.js';
import { demoUi } from './demo_ui.js';

describe('signals/demo_ui', () => {
  it('is present for a Streamlit app, cited at its first Streamlit call, then its import', async () => {
    const result = await detect(demoUi, {
      'streamlit/app.py': py`
        """Experiment dashboard."""
        import pandas as pd
        import streamlit as st

        st.title("Runs")
      `,
    });

    expect(result.present).toBe(true);
    expect(locations(result)).toEqual(['streamlit/app.py:5', 'streamlit/app.py:3']);
  });

  it('is present for a Gradio demo in a notebook, located by cell', async () => {
    const result = await detect(demoUi, {
      'demo.ipynb': notebook([{ md: '# Demo' }, 'import gradio as gr\ngr.Interface(fn=len, inputs="text", outputs="text").launch()']),
    });

    expect(locations(result)).toContain('demo.ipynb#cell=1:1');
  });

  it('is absent when the UI is only mentioned or commented out', async () => {
    const result = await detect(demoUi, {
      'README.md': 'A Streamlit demo is coming soon.\n',
      'app.py': py`
        # import streamlit as st
        print("gradio")
      `,
    });

    expect(result).toMatchObject({ present: false, evidence: [] });
  });

  it('is declared-only when the package is listed but never imported', async () => {
    const result = await detect(demoUi, { 'requirements.txt': text`
      streamlit==1.33.0
    ` });

    expect(result).toMatchObject({ present: false, strength: 'declared-only' });
    expect(result.hints.map((h) => h.location)).toEqual(['requirements.txt:1']);
  });
});
