import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { MailTransport, SmtpMailTransport } from '@app/mail';
import { WorkerModule } from '../../apps/worker/src/worker.module';

export interface InProcessWorker {
  context: INestApplicationContext;
  close(): Promise<void>;
}

/** The real worker (its whole module, in the test's process), sending its mail to a test SMTP server. */
export async function startInProcessWorker(smtpUrl: string): Promise<InProcessWorker> {
  const transport = new SmtpMailTransport(smtpUrl, 'Compact tests <no-reply@compact.test>');
  const moduleRef = await Test.createTestingModule({ imports: [WorkerModule] }).overrideProvider(MailTransport).useValue(transport).compile();
  moduleRef.useLogger(false);
  const context = await moduleRef.init();
  return {
    context,
    async close() {
      await context.close();
      transport.close();
    },
  };
}

