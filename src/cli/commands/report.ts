import { loadConfigFile } from '../../config/load-config.js';
import type { SourceFormat } from '../../model/types.js';
import { aliasesFromConfig } from '../../query/aliases.js';
import { buildReport } from '../../report/build-report.js';
import { renderReportHtml } from '../../render/report-html.js';
import { announceDecoding, decodingReport } from '../decoding-report.js';
import { parseSize } from '../main.js';
import { writeOutputFile, writeStdout } from '../output.js';
import { checkConfig, readAndValidate } from '../validate-input.js';

interface ReportCliOptions {
  output?: string;
  config?: string;
  from?: SourceFormat | 'auto';
  encoding?: string;
  maxSize?: string;
}

/**
 * `plan report <input>`: one self-contained HTML page about a notice, on standard output or
 * written atomically to -o. The findings are those `plan validate` gives with the same settings
 * (the nearest .planrc.json, or --config), and units are matched with the same aliases as
 * `plan query`. Errors (unreadable input, not a notice, a bad config) exit 2 through main.
 */
export async function runReport(input: string, opts: ReportCliOptions): Promise<void> {
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const explicit = opts.config !== undefined ? checkConfig(await loadConfigFile(opts.config)) : null;
  const { source, doc, diagnostics, config } = await readAndValidate(input, {
    format: opts.from ?? 'auto',
    encoding: opts.encoding ?? 'auto',
    maxBytes,
    rules: {},
    config: explicit,
  });
  // The page still shows what was read; that it may be mis-decoded is said on stderr, exit 1 (as parse).
  announceDecoding(decodingReport(doc, opts.encoding !== undefined && opts.encoding !== 'auto'));
  const view = await buildReport(doc, { text: source.text, findings: diagnostics }, { aliases: aliasesFromConfig(config) });
  const html = renderReportHtml(view);
  if (opts.output) await writeOutputFile(opts.output, html, [input]);
  else await writeStdout(html);
}
