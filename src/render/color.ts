import type { ChalkInstance } from 'chalk';

/**
 * Whether to colour output: only on a terminal, never with NO_COLOR, always with FORCE_COLOR.
 * (https://no-color.org)
 */
export function useColor(stream: NodeJS.WriteStream = process.stdout, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY) && env.TERM !== 'dumb';
}

/** chalk, loaded only by renderers that colour, with its level set by useColor(). */
export async function loadChalk(color: boolean): Promise<ChalkInstance> {
  const { Chalk } = await import('chalk');
  return new Chalk({ level: color ? 1 : 0 });
}
