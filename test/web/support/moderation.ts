import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { gql } from './api';
import type { Stack } from './stack';
import type { ApiSession } from './vote-builder';

const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { comment { id } } }`;
const REPORT = `mutation($input: ReportCommentInput!) { reportComment(input: $input) { report { id } } }`;

/** A young person comments on a proposal through the API; returns the comment's id. */
export async function commentOn(author: ApiSession, proposalId: string, body: string): Promise<string> {
  const { addComment } = await author.gql(COMMENT, { input: { proposalId, body } });
  return addComment.comment.id as string;
}

/** Someone reports a comment through the API, as the report page does; returns the report's id. */
export async function report(reporter: ApiSession, commentId: string, reason: string, details: string): Promise<string> {
  const { reportComment } = await reporter.gql(REPORT, { input: { commentId, reason, details } });
  return reportComment.report.id as string;
}

/**
 * An email delivery that fails for good: the outbox is handed a delivery of a notification that
 * does not exist (as when its recipient's data was erased before it went), and the real worker
 * refuses it at once. No API operation makes a job fail, so the event is written to the outbox
 * the way the API's services write theirs. Returns once the programme admin can see it in
 * failedJobs; resolves with its job id.
 */
export async function failedDelivery(stack: Stack, adminToken: string, timeoutMs = 30_000): Promise<{ jobId: string; notificationId: string }> {
  const notificationId = randomUUID();
  const client = new Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO outbox_event (queue, job_name, payload) VALUES ('notifications', 'deliver-email', $1::jsonb)`, [JSON.stringify({ notificationId })]);
  } finally {
    await client.end();
  }
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { failedJobs } = await gql(stack, `query { failedJobs(queue: NOTIFICATIONS, first: 100) { edges { node { id data } } } }`, {}, adminToken);
    const found = (failedJobs.edges as { node: { id: string; data: string } }[]).find((e) => e.node.data.includes(notificationId));
    if (found) return { jobId: found.node.id, notificationId };
    if (Date.now() > deadline) throw new Error(`The delivery of ${notificationId} did not fail within ${timeoutMs} ms. Worker output:\n${stack.output('worker').slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
