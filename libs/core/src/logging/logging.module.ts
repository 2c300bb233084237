import { randomUUID } from 'node:crypto';
import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { LoggerModule } from 'nestjs-pino';
import { Environment } from '../config/environment';

export const CORRELATION_HEADER = 'x-correlation-id';

/** Structured JSON logs (pino) with a correlation id per request, echoed in the response. */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => ({
        pinoHttp: {
          level: config.get('LOG_LEVEL', { infer: true }),
          genReqId: (req, res) => {
            const given = req.headers[CORRELATION_HEADER];
            const id = typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
            res.setHeader(CORRELATION_HEADER, id);
            return id;
          },
          autoLogging: { ignore: (req) => req.url === '/health' },
          redact: ['req.headers.authorization', 'req.headers.cookie'],
          serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: withoutSecrets(req.url) }) },
        },
      }),
    }),
  ],
})
export class LoggingModule {}

/** A request URL fit for the logs: one-time secrets in the query string (a queue dashboard link's ticket) are left out. */
export function withoutSecrets(url: string): string {
  return url.replace(/([?&]ticket=)[^&#]*/g, '$1[redacted]');
}
