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

/** What a failed file-system call means to a user: `permission denied` rather than EACCES. */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code ?? 'EIO';
  const reason: Record<string, string> = {
    ENOENT: 'no such file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EISDIR: 'is a directory, not a notice file',
    ENOTDIR: 'a part of the path is not a directory',
    ELOOP: 'too many symbolic links',
    ENAMETOOLONG: 'file name too long',
  };
  return reason[code] ?? (error as Error)?.message ?? String(error);
}
