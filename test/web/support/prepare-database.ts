// Migrations and London's reference data on DATABASE_URL, as `npm start` prepares its database.
import { prepareDatabase } from '../../../apps/launcher/src/prepare-database';

prepareDatabase(process.env.DATABASE_URL as string)
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
