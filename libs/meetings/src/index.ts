export * from './action-item.entity';
export * from './agenda-item.entity';
export * from './decision-rules';
export * from './decision.entity';
export * from './meeting.entity';
export * from './meetings.errors';
export * from './meetings.module';
export * from './meetings.service';
