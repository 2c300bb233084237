/**
 * Settings test/health.e2e-spec.ts runs with. Import this first: the configuration is read once,
 * when the first module that needs it is loaded.
 */
export const MAX_FAILED_JOBS = 1;
process.env.HEALTH_MAX_FAILED_JOBS = String(MAX_FAILED_JOBS);
