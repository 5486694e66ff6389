// An assessment report in the format asked for (screen, demo). Imported when
// a command runs: it loads every renderer and the PDF printer.
import type { Assessment } from '../assess/types.js';
import { renderAssessmentHtml } from '../report/assessment-html.js';
import { renderAssessmentJson } from '../report/assessment-json.js';
import { renderAssessmentMarkdown } from '../report/assessment-markdown.js';
import { renderAssessmentTerminal } from '../report/assessment-terminal.js';
import { renderPdf } from '../report/pdf.js';
import type { ReportFormat } from './commands/screen.js';

/** The report in a format; PDF as bytes. */
export async function renderReport(a: Assessment, format: ReportFormat, color = false): Promise<string | Buffer> {
  if (format === 'md') return renderAssessmentMarkdown(a);
  if (format === 'json') return renderAssessmentJson(a);
  if (format === 'html') return renderAssessmentHtml(a);
  if (format === 'pdf') return renderPdf(renderAssessmentHtml(a));
  return renderAssessmentTerminal(a, { color });
}
