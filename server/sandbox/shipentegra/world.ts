import {
  createAccounts,
  SHIPENTEGRA_DEMO_ACCOUNT,
  type ShipentegraAccountSeed,
  type ShipentegraAccounts,
} from './accounts.ts';
import { createTokenIssuer, type TokenIssuer, type TokenValidityFormat } from './auth.ts';
import { createLabelFiles, type LabelFiles } from './label-files.ts';
import { createScaledClock, type ScaledClock } from './scaled-clock.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';
import { createStore, type ShipentegraStore } from './store.ts';

export const SHIPENTEGRA_HOST_NAME = 'publicapi.shipentegra.com';

export interface ShipentegraWorldOptions {
  timeScale?: number;
  seed?: number;
  accounts?: ShipentegraAccountSeed[];
  now?: () => Date;
  /** Token lifetime on the stand-in clock; one hour unless told. */
  tokenValiditySeconds?: number;
  tokenValidityFormat?: TokenValidityFormat;
  /** Share of parcels, drawn from the seed, that end in an exception and a return. */
  exceptionShare?: number;
}

/** Everything the routes share: accounts, tokens, orders and parcels, files, clock, dice. */
export interface ShipentegraWorld {
  clock: ScaledClock;
  random: SeededRandom;
  accounts: ShipentegraAccounts;
  tokens: TokenIssuer;
  store: ShipentegraStore;
  labelFiles: LabelFiles;
  exceptionShare: number;
  publicOrigin: string;
}

export function createWorld(options: ShipentegraWorldOptions): ShipentegraWorld {
  const clock = createScaledClock({ timeScale: options.timeScale, now: options.now });
  const random = createSeededRandom(options.seed ?? 20_260_101);
  const publicOrigin = `https://${SHIPENTEGRA_HOST_NAME}`;

  return {
    clock,
    random,
    accounts: createAccounts(options.accounts ?? [SHIPENTEGRA_DEMO_ACCOUNT]),
    tokens: createTokenIssuer({
      clock,
      validitySeconds: options.tokenValiditySeconds ?? 3600,
      validityFormat: options.tokenValidityFormat ?? 'date',
    }),
    store: createStore(random),
    labelFiles: createLabelFiles(publicOrigin),
    exceptionShare: options.exceptionShare ?? 0.1,
    publicOrigin,
  };
}
