import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/io/errors.js';
import type { Diagnostic } from '../../src/model/types.js';
import { parseLoaded } from '../../src/parse/parse-notice.js';
import { loadSource, type LoadOptions } from '../../src/source/load-source.js';
import { validateDocument } from '../../src/validate/validate.js';

/** Real documents shared by the team (see its README); never copied into the project. */
const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
const present = existsSync(CORPUS);
const files = (dir: string): string[] => (present ? readdirSync(`${CORPUS}${dir}`).map((f) => `${dir}/${f}`) : []);

async function validateCorpusFile(file: string, options: LoadOptions = {}): Promise<{ text: string; diagnostics: Diagnostic[] }> {
  const source = await loadSource(await readFile(`${CORPUS}${file}`), { name: file, ...options });
  return { text: source.text, diagnostics: validateDocument(await parseLoaded(source), source) };
}

function expectInsideText(text: string, diagnostics: Diagnostic[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    expect(d.line).toBeLessThanOrEqual(lines.length);
    expect(d.column).toBeLessThanOrEqual((lines[d.line - 1] as string).length + 1);
  }
}

describe.skipIf(!present)(`validate on the shared corpus${present ? '' : ' (skipped: ../shared/corpus is absent)'}`, () => {
  // Read as plain text, so that the results do not depend on which adapters this build has.
  it.each(files('shanghai'))('should validate %s, placing every problem inside the text', async (file) => {
    const { text, diagnostics } = await validateCorpusFile(file, { format: 'text' });
    expectInsideText(text, diagnostics);
    // The collection's headers have no 索引号; nothing else in these published notices is an error.
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([
      'header-required: the header has no 索引号',
    ]);
  });

  it('should know every unit of the Huangpu plan and read 替代 inside a cited title as no repeal', async () => {
    const { diagnostics } = await validateCorpusFile('shanghai/huangpu-renewable-action-plan-2025.md', { format: 'text' });
    const ids = diagnostics.map((d) => d.ruleId);
    expect(ids).not.toContain('unit-known');
    expect(ids).not.toContain('supersedes-reference');
    expect(ids).not.toContain('task-units');
  });

  it.for(files('govcn'))('should validate %s when this build reads HTML', async (file, ctx) => {
    try {
      const { text, diagnostics } = await validateCorpusFile(file);
      expectInsideText(text, diagnostics);
      // Published State Council notices: none of their findings is an error, and the metadata
      // table's 2019年01月12日 is the site's format, not a zero-padded date of the document.
      expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.ruleId}: ${d.message}`)).toEqual([]);
      expect(diagnostics.filter((d) => d.ruleId === 'date-valid').map((d) => d.message)).toEqual([]);
    } catch (error) {
      if (error instanceof InputError && error.code === 'EFORMAT') ctx.skip(`${file}: ${error.message}`);
      else throw error;
    }
  });
});
