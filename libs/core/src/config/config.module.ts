import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { validateEnvironment } from './environment';

/** Loads and validates the environment once; inject `ConfigService<Environment, true>`. */
@Module({
  imports: [
    ConfigModule.forRoot({
      isGlobal: true,
      ignoreEnvFile: true,
      cache: true,
      validate: (raw) => ({ ...validateEnvironment(raw) }),
    }),
  ],
})
export class CoreConfigModule {}
