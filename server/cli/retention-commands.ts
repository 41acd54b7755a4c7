import { runRetention } from '../retention/run-retention.ts';
import { type CliCommand, writeError, writeLine } from './cli-command.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const runRetentionCommand: CliCommand = {
  name: 'retention run',
  usage: 'retention run [--as-of <ISO date>]',
  summary: 'delete PII, orders and audit events past retention, as of now or the given moment',
  async run(args) {
    const asOfFlag = args.indexOf('--as-of');
    const asOf = asOfFlag >= 0 ? new Date(args[asOfFlag + 1] ?? '') : new Date();

    if (Number.isNaN(asOf.getTime())) {
      writeError('--as-of needs an ISO date, e.g. 2031-06-01 or 2031-06-01T12:00:00Z.');
      return 64;
    }

    const database = openConfiguredDatabase();
    const counts = runRetention(database.db, { asOf });

    database.close();
    writeLine(`Retention as of ${asOf.toISOString()}:`);

    for (const [what, count] of Object.entries(counts)) {
      writeLine(`  ${what}: ${count} deleted`);
    }

    return 0;
  },
};
