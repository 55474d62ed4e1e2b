// The few parts of picomatch (no types of its own) that the glob expansion uses.
declare module 'picomatch' {
  interface PicomatchOptions {
    /** Let wildcards match names that start with a dot. */
    dot?: boolean;
  }
  interface ScanResult {
    /** The leading part without glob characters (escapes kept), `''` for none. */
    base: string;
    /** The rest: the part to match. */
    glob: string;
    isGlob: boolean;
  }
  interface Picomatch {
    (glob: string, options?: PicomatchOptions): (path: string) => boolean;
    scan(input: string): ScanResult;
  }
  const picomatch: Picomatch;
  export default picomatch;
}
