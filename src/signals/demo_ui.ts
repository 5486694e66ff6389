// signals.md › demo_ui: an interactive demo app: Streamlit, Gradio, Dash, Panel, Chainlit. (Counts for showing work; it is not a production API.)
import { defineDetector } from './define.js';

// Data only: the catalogue's demo-UI tools (signal `demo_ui`) are evidence
// when imported; a declared but never imported one is a hint.
export const demoUi = defineDetector({
  id: 'demo_ui',
  area: 'deployment',
});
