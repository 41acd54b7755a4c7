import type { CliCommand } from './cli/cli-command.ts';
import { writeError, writeLine } from './cli/cli-command.ts';
import { migrateCommand } from './cli/database-commands.ts';
import { generateKeyCommand, keyStatusCommand, rotateKeysCommand } from './cli/key-commands.ts';
import { runRetentionCommand } from './cli/retention-commands.ts';
import { seedSandboxCommand } from './cli/sandbox-commands.ts';
import { deleteTenantCommand } from './cli/tenant-commands.ts';
import { ConfigError } from './config.ts';

/** Operator commands: `npm run kayistra -- <command>`. Later issues add entries here. */
const COMMANDS: readonly CliCommand[] = [
  migrateCommand,
  generateKeyCommand,
  rotateKeysCommand,
  keyStatusCommand,
  seedSandboxCommand,
  runRetentionCommand,
  deleteTenantCommand,
];

const EXIT_USAGE = 64;
const EXIT_CONFIG = 78;

function printHelp(): void {
  const width = Math.max(...COMMANDS.map((command) => command.usage.length));

  writeLine('Usage: npm run kayistra -- <command> [options]\n\nCommands:');

  for (const command of COMMANDS) {
    writeLine(`  ${command.usage.padEnd(width)}  ${command.summary}`);
  }
}

function findCommand(argv: string[]): CliCommand | undefined {
  const twoWords = argv.slice(0, 2).join(' ');

  return COMMANDS.find((command) => command.name === twoWords || command.name === argv[0]);
}

async function main(argv: string[]): Promise<number> {
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const command = findCommand(argv);

  if (!command || wantsHelp) {
    printHelp();
    return wantsHelp ? 0 : EXIT_USAGE;
  }

  try {
    return await command.run(argv.slice(command.name.split(' ').length));
  } catch (error) {
    if (error instanceof ConfigError) {
      writeError(error.message);
      return EXIT_CONFIG;
    }

    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
