/** Day the site is built, or P2C_BUILD_DATE for reproducible builds and tests. */
export function buildDate(): string {
  return process.env.P2C_BUILD_DATE ?? new Date().toISOString().slice(0, 10);
}
