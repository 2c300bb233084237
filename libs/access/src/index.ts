export * from './access.errors';
export * from './access.module';
export * from './access.service';
export * from './acts-for';
export * from './membership-roles';
export * from './role';
export * from './role-facts';
export * from './role-grant.entity';
