import { Logger } from '@nestjs/common';
import { runBench } from '../bench/src/run';

/**
 * Keeps the benchmark harness working: every scenario once at tiny size, through the same code
 * `npm run bench` runs, with every floor. It checks answers are right and complete, never how fast
 * they came.
 */
describe('benchmark harness (smoke run)', () => {
  const smoke = (only: string) => runBench({ ...process.env, BENCH_SMOKE: '1', BENCH_FROM_SOURCE: '1', BENCH_ONLY: only });

  it('runs the matrix scenario against the API (cells and columns), PostGraphile and the raw-SQL floor with identical rows', async () => {
    // The generator's own statements (thousands of rows at once) are not the service's slow queries.
    const warn = jest.spyOn(Logger.prototype, 'warn');
    try {
      const report = await smoke('matrix');
      expect(warn.mock.calls.filter((call) => call.includes('Slow query'))).toEqual([]);
      const [matrix] = report.matrix;
      expect(matrix.scale).toBe(1);
      expect(matrix.counts).toMatchObject({ offers: 30, agreements: 990, history: 9900, members: 50, votes: 1500, comments: 5000 });
      // At 1× the fixed 30 offers are every offer, so all six answers carry the same rows (the
      // compiled and uncompiled API's cells the very same answer: the scenario compares them).
      expect(matrix.results.map((r) => r.target)).toEqual([
        'Compact API',
        'Compact API, columns',
        'Compact API, graphql-js execution',
        'PostGraphile v4',
        'raw SQL floor',
        'Compact API, 30 offers',
      ]);
      for (const r of matrix.results) {
        expect(r).toMatchObject({ rows: 990, errors: 0, non2xx: 0 });
        expect(r.requests).toBeGreaterThanOrEqual(4);
      }
      expect(report.markdown).toContain('| 1× | 990 | 9900 | Compact API |');
      expect(report.markdown).toMatch(/\| Matrix \| 1×: Compact API, columns req\/s ÷ PostGraphile's \| [\d.]+× \| ≥ 1\.2× \| (met|\*\*missed\*\*) \|/);
      expect(report.markdown).toMatch(/\| 1× \| 9900 \| 990 \| [\d.]+ \| 1\.00× \| 990 \| [\d.]+ \| 1\.00× \| 0 \|/);
      // The results file names the CPU and carries the calibration figure.
      expect(report.calibration.before).toBeGreaterThan(0);
      expect(report.markdown).toMatch(/- Machine: \d+ × .+, \d+ GiB/);
      expect(report.markdown).toMatch(/- Calibration: \d+ ms at the start and \d+ ms at the end/);
    } finally {
      warn.mockRestore();
    }
  }, 240_000);

  it('runs the vote storm through the API and its pg floor, each ending with exactly the tallies the generator expects', async () => {
    const report = await smoke('votes');
    const v = report.voteStorm!;
    expect(v).toMatchObject({ members: 10, proposals: 2 });
    expect(v.api).toMatchObject({ target: 'Compact API', requests: 40, errors: 0, tallyMismatches: 0 });
    expect(v.floor).toMatchObject({ target: 'pg floor', requests: 40, errors: 0, tallyMismatches: 0 });
    expect(report.markdown).toMatch(/\| Vote storm \| API votes\/s ÷ the pg floor's \| [\d.]+× \| ≥ 0\.7× \|/);
  }, 180_000);

  it("opens the directors' page through the web app as a signed-in director, and its agreementMatrix query alone, without errors", async () => {
    const report = await smoke('progress');
    const pp = report.progressPage!;
    expect(report.matrix).toEqual([]);
    expect(pp).toMatchObject({ offers: 30, authorities: 33 });
    expect(pp.page).toMatchObject({ target: "London's progress page", requests: 4, errors: 0 });
    expect(pp.query).toMatchObject({ target: 'its agreementMatrix query', requests: 4, errors: 0 });
    expect(pp.page.bytes).toBeGreaterThan(1000);
    expect(report.markdown).toMatch(/\| Directors' page \| London's progress p95 ÷ its agreementMatrix query's p95 \| [\d.]+× \| ≤ 1\.5× \|/);
  }, 240_000);

  it('signs members in through the web app and has them vote by form, then the same votes straight to GraphQL, each ending with the expected tallies', async () => {
    const report = await smoke('webvotes');
    const w = report.webVotes!;
    expect(w).toMatchObject({ members: 6, proposals: 2 });
    expect(w.signIn.errors).toBe(0);
    expect(w.web).toMatchObject({ target: 'through the web app', votes: 6, errors: 0, tallyMismatches: 0 });
    expect(w.direct).toMatchObject({ target: 'straight to GraphQL', votes: 6, errors: 0, tallyMismatches: 0 });
    expect(w.inline).toMatchObject({ votes: 6, errors: 0, tallyMismatches: 0 });
    expect(w.operations).toMatchObject({ votes: 6, errors: 0, tallyMismatches: 0 });
    expect(w.pages.map((p) => [p.page, p.count])).toEqual([
      ['proposal page', 6],
      ['vote page', 6],
      ['vote form sent (303)', 6],
      ['proposal page with the vote counted', 6],
    ]);
    for (const p of w.pages) expect(p.bytes).toBeGreaterThan(0);
    expect(report.markdown).toMatch(/\| Voting through the web \| web votes\/s ÷ the same votes straight to GraphQL \| [\d.]+× \| ≥ 0\.5× \|/);
  }, 240_000);

  it('runs the rollup burst through the API and the real worker, ending with every rollup equal to a recomputation', async () => {
    const report = await smoke('rollups');
    const r = report.rollupBurst!;
    expect(r).toMatchObject({ offers: 3, agreements: 99, changes: 120, errors: 0, drifted: 0, failedJobs: 0 });
    expect(r.convergedMs).not.toBeNull();
    expect(r.bulkRequests).toBeGreaterThan(0);
    // Every offer changed, so each was recomputed; the debounce outlasts the burst, so no more than once per window.
    expect(r.rollupWrites).toBe(r.completedJobs);
    expect(r.rollupWrites).toBeGreaterThanOrEqual(r.offers);
    expect(r.rollupWrites).toBeLessThanOrEqual(r.jobBudget);
    // The floors came from the same run: the worker handled events, and the full recomputation was timed.
    expect(r.eventCapacityPerSecond).not.toBeNull();
    expect(r.fullRecomputeMs).toBeGreaterThan(0);
    expect(report.markdown).toContain('## 3. Rollup burst');
    expect(report.markdown).toMatch(/\| Rollup burst \| last write → rollups correct ÷ \(debounce \+ one full recomputation\) \| [\d.]+× \|/);
  }, 180_000);

  it('delivers every due reminder exactly once to a real SMTP server with two workers running, and again from the one-process floor', async () => {
    const report = await smoke('reminders');
    const f = report.reminderFanOut!;
    expect(f).toMatchObject({ members: 20, workers: 2, due: 20, created: 20, duplicates: 0, missing: 0, unexpected: 0 });
    expect(f.deliveredMs).not.toBeNull();
    expect(f.floor).toMatchObject({ messages: 20, duplicates: 0, missing: 0, failed: 0 });
    expect(f.floor.deliveredMs).not.toBeNull();
    expect(report.markdown).toContain('## 4. Reminder fan-out');
  }, 180_000);
});
