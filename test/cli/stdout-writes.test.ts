import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/plan.cjs', import.meta.url));
const SEED = fileURLToPath(new URL('../../fixtures/hedong-2022.txt', import.meta.url));
const hasPython = spawnSync('python3', ['-c', '0']).status === 0;

// plan writes standard output with blocking writes on its descriptor; a descriptor the other side
// made non-blocking refuses a write once the pipe is full (EAGAIN), and the rest must still arrive.
// The reader here sets O_NONBLOCK on the pipe and reads slowly, so that happens many times over.
const SLOW_READER = `
import fcntl, os, subprocess, sys, time
r, w = os.pipe()
fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)
p = subprocess.Popen(sys.argv[1:], stdout=w)
os.close(w)
out = bytearray()
time.sleep(0.3)
while True:
    chunk = os.read(r, 4096)
    if not chunk:
        break
    out += chunk
    time.sleep(0.0005)
sys.stdout.buffer.write(out)
sys.exit(p.wait())
`;

describe('standard output', () => {
  it.skipIf(!hasPython)('should deliver every byte to a non-blocking pipe that fills up', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-stdout-'));
    for (let i = 0; i < 6; i++) writeFileSync(join(dir, `n${String(i).padStart(2, '0')}.txt`), readFileSync(SEED));
    const expected = spawnSync(process.execPath, [BIN, 'parse', '--jsonl', '--jobs', '1', dir], { encoding: 'utf8' });
    const r = spawnSync('python3', ['-c', SLOW_READER, process.execPath, BIN, 'parse', '--jsonl', '--jobs', '1', dir], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    // Well over a pipe's 64 kB, so the writes met a full pipe.
    expect(Buffer.byteLength(expected.stdout)).toBeGreaterThan(500_000);
    expect(r.stdout).toBe(expected.stdout);
  });

  it('should end quietly on a closed pipe after part of a batch was written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-stdout-'));
    for (let i = 0; i < 12; i++) writeFileSync(join(dir, `n${String(i).padStart(2, '0')}.txt`), readFileSync(SEED));
    const r = spawnSync('bash', ['-c', `node ${JSON.stringify(BIN)} parse --jsonl --jobs 1 ${JSON.stringify(dir)} | head -c 1000 > /dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('exit=0\n');
  });
});
