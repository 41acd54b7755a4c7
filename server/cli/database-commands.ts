import { type CliCommand, writeLine } from './cli-command.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  usage: 'migrate',
  summary: 'apply pending database migrations (the server also does this at start)',
  async run() {
    const database = openConfiguredDatabase();

    database.close();
    writeLine(`Database is up to date: ${database.config.databasePath}`);

    return 0;
  },
};
