// Data only: the catalogue's demo-UI tools (signal `demo_ui`) are evidence
// when imported; a declared but never imported one is a hint.
import { defineDetector } from './define.js';

export const demoUi = defineDetector({
  id: 'demo_ui',
  area: 'deployment',
  rule: 'an interactive demo app: Streamlit, Gradio, Dash, Panel, Chainlit. (Counts for showing work; it is not a production API.)',
  uses: 'import',
});
