/**
 * An error the user can fix (a bad flag, a missing path, a refused archive).
 * The CLI prints its message as one line and exits 2; the server answers 4xx.
 * Messages never contain CV text.
 */
export class UserError extends Error {
  readonly code: string;

  constructor(message: string, code = 'E_USER', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UserError';
    this.code = code;
  }
}

export function isUserError(err: unknown): err is UserError {
  return err instanceof UserError;
}
