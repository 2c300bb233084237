import { QueueName } from '@app/core';
import { dashboardAction } from './queue-dashboard-actions';

describe('dashboardAction', () => {
  it('names changes to one job, with the job', () => {
    expect(dashboardAction('PUT', '/api/queues/rollups/42/retry', {})).toEqual({ action: 'retryJob', queues: ['rollups'], details: { jobId: '42' } });
    expect(dashboardAction('PUT', '/api/queues/domain-events/repeat%3Ax%3A1/clean', undefined)).toEqual({
      action: 'removeJob',
      queues: ['domain-events'],
      details: { jobId: 'repeat:x:1' },
    });
    expect(dashboardAction('PATCH', '/api/queues/system/7/update-data', { data: { from: 'api' } })).toEqual({
      action: 'updateJobData',
      queues: ['system'],
      details: { jobId: '7', request: { data: { from: 'api' } } },
    });
  });

  it('names changes to one queue and to every queue', () => {
    expect(dashboardAction('PUT', '/api/queues/notifications/clean/failed', {})).toMatchObject({ action: 'removeAllJobs', details: { jobState: 'failed' } });
    expect(dashboardAction('PUT', '/api/queues/reminders/pause', {})).toMatchObject({ action: 'pauseQueue', queues: ['reminders'] });
    expect(dashboardAction('PUT', '/api/queues/reminders/job-schedulers/weekly-digest/run', {})).toMatchObject({ action: 'runJobScheduler', details: { schedulerId: 'weekly-digest' } });
    expect(dashboardAction('POST', '/api/queues/system/add', { name: 'heartbeat' })).toMatchObject({ action: 'addJob', details: { request: { name: 'heartbeat' } } });
    expect(dashboardAction('PUT', '/api/queues/pause', {})).toEqual({ action: 'pauseAllQueues', queues: Object.values(QueueName), details: {} });
  });

  it('keeps large request bodies out of the trail', () => {
    const action = dashboardAction('PATCH', '/api/queues/system/7/update-data', { data: 'x'.repeat(5000) });
    expect(action?.details.request).toMatch(/^\(\d+ characters, not recorded\)$/);
  });

  it('names nothing it does not know, so the change is refused', () => {
    expect(dashboardAction('PUT', '/api/queues/someone-elses-queue/pause', {})).toBeNull();
    expect(dashboardAction('PATCH', '/api/queues/system/7/retry', {})).toBeNull();
    expect(dashboardAction('PUT', '/api/queues/system/constructor', {})).toBeNull();
    expect(dashboardAction('PUT', '/api/queues/system/7/toString', {})).toBeNull();
    expect(dashboardAction('DELETE', '/api/queues/system/7', {})).toBeNull();
    expect(dashboardAction('POST', '/api/metrics/history/purge', {})).toBeNull();
    expect(dashboardAction('PUT', '/api/queues/%E0%A4%A/pause', {})).toBeNull();
  });
});
