/**
 * An error the user can act on: printed as one line on stderr, exit code 2.
 * Anything else that escapes is a bug and is reported as such.
 */
export class InputError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.code = code;
  }
}
