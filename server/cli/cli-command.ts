/** One operator command: `npm run kayistra -- <name> [args]`. */
export interface CliCommand {
  /** One or two words, e.g. `migrate` or `keys rotate`. */
  name: string;
  usage: string;
  summary: string;
  /** Resolves with the process exit code. */
  run(args: string[]): Promise<number>;
}

export const writeLine = (text: string) => process.stdout.write(`${text}\n`);
export const writeError = (text: string) => process.stderr.write(`${text}\n`);
