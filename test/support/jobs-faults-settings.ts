/**
 * Settings test/jobs-faults.e2e-spec.ts runs its API with. Import this first: the configuration is
 * read once, when the first module that needs it is loaded.
 */
/** Work waiting longer than this counts as stranded (STRANDED_WORK_AFTER_MS), in the API's /health/jobs and the workers. */
export const STRANDED_AFTER_MS = 3000;
process.env.STRANDED_WORK_AFTER_MS = String(STRANDED_AFTER_MS);
