import 'reflect-metadata';
import { loadWebConfig, WebConfigError } from './config/web-config';
import { createWebApp } from './web-app';

async function bootstrap(): Promise<void> {
  const config = loadWebConfig(process.env);
  const app = await createWebApp(config);
  await app.listen(config.port, config.host);
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  console.log(`Web app listening on http://${config.host}:${port} (API: ${config.apiUrl})`);
}

bootstrap().catch((error: unknown) => {
  console.error(error instanceof WebConfigError ? error.message : error);
  process.exit(1);
});
