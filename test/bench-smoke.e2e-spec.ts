import { runBench } from '../bench/src/run';

/**
 * Keeps the benchmark harness working: every scenario once at tiny size, through the same code
 * `npm run bench` runs. It checks answers are right and complete, never how fast they came.
 */
describe('benchmark harness (smoke run)', () => {
  it('runs the matrix scenario against the API, PostGraphile and the raw-SQL floor with identical rows', async () => {
    const report = await runBench({ ...process.env, BENCH_SMOKE: '1', BENCH_FROM_SOURCE: '1', BENCH_ONLY: 'matrix' });
    const [matrix] = report.matrix;
    expect(matrix.scale).toBe(1);
    expect(matrix.counts).toMatchObject({ offers: 30, agreements: 990, history: 9900, members: 50, votes: 1500, comments: 5000 });
    // At 1× the fixed 30 offers are every offer, so all four answers carry the same rows.
    expect(matrix.results.map((r) => r.target)).toEqual(['Compact API', 'PostGraphile v4', 'raw SQL floor', 'Compact API, 30 offers']);
    for (const r of matrix.results) {
      expect(r).toMatchObject({ rows: 990, errors: 0, non2xx: 0 });
      expect(r.requests).toBeGreaterThanOrEqual(4);
    }
    expect(report.markdown).toContain('| 1× | 990 | 9900 | Compact API |');
    expect(report.markdown).toMatch(/\| 1× \| 9900 \| 990 \| [\d.]+ \| 1\.00× \| 990 \| [\d.]+ \| 1\.00× \| 0 \|/);
  }, 180_000);

  it('runs the vote storm through real sign-in and ends with exactly the tallies the generator expects', async () => {
    const report = await runBench({ ...process.env, BENCH_SMOKE: '1', BENCH_FROM_SOURCE: '1', BENCH_ONLY: 'votes' });
    expect(report.voteStorm).toMatchObject({ members: 10, proposals: 2, requests: 40, errors: 0, tallyMismatches: 0 });
  }, 180_000);

  it('runs the rollup burst through the API and the real worker, ending with every rollup equal to a recomputation', async () => {
    const report = await runBench({ ...process.env, BENCH_SMOKE: '1', BENCH_FROM_SOURCE: '1', BENCH_ONLY: 'rollups' });
    const r = report.rollupBurst!;
    expect(r).toMatchObject({ offers: 3, agreements: 99, changes: 120, errors: 0, drifted: 0, failedJobs: 0 });
    expect(r.convergedMs).not.toBeNull();
    expect(r.bulkRequests).toBeGreaterThan(0);
    // Every offer changed, so each was recomputed; the debounce outlasts the burst, so no more than once per window.
    expect(r.rollupWrites).toBe(r.completedJobs);
    expect(r.rollupWrites).toBeGreaterThanOrEqual(r.offers);
    expect(r.rollupWrites).toBeLessThanOrEqual(r.jobBudget);
    expect(report.markdown).toContain('## 3. Rollup burst');
  }, 180_000);

  it('delivers every due reminder exactly once to a real SMTP server with two workers running', async () => {
    const report = await runBench({ ...process.env, BENCH_SMOKE: '1', BENCH_FROM_SOURCE: '1', BENCH_ONLY: 'reminders' });
    const f = report.reminderFanOut!;
    expect(f).toMatchObject({ members: 20, workers: 2, due: 20, created: 20, duplicates: 0, missing: 0, unexpected: 0 });
    expect(f.deliveredMs).not.toBeNull();
    expect(report.markdown).toContain('## 4. Reminder fan-out');
  }, 180_000);
});
