import { DynamicModule, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import { ClsPluginTransactional, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { ClsModule } from 'nestjs-cls';
import { DataSource } from 'typeorm';

/**
 * The one door to the database for services: `txHost.tx` is the EntityManager of the transaction
 * running in this async context, or the pool's manager when there is none; `txHost.withTransaction`
 * (or `@Transactional()`) starts a transaction, or joins the one already running.
 */
export abstract class Tx extends TransactionHost<TransactionalAdapterTypeOrm> {}

@Module({})
class TransactionsModule {}

/**
 * Async-context storage and the transaction host, registered once beside the DataSource. No
 * middleware is mounted: reads outside a transaction fall back to the pool's manager, and
 * `withTransaction` opens its own context, so requests, jobs and scripts all work the same way.
 */
export function transactionsModule(): DynamicModule {
  return {
    module: TransactionsModule,
    global: true,
    imports: [
      ClsModule.forRoot({
        global: true,
        plugins: [new ClsPluginTransactional({ adapter: new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() }) })],
      }),
    ],
    // Services ask for `Tx`, the TypeORM-typed name of the plugin's TransactionHost.
    providers: [{ provide: Tx, useExisting: TransactionHost }],
    exports: [Tx],
  };
}

/**
 * A transaction host over `dataSource` for services built by hand, outside a Nest module (the
 * benchmarks): the same behaviour as the one `transactionsModule` registers.
 */
export function standaloneTransactionHost(dataSource: DataSource): Tx {
  const adapter = new TransactionalAdapterTypeOrm({ dataSourceToken: getDataSourceToken() });
  return new TransactionHost<TransactionalAdapterTypeOrm>({ ...adapter.optionsFactory(dataSource), connectionName: undefined, enableTransactionProxy: false, defaultTxOptions: {}, extraProviderTokens: [] });
}
