export * from './proposal-partner.entity';
export * from './proposal-sign-off.entity';
export * from './proposal-transition.entity';
export * from './proposal.entity';
