import { ConfigError, loadConfig } from './config.ts';
import { generateMasterKeyEntry } from './crypto/master-key-ring.ts';
import { openDatabase } from './db/connection.ts';
import { applyMigrations } from './db/migrate.ts';
import { seedDemoAccount } from './sandbox/demo-account.ts';

interface Command {
  usage: string;
  summary: string;
  run(args: string[]): Promise<void>;
}

const write = (text: string) => process.stdout.write(`${text}\n`);

/** Operator commands: `npm run kayistra -- <command>`. Later issues add entries here. */
const COMMANDS: Record<string, Command> = {
  migrate: {
    usage: 'migrate',
    summary: 'apply pending database migrations (the server also does this at start)',
    async run() {
      const config = loadConfig(process.env);
      const database = openDatabase(config.databasePath);

      applyMigrations(database.db);
      database.close();
      write(`Database is up to date: ${config.databasePath}`);
    },
  },
  'keys generate': {
    usage: 'keys generate [--id <key id>]',
    summary: 'print a new master key entry for KAYISTRA_MASTER_KEYS',
    async run(args) {
      const idFlag = args.indexOf('--id');
      const entry = generateMasterKeyEntry(idFlag >= 0 ? args[idFlag + 1] : undefined);

      write(entry);
      process.stderr.write(
        'Put it first in KAYISTRA_MASTER_KEYS (id:key[,older keys]) and keep it secret.\n',
      );
    },
  },
  'sandbox seed': {
    usage: 'sandbox seed',
    summary: 'create the sandbox demo seller and user (once) and print the sign-in',
    async run() {
      const config = loadConfig(process.env);
      const database = openDatabase(config.databasePath);

      applyMigrations(database.db);
      const signIn = await seedDemoAccount(database.db, config.dataDir);
      database.close();
      write(`Demo sign-in: ${signIn.email} / ${signIn.password}`);
    },
  },
};

function printHelp(): void {
  const width = Math.max(...Object.values(COMMANDS).map((command) => command.usage.length));

  write('Usage: npm run kayistra -- <command> [options]\n\nCommands:');

  for (const command of Object.values(COMMANDS)) {
    write(`  ${command.usage.padEnd(width)}  ${command.summary}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const name = [argv.slice(0, 2).join(' '), argv[0] ?? ''].find((key) => key in COMMANDS);

  if (!name || argv.includes('--help') || argv.includes('-h')) {
    printHelp();
    return name || argv.includes('--help') || argv.includes('-h') ? 0 : 64;
  }

  try {
    await COMMANDS[name]?.run(argv.slice(name.split(' ').length));
    return 0;
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 78;
    }

    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
