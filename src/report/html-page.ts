// The one HTML page every report is printed in (assessment, rank index,
// interview kit): self-contained, with a Content-Security-Policy that lets the
// page load nothing (no script, font, frame or request; inline styles and
// data: images only), so candidate text can never act, on screen or in the PDF.
import { html, raw, type SafeHtml } from './html-template.js';

export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** A complete HTML document: `css` is the program's own stylesheet, `body` escaped markup. */
export function htmlPage(title: string, css: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${raw(REPORT_CSP)}">
<meta name="generator" content="evident">
<title>${title}</title>
<style>${raw(css)}</style>
</head>
<body>
${body}
</body>
</html>
`.__html;
}
