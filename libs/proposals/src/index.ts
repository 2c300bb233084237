export * from './proposal-partner.entity';
export * from './proposal-sign-off.entity';
export * from './proposal-status.machine';
export * from './proposal-transition.entity';
export * from './proposal.entity';
export * from './proposals.errors';
export * from './proposals.module';
export * from './proposals.service';
