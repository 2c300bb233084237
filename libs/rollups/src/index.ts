export * from './proposal-progress-snapshot.entity';
export * from './proposal-rollup-area.entity';
export * from './proposal-rollup-drift.entity';
export * from './proposal-rollup.entity';
export * from './rollup-counts';
export * from './rollups.module';
export * from './rollups.service';
