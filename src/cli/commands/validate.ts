import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { findConfig, loadConfigFile, type PlanConfig, type RuleSetting } from '../../config/load-config.js';
import { InputError } from '../../io/errors.js';
import { readInput } from '../../io/read-input.js';
import type { SourceFormat } from '../../model/types.js';
import { useColor } from '../../render/color.js';
import { countSeverities } from '../../render/diagnostics-summary.js';
import { loadSource } from '../../source/load-source.js';
import { PARSE_DIAGNOSTICS } from '../../validate/parse-diagnostics.js';
import { RULES } from '../../validate/rules/index.js';
import { UnknownRuleError } from '../../validate/run-rules.js';
import { ruleLevels, validateSource, type ValidationResult } from '../../validate/validate.js';
import { UsageError, parseSize } from '../main.js';
import { writeOutputFile, writeStdout } from '../output.js';
import { assertNotice } from './parse.js';

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
}

const LEVELS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

/** `--rule ID=level`, repeated, as settings; a bad entry or unknown id is a usage error. */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const settings: Record<string, RuleSetting> = {};
  for (const flag of flags) {
    const m = /^\s*([\w-]+)\s*[=:]\s*(\w+)\s*$/.exec(flag);
    if (!m || !LEVELS.includes(m[2] as RuleSetting)) throw new UsageError(`--rule: "${flag}" is not ID=off|warning|error`);
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

/** A config file's rule settings must name real rules; checked once, when the file is read. */
function checkConfig(config: PlanConfig | null): PlanConfig | null {
  try {
    ruleLevels([config?.rules]);
  } catch (error) {
    if (error instanceof UnknownRuleError) throw new InputError('ECONFIG', `${config?.path ?? 'config'}: ${error.message}`);
    throw error;
  }
  return config;
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

export async function runValidate(inputs: string[], opts: ValidateCliOptions): Promise<void> {
  const format = opts.format ?? 'stylish';
  const flags = parseRuleFlags(opts.rule ?? []);
  const maxWarnings = parseMaxWarnings(opts.maxWarnings);
  const maxBytes = parseSize(opts.maxSize ?? '64M');
  const explicitConfig = opts.config ? checkConfig(await loadConfigFile(opts.config)) : null;
  // Inputs in one folder share the config found above it.
  const configs = new Map<string, Promise<PlanConfig | null>>();
  const configFor = (input: string): Promise<PlanConfig | null> => {
    if (explicitConfig) return Promise.resolve(explicitConfig);
    const dir = input === '-' ? resolve('.') : dirname(resolve(input));
    let found = configs.get(dir);
    if (!found) configs.set(dir, (found = findConfig(input).then(checkConfig)));
    return found;
  };

  const results: ValidationResult[] = [];
  let failed = 0;
  for (const input of inputs) {
    try {
      const bytes = await readInput(input, { maxBytes });
      const source = await loadSource(bytes, { name: input, format: opts.from ?? 'auto', encoding: opts.encoding ?? 'auto' });
      const { doc, diagnostics } = await validateSource(source, { config: await configFor(input), rules: flags });
      assertNotice(doc);
      results.push({ path: input, diagnostics });
    } catch (error) {
      if (inputs.length === 1 || !(error instanceof InputError)) throw error;
      failed++;
      process.stderr.write(`plan: ${error.message}\n`);
    }
  }

  const color = !opts.output && useColor(process.stdout);
  const text = await render(format, results, color);
  if (opts.output) await writeOutputFile(opts.output, text, inputs);
  else await writeStdout(text);

  const counts = countSeverities(results.flatMap((r) => r.diagnostics));
  const tooManyWarnings = maxWarnings !== null && counts.warning > maxWarnings;
  if (tooManyWarnings) process.stderr.write(`plan: ${counts.warning} warnings, more than --max-warnings ${maxWarnings}\n`);
  process.exitCode = failed > 0 ? 2 : counts.error > 0 || tooManyWarnings ? 1 : 0;
}
