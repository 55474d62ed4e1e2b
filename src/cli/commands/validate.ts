import { readFile } from 'node:fs/promises';
import { loadConfigFile, type RuleSetting } from '../../config/load-config.js';
import { InputError } from '../../io/errors.js';
import type { Diagnostic, SourceFormat } from '../../model/types.js';
import { useColor } from '../../render/color.js';
import { countSeverities } from '../../render/diagnostics-summary.js';
import { PARSE_DIAGNOSTICS } from '../../validate/parse-diagnostics.js';
import { RULES } from '../../validate/rules/index.js';
import { UnknownRuleError } from '../../validate/run-rules.js';
import { ruleLevels, type ValidationResult } from '../../validate/validate.js';
import { UsageError, parseJobs, parseSize } from '../main.js';
import { writeOutputFile, writeStderrLine, writeStdout } from '../output.js';
import { runBatch } from '../../batch/run-batch.js';
import { expandCommandInputs, unreadableFolderMessage, unreadableInOrder } from '../expand-inputs.js';
import { startProgress } from '../progress.js';
import { checkConfig, validateInput } from '../validate-input.js';

export const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
export type ValidateFormat = (typeof FORMATS)[number];

interface ValidateCliOptions {
  format?: ValidateFormat;
  rule?: string[];
  config?: string;
  maxWarnings?: string;
  output?: string;
  from?: SourceFormat | 'auto';
  encoding?: string;
  maxSize?: string;
  jobs?: number;
}

const LEVELS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** `--rule ID=level`, repeated, as settings; a bad entry or unknown id is a usage error. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(flag);
    if (!m || !LEVELS.includes(m[2] as RuleSetting)) throw new UsageError(`--rule: "${flag}" is not ID=off|info|warning|error`);
    settings[m[1] as string] = m[2] as RuleSetting;
  }
  try {
    ruleLevels([settings]);
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new UsageError(`--rule: ${error.message}`);
    throw error;
  }
  return settings;
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\d+$/.test(value.trim())) throw new UsageError(`--max-warnings: "${value}" is not a number of warnings (0 or more)`);
  return Number(value);
}

async function packageVersion(): Promise<string> {
  // dist/cli/commands and src/cli/commands are both three levels below the package root.
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8').catch(() => '{}');
  return (JSON.parse(text) as { version?: string }).version ?? '0.0.0';
}

async function render(format: ValidateFormat, results: ValidationResult[], color: boolean): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../../render/diagnostics-json.js')).renderJson(results);
    case 'github':
      return (await import('../../render/diagnostics-github.js')).renderGithub(results);
    case 'sarif': {
      const { renderSarif } = await import('../../render/diagnostics-sarif.js');
      const rules = [...RULES, ...PARSE_DIAGNOSTICS];
      return renderSarif(results, { name: 'plan', version: await packageVersion(), rules });
    }
    default:
      return (await import('../../render/diagnostics-stylish.js')).renderStylish(results, color);
  }
}

export async function runValidate(args: string[], opts: ValidateCliOptions): Promise<void> {
  const format = opts.format ?? 'stylish';
  const flags = parseRuleFlags(opts.rule ?? []);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const explicitConfig = opts.config ? checkConfig(await loadConfigFile(opts.config)) : null;
  const expanded = await expandCommandInputs(args);
  const { inputs } = expanded;
  const options = { format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto', maxBytes } as const;

  const results: ValidationResult[] = [];
  let failed = 0;
  let say = writeStderrLine;
  // An input that could not be checked: one line on stderr, and an entry in the machine formats.
  const unreadable = (path: string, message: string): void => {
    failed++;
    say(`plan: ${message}`);
    results.push({ path, diagnostics: [], error: message.startsWith(`${path}: `) ? message.slice(path.length + 2) : message });
  };
  // A folder that could not be listed is an input that could not be checked, in its place among them.
  const unreadableDue = unreadableInOrder(expanded.unreadable);
  const reportUnreadable = (before: number): void => {
    for (const folder of unreadableDue(before)) unreadable(folder.path, unreadableFolderMessage(folder));
  };
  if (inputs.length === 1 && args.length === 1 && expanded.unreadable.length === 0) {
    // One named input: its error is the command's error (in the machine formats it is reported too).
    try {
      results.push({ path: inputs[0]!, diagnostics: await validateInput(inputs[0]!, { ...options, rules: flags, config: explicitConfig }) });
    } catch (error) {
      if (format === 'stylish' || !(error instanceof InputError)) throw error;
      unreadable(inputs[0]!, error.message);
    }
  } else {
    const progress = await startProgress(inputs.length, 'validating');
    say = progress.log;
    try {
      await runBatch(inputs, {
        kind: 'validate',
        options: { ...options, validate: { rules: flags, config: explicitConfig } },
        jobs: inputs.includes('-') ? 0 : parseJobs(opts.jobs, inputs.length),
        onProgress: (done, total) => progress.update(done, total),
        onResult: (path, result, index) => {
          reportUnreadable(index);
          if (!result.ok) unreadable(path, result.error);
          else results.push({ path, diagnostics: JSON.parse(new TextDecoder().decode(result.output)) as Diagnostic[] });
        },
      });
    } finally {
      progress.stop();
      say = writeStderrLine;
    }
    reportUnreadable(Infinity);
  }

  const color = !opts.output && useColor(process.stdout);
  const text = await render(format, results, color);
  if (opts.output) await writeOutputFile(opts.output, text, inputs);
  else await writeStdout(text);

  const counts = countSeverities(results.flatMap((r) => r.diagnostics));
  const tooManyWarnings = maxWarnings !== null && counts.warning > maxWarnings;
  if (tooManyWarnings) process.stderr.write(`plan: ${counts.warning} ${counts.warning === 1 ? 'warning' : 'warnings'}, more than --max-warnings ${maxWarnings}\n`);
  process.exitCode = failed > 0 ? 2 : counts.error > 0 || tooManyWarnings ? 1 : 0;
}
