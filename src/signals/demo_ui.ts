// signals.md › demo_ui: an interactive demo app: Streamlit, Gradio, Dash, Panel, Chainlit. (Counts for showing work; it is not a production API.)
import { defineDetector } from './define.js';

export const demoUi = defineDetector({
  id: 'demo_ui',
  area: 'deployment',
});
