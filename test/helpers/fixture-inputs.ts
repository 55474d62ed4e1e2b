import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Names of fixture files that are expected outputs or notes, not notices. */
// (query/hedong-*.md are Markdown tables that plan query prints, not notices.)
const NOT_INPUT = /(?:\.expected\.|\.github\.|\.table\.|\.validate\.|hedong-2021-to-2022\.|^README|^hedong-(?:departments|goals)\.md$)/;
const INPUT_EXT = /\.(?:txt|md|html?)$/;

/** Every notice the project keeps as a test input: the seed, its variants and forms, faults, styles … */
export function fixtureInputs(dir = 'fixtures'): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...fixtureInputs(path));
    else if (INPUT_EXT.test(name) && !NOT_INPUT.test(name)) out.push(path);
  }
  return out;
}
