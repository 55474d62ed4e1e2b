import { createRequire } from 'node:module';

/**
 * SHA-256 of the input bytes, hex, for `source.sha256`.
 *
 * Why not node:crypto: loading it (with the stream modules it pulls in) takes 4–5 ms, a tenth of
 * everything a one-file `plan parse` adds to a bare Node start. The compression function below is
 * a WebAssembly module of a few hundred bytes, compiled on first use in well under a millisecond;
 * the padding and the chunking are done here. Where WebAssembly is unavailable (`--jitless`)
 * node:crypto is used after all.
 */
export function sha256Hex(bytes: Uint8Array): string {
  hashed += bytes.length;
  return (hashed <= NATIVE_AFTER ? sha256Wasm(bytes) : null) ?? nodeSha256(bytes);
}

/** SHA-256 by the WebAssembly code alone, hex; null where WebAssembly is unavailable. */
export function sha256Wasm(bytes: Uint8Array): string | null {
  const engine = wasmEngine();
  return engine ? engine(bytes) : null;
}

/**
 * The WebAssembly code hashes about 230 MB/s here and OpenSSL 1.7 GB/s, so once a process has
 * hashed about what loading node:crypto costs (a megabyte, 4–5 ms), node:crypto takes over: a
 * batch of thousands of notices, or one large file, gets the fast hash; a single notice never
 * loads it.
 */
const NATIVE_AFTER = 1024 * 1024;
let hashed = 0;

// Kept once loaded: createRequire converts this module's URL to a path on every call, which cost
// 1.4% of a batch's parse when it was done for each notice (profiled on the 10× notice).
let createHash: typeof import('node:crypto').createHash | undefined;

function nodeSha256(bytes: Uint8Array): string {
  createHash ??= (createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto')).createHash;
  return createHash('sha256').update(bytes).digest('hex');
}

// FIPS 180-4 §4.2.2 and §5.3.3: the round constants and the initial hash value.
const K = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
  0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
  0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
  0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
  0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
  0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
const H0 = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

// The module's memory: K, then the hash state H, then the message schedule W, then the data.
const K_AT = 0;
const H_AT = 256;
const W_AT = 288;
const DATA_AT = 1024;
/** Bytes hashed per call of the compression function; a multiple of the 64-byte block. */
const CHUNK = 1 << 20;
const PAGES = Math.ceil((DATA_AT + CHUNK) / 65536);

type Engine = (bytes: Uint8Array) => string;

/** The little of the WebAssembly JavaScript API used here (the Node types do not declare it). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: { memory: { buffer: ArrayBuffer }; compress: (from: number, to: number) => void } };
}
let engine: Engine | null | undefined;

function wasmEngine(): Engine | null {
  if (engine !== undefined) return engine;
  engine = null;
  const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
  if (!wasm) return engine;
  const { memory, compress } = new wasm.Instance(new wasm.Module(compressModule()), {}).exports;
  const view = new DataView(memory.buffer);
  const heap = new Uint8Array(memory.buffer);
  K.forEach((k, i) => view.setUint32(K_AT + 4 * i, k, true));
  engine = (bytes) => {
    H0.forEach((h, i) => view.setUint32(H_AT + 4 * i, h, true));
    const whole = bytes.length - (bytes.length % 64);
    for (let at = 0; at < whole; at += CHUNK) {
      const n = Math.min(CHUNK, whole - at);
      heap.set(bytes.subarray(at, at + n), DATA_AT);
      compress(DATA_AT, DATA_AT + n);
    }
    // The last, partial block, 0x80, zeros, and the length in bits as a big-endian 64-bit number.
    const rest = bytes.length - whole;
    const tail = rest < 56 ? 64 : 128;
    heap.fill(0, DATA_AT, DATA_AT + tail);
    heap.set(bytes.subarray(whole), DATA_AT);
    heap[DATA_AT + rest] = 0x80;
    view.setUint32(DATA_AT + tail - 8, Math.floor(bytes.length / 0x20000000), false);
    view.setUint32(DATA_AT + tail - 4, (bytes.length % 0x20000000) * 8, false);
    compress(DATA_AT, DATA_AT + tail);
    let hex = '';
    for (let i = 0; i < 8; i++) hex += view.getUint32(H_AT + 4 * i, true).toString(16).padStart(8, '0');
    return hex;
  };
  return engine;
}

// WebAssembly opcodes used below (WebAssembly Core Specification, §5.4).
const op = {
  block: 0x02,
  loop: 0x03,
  br: 0x0c,
  brIf: 0x0d,
  end: 0x0b,
  get: 0x20,
  set: 0x21,
  load: 0x28,
  store: 0x36,
  const: 0x41,
  ltU: 0x49,
  geU: 0x4f,
  add: 0x6a,
  and: 0x71,
  or: 0x72,
  xor: 0x73,
  shrU: 0x76,
  rotl: 0x77,
  rotr: 0x78,
  void: 0x40,
  i32: 0x7f,
} as const;

type Code = number[];

function uleb(n: number): Code {
  const out: Code = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n !== 0) byte |= 0x80;
    out.push(byte);
  } while (n !== 0);
  return out;
}

function sleb(n: number): Code {
  const out: Code = [];
  for (;;) {
    const byte = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (byte & 0x40) === 0) || (n === -1 && (byte & 0x40) !== 0)) return [...out, byte];
    out.push(byte | 0x80);
  }
}

const local = (i: number): Code => [op.get, i];
const setLocal = (i: number, value: Code): Code => [...value, op.set, i];
const i32 = (n: number): Code => [op.const, ...sleb(n | 0)];
/** The 32-bit word at address + offset (little-endian, as the memory is). */
const load = (address: Code, offset: number): Code => [...address, op.load, 2, ...uleb(offset)];
const store = (address: Code, offset: number, value: Code): Code => [...address, ...value, op.store, 2, ...uleb(offset)];
const binary = (code: number) => (a: Code, b: Code): Code => [...a, ...b, code];
const add = binary(op.add);
const and = binary(op.and);
const or = binary(op.or);
const xor = binary(op.xor);
const rotr = (a: Code, n: number): Code => [...a, ...i32(n), op.rotr];
const rotl = (a: Code, n: number): Code => [...a, ...i32(n), op.rotl];
const shr = (a: Code, n: number): Code => [...a, ...i32(n), op.shrU];
const sum = (...terms: Code[]): Code => terms.reduce((a, b) => add(a, b));
/** Big-endian to little-endian: the message is read as big-endian words. */
const byteSwap = (a: Code): Code => or(and(rotl(a, 8), i32(0x00ff00ff)), and(rotr(a, 8), i32(0xff00ff00)));

/** The module: memory, and compress(from, to) that runs the SHA-256 compression over [from, to). */
function compressModule(): Uint8Array {
  // Locals: the two parameters, then the loop index, the working variables a…h and two temporaries.
  const [FROM, TO, I, A, B, C, D, E, F, G, H, T1, T2] = Array.from({ length: 13 }, (_, n) => n) as [
    number, number, number, number, number, number, number, number, number, number, number, number, number,
  ];
  const vars = [A, B, C, D, E, F, G, H];
  const step = (limit: number): Code => [...setLocal(I, add(local(I), i32(4))), ...local(I), ...i32(limit), op.ltU, op.brIf, 0];
  const w = (back: number): Code => load(local(I), W_AT - 4 * back);
  const body: Code = [
    op.block, op.void,
    op.loop, op.void,
    ...local(FROM), ...local(TO), op.geU, op.brIf, 1,
    // W[0..15]: the block's words.
    ...setLocal(I, i32(0)),
    op.loop, op.void,
    ...store(local(I), W_AT, byteSwap(load(add(local(FROM), local(I)), 0))),
    ...step(64),
    op.end,
    // W[16..63] = σ1(W[t−2]) + W[t−7] + σ0(W[t−15]) + W[t−16]
    op.loop, op.void,
    ...store(local(I), W_AT, sum(
      xor(xor(rotr(w(2), 17), rotr(w(2), 19)), shr(w(2), 10)),
      w(7),
      xor(xor(rotr(w(15), 7), rotr(w(15), 18)), shr(w(15), 3)),
      w(16),
    )),
    ...step(256),
    op.end,
    ...vars.flatMap((v, n) => setLocal(v, load(i32(0), H_AT + 4 * n))),
    ...setLocal(I, i32(0)),
    // 64 rounds: T1 = h + Σ1(e) + Ch(e,f,g) + K[t] + W[t]; T2 = Σ0(a) + Maj(a,b,c).
    op.loop, op.void,
    ...setLocal(T1, sum(
      local(H),
      xor(xor(rotr(local(E), 6), rotr(local(E), 11)), rotr(local(E), 25)),
      xor(and(local(E), local(F)), and(xor(local(E), i32(-1)), local(G))),
      load(local(I), K_AT),
      load(local(I), W_AT),
    )),
    ...setLocal(T2, add(
      xor(xor(rotr(local(A), 2), rotr(local(A), 13)), rotr(local(A), 22)),
      xor(xor(and(local(A), local(B)), and(local(A), local(C))), and(local(B), local(C))),
    )),
    ...setLocal(H, local(G)),
    ...setLocal(G, local(F)),
    ...setLocal(F, local(E)),
    ...setLocal(E, add(local(D), local(T1))),
    ...setLocal(D, local(C)),
    ...setLocal(C, local(B)),
    ...setLocal(B, local(A)),
    ...setLocal(A, add(local(T1), local(T2))),
    ...step(256),
    op.end,
    ...vars.flatMap((v, n) => store(i32(0), H_AT + 4 * n, add(load(i32(0), H_AT + 4 * n), local(v)))),
    ...setLocal(FROM, add(local(FROM), i32(64))),
    op.br, 0,
    op.end,
    op.end,
    op.end,
  ];
  const locals = [1, ...uleb(11), op.i32];
  const fn = [...locals, ...body];
  const section = (id: number, content: Code): Code => [id, ...uleb(content.length), ...content];
  const name = (s: string): Code => [s.length, ...Array.from(s, (c) => c.charCodeAt(0))];
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, [1, 0x60, 2, op.i32, op.i32, 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, ...uleb(PAGES)]),
    ...section(7, [2, ...name('memory'), 0x02, 0, ...name('compress'), 0x00, 0]),
    ...section(10, [1, ...uleb(fn.length), ...fn]),
  ]);
}
