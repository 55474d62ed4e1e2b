/** A hostile input shape: `make(n)` writes it n times; `n` is the size the checks start from. */
export interface HostileShape {
  name: string;
  n: number;
  make: (n: number) => string;
}
export declare const HOSTILE_SHAPES: HostileShape[];
