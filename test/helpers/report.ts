import { readFile } from 'node:fs/promises';
import { buildReport } from '../../src/report/build-report.js';
import type { ReportView } from '../../src/report/types.js';
import { renderReportHtml } from '../../src/render/report-html.js';
import { loadSource } from '../../src/source/load-source.js';
import { validateSource } from '../../src/validate/validate.js';

/** The report view of a fixture, built as `plan report` builds it (findings with default settings). */
export async function reportOf(path: string): Promise<ReportView> {
  const source = await loadSource(await readFile(path), { name: path });
  const { doc, diagnostics } = await validateSource(source);
  return buildReport(doc, { text: source.text, findings: diagnostics });
}

/** The report page of a fixture. */
export async function reportHtml(path: string): Promise<string> {
  return renderReportHtml(await reportOf(path));
}

export const MISMATCH = 'fixtures/faults/goal-annex-mismatch.txt';
export const REPORT_HOSTILE = 'fixtures/report/hostile.txt';
