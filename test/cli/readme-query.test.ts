import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `console` examples of the README's `## plan query` section: a `$ plan …` line and what it prints. */
function examples(): Array<{ command: string; output: string }> {
  const readme = readFileSync('README.md', 'utf8');
  const start = readme.indexOf('## plan query');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```console\n\$ (plan [^\n]+)\n([^]*?)```/g)].map((m) => ({ command: m[1] as string, output: m[2] as string }));
}

/** Splits a README command line into arguments (no quoting is used there). */
const words = (command: string): string[] => command.split(/\s+/).slice(1);

describe('README: plan query', () => {
  const cases = examples();

  it('should have examples to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const { command, output } of cases) {
    it(`should print what the README shows for: ${command}`, () => {
      const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: undefined } as NodeJS.ProcessEnv;
      const r = spawnSync(process.execPath, ['bin/plan.cjs', ...words(command)], { encoding: 'utf8', env });
      // The README shows what a terminal shows: stdout and stderr together, CSV line ends as LF.
      expect((r.stdout + r.stderr).replace(/\r\n/g, '\n')).toBe(output);
    });
  }
});
