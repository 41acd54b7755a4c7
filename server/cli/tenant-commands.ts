import { deleteTenant } from '../retention/delete-tenant.ts';
import { type CliCommand, writeError, writeLine } from './cli-command.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const deleteTenantCommand: CliCommand = {
  name: 'tenant delete',
  usage: 'tenant delete <tenant id> --yes',
  summary: 'delete every row of a tenant and its key salt (cannot be undone)',
  async run(args) {
    const tenantId = args.find((arg) => !arg.startsWith('--'));

    if (!tenantId) {
      writeError('Name the tenant: tenant delete <tenant id> --yes');
      return 64;
    }

    // Deletion cannot be undone and leaves no readable backup: the operator must say so twice.
    if (!args.includes('--yes')) {
      writeError(`This deletes tenant ${tenantId} and all its data for good. Add --yes to do it.`);
      return 64;
    }

    const database = openConfiguredDatabase();
    const deletion = deleteTenant(database.db, tenantId, { via: 'operator', now: new Date() });

    database.close();

    if (!deletion) {
      writeError(`No tenant ${tenantId}.`);
      return 1;
    }

    writeLine(`Deleted tenant ${tenantId}:`);

    for (const [table, count] of Object.entries(deletion.deletedRows)) {
      writeLine(`  ${table}: ${count}`);
    }

    return 0;
  },
};
