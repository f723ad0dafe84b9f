// The register report's formatters by name.
import type { RegisterReport } from '../../report/report.js';
import { jsonText } from '../neutralise.js';
import { defineFormatters } from '../registry.js';

export const REPORT_FORMATTERS = defineFormatters<RegisterReport, Record<string, never>>('md', {
  md: { description: 'Markdown', format: async (r) => (await import('./markdown.js')).formatReportMarkdown(r) },
  html: { description: 'a printable page', format: async (r) => (await import('./html.js')).formatReportHtml(r) },
  json: { description: "the report's data (docs/formats.md)", format: (r) => `${jsonText(JSON.stringify(r, null, 2))}\n` },
});
