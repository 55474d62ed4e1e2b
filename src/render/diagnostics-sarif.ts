import { pathToFileURL } from 'node:url';
import type { Severity } from '../model/types.js';
import type { ValidationResult } from '../validate/validate.js';
import { endOf } from './diagnostics-summary.js';
import { UNREADABLE, workspacePath } from './diagnostics-github.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

export interface SarifRuleInfo {
  id: string;
  description: string;
  defaultSeverity?: Severity;
}

export interface SarifTool {
  name: string;
  version: string;
  /** Every rule the run could report, so code scanning can show its description. */
  rules: readonly SarifRuleInfo[];
}

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
function uriOf(path: string, cwd: string): string {
  return workspacePath(path, cwd).split('/').map(encodeURIComponent).join('/');
}

/**
 * SARIF 2.1.0, the format GitHub code scanning and other static-analysis viewers read. Paths
 * are relative to %SRCROOT% (the working directory), columns count UTF-16 code units as the
 * model's do, and messages are plain text.
 */
export function renderSarif(results: readonly ValidationResult[], tool: SarifTool, cwd = process.cwd()): string {
  const rules = [...tool.rules];
  for (const r of results) for (const d of r.diagnostics) {
    if (!rules.some((rule) => rule.id === d.ruleId)) rules.push({ id: d.ruleId, description: d.ruleId });
  }
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const location = (path: string): { uri: string; uriBaseId?: string } => (path === '-' ? { uri: 'stdin' } : { uri: uriOf(path, cwd), uriBaseId: '%SRCROOT%' });
  // Inputs that could not be checked are the run's own trouble, not findings in a file: SARIF's
  // tool execution notifications, which code scanning shows on the tool's status.
  const unreadable = results.filter((r) => r.error !== undefined);
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: tool.name,
            version: tool.version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              ...(r.defaultSeverity ? { defaultConfiguration: { level: LEVEL[r.defaultSeverity] } } : {}),
            })),
          },
        },
        ...(unreadable.length
          ? {
              invocations: [
                {
                  executionSuccessful: false,
                  toolExecutionNotifications: unreadable.map((r) => ({
                    descriptor: { id: UNREADABLE },
                    level: 'error',
                    message: { text: r.error },
                    locations: [{ physicalLocation: { artifactLocation: location(r.path) } }],
                  })),
                },
              ],
            }
          : {}),
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.diagnostics.map((d) => {
            const end = endOf(d);
            const artifactLocation = location(r.path);
            return {
              ruleId: d.ruleId,
              ruleIndex: index.get(d.ruleId) as number,
              level: LEVEL[d.severity],
              message: { text: d.message },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation,
                    region: { startLine: d.line, startColumn: d.column, ...(end ? { endLine: end.line, endColumn: end.column } : {}) },
                  },
                },
              ],
            };
          }),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
