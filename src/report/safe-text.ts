// Candidate-controlled text (CV words, repository names, cited source lines)
// made safe for each output: HTML escaped (no markup or script runs),
// Markdown escaped (tables stay tables, no raw HTML), terminal stripped of
// control characters (no escape sequences repaint the screen).

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => HTML[c]);
}

/** Control characters (C0, DEL, C1) and Unicode bidi overrides that could disguise text. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, ' ');
}

/** Text for a Markdown table cell or line: no pipes, backticks, HTML or line breaks. */
export function markdownSafe(text: string): string {
  return terminalSafe(text)
    .replace(/[\\`*_[\]|]/g, (c) => `\\${c}`)
    .replace(/[<>&]/g, (c) => HTML[c]);
}

/** Text for inside a Markdown code span: backticks cannot close it. */
export function markdownCode(text: string): string {
  const clean = terminalSafe(text).replace(/\|/g, '\\|');
  return clean.includes('`') ? `\`\` ${clean} \`\`` : `\`${clean}\``;
}
