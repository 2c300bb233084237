import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConfigService } from '@nestjs/config';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { Environment, NodeEnv } from '@app/core';
import { AppModule } from './app.module';
import { configureHttpApplication } from './graphql/graphql.module';

async function bootstrap(): Promise<void> {
  // Body parsing is set up by configureHttpApplication, with a size limit.
  const app = await NestFactory.create<NestExpressApplication>(AppModule, { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  configureHttpApplication(app);
  app.enableShutdownHooks();
  const config = app.get<ConfigService<Environment, true>>(ConfigService);
  const port = config.get('PORT', { infer: true });
  const host = config.get('HOST', { infer: true });
  await app.listen(port, host);
  const graphiql = config.get('NODE_ENV', { infer: true }) !== NodeEnv.PRODUCTION && (config.get('GRAPHIQL', { infer: true }) ?? true);
  const url = `http://${host}:${port}/graphql`;
  app.get(Logger).log(`API listening on ${url}`);
  if (graphiql) console.log(`GraphiQL: open ${url} in a browser`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
