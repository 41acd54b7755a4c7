import { eq } from 'drizzle-orm';
import { countSealedValuesByKeyId } from '../crypto/count-sealed-values.ts';
import { generateMasterKeyEntry } from '../crypto/master-key-ring.ts';
import { rotateSealedColumns } from '../crypto/rotate-sealed-columns.ts';
import { SEALED_COLUMNS } from '../crypto/sealed-columns.ts';
import { tenants } from '../db/schema.ts';
import { type CliCommand, writeError, writeLine } from './cli-command.ts';
import { openConfiguredDatabase } from './open-configured-database.ts';

export const generateKeyCommand: CliCommand = {
  name: 'keys generate',
  usage: 'keys generate [--id <key id>]',
  summary: 'print a new master key entry for KAYISTRA_MASTER_KEYS',
  async run(args) {
    const idFlag = args.indexOf('--id');

    writeLine(generateMasterKeyEntry(idFlag >= 0 ? args[idFlag + 1] : undefined));
    writeError('Put it first in KAYISTRA_MASTER_KEYS (id:key[,older keys]) and keep it secret.');

    return 0;
  },
};

export const rotateKeysCommand: CliCommand = {
  name: 'keys rotate',
  usage: 'keys rotate',
  summary: 're-seal every sealed value under the active master key (resumable, safe to repeat)',
  async run() {
    const database = openConfiguredDatabase();
    const lookUpSalt = (tenantId: string) =>
      database.db
        .select({ keySalt: tenants.keySalt })
        .from(tenants)
        .where(eq(tenants.id, tenantId))
        .get()?.keySalt;

    const result = rotateSealedColumns(
      database.sqlite,
      database.masterKeys,
      lookUpSalt,
      SEALED_COLUMNS,
      {
        onProgress: ({ table, column, resealed }) =>
          writeLine(`${table}.${column}: ${resealed} re-sealed`),
      },
    );
    database.close();

    for (const failure of result.failures) {
      writeError(
        `could not re-seal ${failure.table}.${failure.column} ` +
          `row ${failure.rowId}: ${failure.reason}`,
      );
    }

    writeLine(
      `Re-sealed ${result.resealed} values under key "${database.masterKeys.activeKeyId}".`,
    );

    return result.failures.length > 0 ? 1 : 0;
  },
};

export const keyStatusCommand: CliCommand = {
  name: 'keys status',
  usage: 'keys status',
  summary: 'count sealed values per master key id (remove an old key only at zero)',
  async run() {
    const database = openConfiguredDatabase();
    const counts = countSealedValuesByKeyId(database.sqlite, SEALED_COLUMNS);

    database.close();
    writeLine(`Active key: ${database.masterKeys.activeKeyId}`);

    for (const { table, column, keyId, count } of counts) {
      writeLine(`  ${table}.${column}  ${keyId ?? '(not sealed)'}  ${count}`);
    }

    if (counts.length === 0) {
      writeLine('  no sealed values yet');
    }

    return 0;
  },
};
