import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/plan.cjs', import.meta.url));

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  /**
   * The colour settings and other variables the child sees. The runner's own NO_COLOR,
   * FORCE_COLOR and COLUMNS never reach it; without `env` the child gets NO_COLOR=1.
   */
  env?: Record<string, string | undefined>;
  cwd?: string;
}

/** Runs the built `plan` command (npm test builds dist/ first) with no TTY. */
export function runCli(args: string[], options: CliOptions = {}): CliResult {
  const { NO_COLOR: _n, FORCE_COLOR: _f, COLUMNS: _c, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input ?? '',
    encoding: 'utf8',
    cwd: options.cwd,
    env: { ...inherited, ...(options.env ?? { NO_COLOR: '1' }) } as NodeJS.ProcessEnv,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
