import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/cli/progress.js';

/** A stream that says it is a terminal, keeping what is written to it. */
function fakeTerminal(): { stream: NodeJS.WriteStream; written: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 80, rows: 24 });
  return { stream, written: () => chunks.join('') };
}

describe('progress bar', () => {
  it('should print a line logged during the batch above the bar, where clearing the bar leaves it', async () => {
    const { stream, written } = fakeTerminal();
    const progress = await startProgress(40, 'parsing', stream, {});
    progress.update(10, 40);
    progress.log('plan: n05.txt: the input has no text');
    progress.update(40, 40);
    progress.stop();
    const out = written();
    expect(out).toContain('plan: n05.txt: the input has no text\n');
    // A saved cursor (ESC 7 / ESC 8) is restored to where the bar first stood, above the lines logged since.
    expect(out).not.toMatch(/\u001b[78]/);
    // Nothing after the logged line moves the cursor up over it: the bar is cleared on its own row.
    expect(out.slice(out.indexOf('the input has no text'))).not.toMatch(/\u001b\[\d*A/);
  });

  it.each([
    ['a short batch', 5, {}],
    ['a batch on CI', 40, { CI: 'true' }],
  ])('should draw no bar for %s', async (_what, total, env) => {
    const { stream, written } = fakeTerminal();
    const progress = await startProgress(total, 'parsing', stream, env);
    progress.update(total, total);
    progress.stop();
    expect(written()).toBe('');
  });
});
