import { JOBS_BY_QUEUE } from '@app/core';
import { jobSchedules } from './job-schedules';

describe('job schedules', () => {
  const schedules = jobSchedules({ REMINDERS_CRON: '0 7 * * *', NIGHTLY_ROLLUP_CRON: '30 1 * * *', WEEKLY_DIGEST_CRON: '0 8 * * 1', STRANDED_SWEEP_EVERY_MS: 60000 });

  it('gives every scheduler a distinct, stable id and a job the contract knows on its queue', () => {
    expect(new Set(schedules.map((s) => s.id)).size).toBe(schedules.length);
    for (const s of schedules) expect(JOBS_BY_QUEUE[s.queue]).toContain(s.job);
  });

  it('runs each job on the configured pattern', () => {
    expect(schedules.find((s) => s.id === 'weekly-digest')?.pattern).toBe('0 8 * * 1');
    expect(schedules.find((s) => s.id === 'nightly-rollups')?.pattern).toBe('30 1 * * *');
    expect(schedules.filter((s) => s.pattern === '0 7 * * *')).toHaveLength(5);
  });

  it('sweeps for stranded work on the configured interval', () => {
    expect(schedules.find((s) => s.id === 'stranded-work-sweep')).toMatchObject({ queue: 'system', job: 'sweep-stranded-work', every: 60000 });
  });
});
