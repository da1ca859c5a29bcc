// A failure the person using the app can act on. `messageKey` names a message in
// the catalogs (messages/*.json, namespace "errors"), so the text is translated
// where it is shown.

/** UNAVAILABLE: the server is shedding load (lib/load-shedding.ts); answered with 503 and Retry-After. */
export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'INVALID' | 'CONFLICT' | 'UNAVAILABLE';

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey: string;
  readonly values?: Record<string, string | number>;

  constructor(code: AppErrorCode, messageKey: string, values?: Record<string, string | number>) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
    this.code = code;
    this.messageKey = messageKey;
    this.values = values;
  }

  // Next.js bundles this module once per layer (pages, route handlers,
  // instrumentation), while the database client is one per process: an AppError
  // it throws (load shedding) must be recognised by every copy of the class.
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Error && value.name === 'AppError' && typeof (value as { code?: unknown }).code === 'string';
  }
}

export const forbidden = () => new AppError('FORBIDDEN', 'forbidden');
export const notFound = () => new AppError('NOT_FOUND', 'notFound');
