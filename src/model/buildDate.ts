let date: string | undefined;

/** Day the site is built, or P2C_BUILD_DATE for reproducible builds and tests; read once per process. */
export function buildDate(): string {
  date ??= process.env.P2C_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
  return date;
}
