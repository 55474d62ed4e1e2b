import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { InputError } from '../io/errors.js';
import { CONFIG_NAMES } from './config-names.js';
import { configShapeProblem } from './config-shape.js';

export type RuleSetting = 'off' | 'info' | 'warning' | 'error';

/** `.planrc.json`: per-project settings, found upward from an input file. */
export interface PlanConfig {
  /** Validation rule severities by rule id. */
  rules?: Record<string, RuleSetting>;
  units?: {
    /** Unit names the `unit-known` rule accepts, beyond the built-in registry. */
    known?: string[];
    /** Canonical name → other names for the same unit (区科技局 ↔ 河东区科学技术局). */
    aliases?: Record<string, string[]>;
  };
  /** Where the file was found, for messages. */
  path?: string;
}

export { CONFIG_NAMES };

/** The nearest config file in the directory of `from` or above it, or null. */
export async function findConfig(from: string): Promise<PlanConfig | null> {
  let dir = resolve(from === '-' ? '.' : dirname(resolve(from)));
  for (;;) {
    for (const name of CONFIG_NAMES) {
      const path = join(dir, name);
      const text = await readFile(path, 'utf8').catch(() => null);
      if (text !== null) return parseConfig(text, path);
    }
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export async function loadConfigFile(path: string): Promise<PlanConfig> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(error.code ?? 'EIO', `${path}: cannot read config file (${error.code === 'ENOENT' ? 'no such file' : error.message})`);
  });
  return parseConfig(text, path);
}

export function parseConfig(text: string, path: string): PlanConfig {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError('ECONFIG', `${path}: not valid JSON (${(error as Error).message})`);
  }
  const problem = configShapeProblem(data);
  if (problem !== null) throw new InputError('ECONFIG', `${path}: ${problem}`);
  return { ...(data as PlanConfig), path };
}

