/** The part of pino's logger the job system uses; pass the server's logger or a child of it. */
export interface JobLogger {
  info(details: object, message?: string): void;
  warn(details: object, message?: string): void;
  error(details: object, message?: string): void;
  child(bindings: Record<string, unknown>): JobLogger;
}

const ignore = () => {};

export const silentJobLogger: JobLogger = {
  info: ignore,
  warn: ignore,
  error: ignore,
  child: () => silentJobLogger,
};
