import { seedDemoAccount } from '../sandbox/demo-account.ts';
import { type CliCommand, writeLine } from './cli-command.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const seedSandboxCommand: CliCommand = {
  name: 'sandbox seed',
  usage: 'sandbox seed',
  summary: 'create the sandbox demo seller and user (once) and print the sign-in',
  async run() {
    const database = openConfiguredDatabase();
    const { signIn } = await seedDemoAccount(database.db, database.config.dataDir);

    database.close();
    writeLine(`Demo sign-in: ${signIn.email} / ${signIn.password}`);

    return 0;
  },
};
