import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { DEFAULT_LOCAL_DATABASE_URL, dataSourceOptions } from './data-source-options';

/** Used by the TypeORM CLI (`npm run migration:generate`, `npm run migration:run`). */
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? DEFAULT_LOCAL_DATABASE_URL));
