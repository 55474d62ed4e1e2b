import { HOSTILE_SHAPES, type HostileShape } from '../../bench/hostile.js';

/** One of the benchmark's hostile input shapes, by name (bench/hostile.js). */
export function hostileShape(name: string): HostileShape {
  const shape = HOSTILE_SHAPES.find((s) => s.name === name);
  if (!shape) throw new Error(`no hostile shape named ${name}`);
  return shape;
}
