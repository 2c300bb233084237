import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Clock, clockProvider } from '../time/clock';
import { validateEnvironment } from './environment';

/** Loads and validates the environment once; inject `ConfigService<Environment, true>`, and `Clock` for the time. */
@Global()
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      cache: true,
      validate: (raw) => ({ ...validateEnvironment(raw) }),
    }),
  ],
  providers: [clockProvider],
  exports: [Clock],
})
export class CoreConfigModule {}
