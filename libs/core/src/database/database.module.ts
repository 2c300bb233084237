import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DEFAULT_LOCAL_DATABASE_URL, dataSourceOptions } from './data-source-options';
import { Environment } from '../config/environment';
import { transactionsModule } from './transactions.module';

/**
 * The TypeORM connection for Nest apps, and the transaction host every service reads and writes
 * through; schema comes from migrations only.
 */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService<Environment, true>) => {
        const options = dataSourceOptions(config.get('DATABASE_URL', { infer: true }) ?? DEFAULT_LOCAL_DATABASE_URL);
        return { ...options, extra: { ...options.extra, max: config.get('DATABASE_POOL_SIZE', { infer: true }) }, autoLoadEntities: false };
      },
    }),
    transactionsModule(),
  ],
})
export class DatabaseModule {}
