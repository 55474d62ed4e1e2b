import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The `$ plan validate …` examples of the README's `## plan validate` section, with their output. */
function examples(): Array<{ command: string; args: string[]; output: string }> {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## plan validate')).split(/\n## /)[0] as string;
  return [...section.matchAll(/```console\n\$ plan (.+)\n([\s\S]*?)```/g)].map((m) => ({
    command: `plan ${m[1]}`,
    args: (m[1] as string).split(' '),
    output: m[2] as string,
  }));
}

describe('the README section on plan validate', () => {
  it('should have examples to check', () => {
    expect(examples().length).toBeGreaterThanOrEqual(2);
  });

  it.each(examples())('should show what `$command` prints', ({ args, output }) => {
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/plan.cjs'), ...args], { cwd: ROOT, env, encoding: 'utf8' });
    expect(r.stdout).toBe(output);
  });
});
