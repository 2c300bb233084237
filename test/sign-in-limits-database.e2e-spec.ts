import './support/database-queues';
import { describeSharedSignInLimits } from './support/shared-sign-in-limits';

describeSharedSignInLimits('PostgreSQL, without Redis');
