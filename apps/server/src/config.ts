import { isIP } from 'node:net';
import { z } from 'zod';

/**
 * The one validated configuration, read once at boot. Nobody else reads `process.env`.
 */
const schema = z.object({
  /** Port the API and the web app are served on. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  /** A PostgreSQL server (production). When unset, the embedded PGlite database in DATA_DIR is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder of the embedded database; one process at a time (a lock file guards it). */
  DATA_DIR: z.string().default('data/pglite'),
  /**
   * Demo mode: creates the demo world on an empty database and allows the demo accounts to sign in.
   * Default: on only on the embedded database (the README's first command); off with DATABASE_URL.
   */
  DEMO: z.enum(['on', 'off']).optional(),
  /**
   * Where the embedded demo's prepared worlds are kept (issue 16): a new data folder starts from today's
   * instead of making the world again. Default: `demo-snapshots` beside DATA_DIR.
   */
  DEMO_SNAPSHOT_DIR: z.string().min(1).optional(),
  /**
   * The app is served over HTTPS (directly or behind a TLS proxy): the session cookie is Secure and
   * Strict-Transport-Security is sent (ASVS 3.4.1, 9.1.1). Default: on, except on the embedded database.
   */
  COOKIE_SECURE: z.enum(['true', 'false']).optional(),
  /**
   * Addresses (or CIDR ranges, or `loopback`) of the reverse proxies whose X-Forwarded-For is believed.
   * Unset: none — the client address is the connection's, so a forged header cannot dodge the rate limit.
   */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((s) => (s ?? '').split(',').map((a) => a.trim()).filter(Boolean))
    .refine((list) => list.every(isProxyAddress), { error: 'TRUST_PROXY: comma-separated IP addresses, CIDR ranges, loopback, linklocal or uniquelocal' }),
  /** Idle session lifetime in minutes. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(60),
  /** Failed sign-ins before a temporary lock-out, and its length in minutes. */
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().positive().default(15),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * The secret that signs the audit log's checkpoints (HMAC-SHA256; at least 32 characters). When unset,
   * one is generated and kept in `audit-signing.key` beside DATA_DIR (the embedded demo); set it in production.
   */
  AUDIT_SIGNING_KEY: z.string().min(32).optional(),
  /** Append-only file of the signed checkpoints, outside the database (default `audit-checkpoints.jsonl` beside DATA_DIR). */
  AUDIT_CHECKPOINT_FILE: z.string().min(1).optional(),
  /** How often the in-process sealer folds new audit entries into the chain, in seconds. */
  AUDIT_SEAL_SECONDS: z.coerce.number().int().positive().default(5),
  /**
   * The secret of the research extracts' pseudonyms (HF-4.4: HMAC-SHA256 over the person's id; at least 32
   * characters), the same in every extract so a person's rows link across them, and never given to a recipient.
   * When unset, one is generated and kept in `research-pseudonym.key` beside DATA_DIR; set it in production.
   */
  RESEARCH_PSEUDONYM_KEY: z.string().min(32).optional(),
}).transform((c) => ({
  ...c,
  DEMO: c.DEMO ?? (c.DATABASE_URL ? 'off' : 'on'),
  COOKIE_SECURE: c.COOKIE_SECURE ?? (c.DATABASE_URL ? 'true' : 'false'),
}));

function isProxyAddress(entry: string): boolean {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length) return false;
  return prefix === undefined || (/^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128));
}

export type Config = z.output<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    console.error('Invalid configuration:', z.prettifyError(parsed.error));
    process.exit(1);
  }
  return parsed.data;
}
