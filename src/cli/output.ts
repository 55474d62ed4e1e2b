/**
 * Writes a result file atomically (a temporary file beside it, then rename), refusing to
 * overwrite any of the inputs.
 */
export async function writeOutputFile(path: string, content: string, inputs: readonly string[]): Promise<void> {
  const { openAtomicOutput } = await import('./atomic-output.js');
  const out = await openAtomicOutput(path, inputs);
  try {
    await out.write(content);
    await out.commit();
  } catch (error) {
    await out.abort();
    throw error;
  }
}

/** Writes to stdout, resolving when the data is flushed; a closed pipe (| head) ends quietly. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((resolvePromise) => {
    if (text.length === 0) return resolvePromise();
    process.stdout.write(text, () => resolvePromise());
  });
}
