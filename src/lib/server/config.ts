import { z } from 'zod';
import { ConfigError, parseDatabaseUrl, type DatabaseConfig } from './db/config.js';

/*
 * Every setting the server and the npm commands read, parsed and checked once at start-up
 * (runtime.ts, scripts/start.js, the scripts), so a bad value stops start-up with one line
 * naming the variable and what it accepts, instead of turning into NaN somewhere later. This is
 * the only module in src/ and scripts/ that touches process.env; everything else asks
 * `settings()`. adapter-node reads its own variables (PORT, HOST, ORIGIN, BODY_SIZE_LIMIT, the
 * proxy headers, SHUTDOWN_TIMEOUT) itself: they are checked here, and `handOnToAdapter` sets
 * the ones `npm start` decides.
 *
 * Durations are whole numbers in the unit the variable name says; the README's
 * "Configuration" table lists each variable with its default.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Blank counts as unset, so `FOO=` in a unit file means "the default", as before. */
function text() {
	return z
		.string()
		.optional()
		.transform((raw) => (raw?.trim() ? raw.trim() : undefined));
}

function wholeNumber(fallback: number, { zero }: { zero: boolean }) {
	const expected = zero ? 'a whole number, 0 or more' : 'a positive whole number';
	return text().transform((raw, ctx) => {
		if (raw === undefined) return fallback;
		const value = Number(raw);
		if (!/^\d+$/.test(raw) || !Number.isSafeInteger(value) || (!zero && value === 0)) {
			ctx.addIssue({ code: 'custom', message: `must be ${expected}, not "${raw}"` });
			return z.NEVER;
		}
		return value;
	});
}

const positive = (fallback: number) => wholeNumber(fallback, { zero: false });
const milliseconds = (fallback: number) => wholeNumber(fallback, { zero: true });

function port(fallback: number) {
	return text().transform((raw, ctx) => {
		if (raw === undefined) return fallback;
		const value = Number(raw);
		if (!/^\d+$/.test(raw) || value < 1 || value > 65535) {
			ctx.addIssue({ code: 'custom', message: `must be a number from 1 to 65535, not "${raw}"` });
			return z.NEVER;
		}
		return value;
	});
}

/* adapter-node's form: bytes, or a number with K, M or G after it, or Infinity. */
function byteSize(fallback: string) {
	return text().transform((raw, ctx) => {
		if (raw === undefined) return fallback;
		if (!/^(\d+[KMG]?|Infinity)$/i.test(raw)) {
			ctx.addIssue({
				code: 'custom',
				message: `must be a number of bytes, or one with K, M or G after it such as 6M, not "${raw}"`
			});
			return z.NEVER;
		}
		return raw;
	});
}

function url(example: string) {
	return text().refine(
		(raw) => {
			if (raw === undefined) return true;
			try {
				new URL(raw);
				return true;
			} catch {
				return false;
			}
		},
		{ message: `must be a full URL such as ${example}` }
	);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;

function oneOf<const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) {
	return text().transform((raw, ctx): T[number] => {
		if (raw === undefined) return fallback;
		if ((values as readonly string[]).includes(raw)) return raw as T[number];
		ctx.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}, not "${raw}"` });
		return z.NEVER;
	});
}

const schema = z.object({
	DATABASE_URL: text(),
	ORIGIN: url('https://pledgewatch.example.org'),
	PLEDGEWATCH_SKIP_DEMO: text(),
	ADMIN_EMAIL: text(),
	// Not trimmed: a password may end in a space.
	ADMIN_PASSWORD: z.string().optional(),
	PLEDGEWATCH_SECRET_KEY: text(),
	PLEDGEWATCH_SECRET_KEY_FILE: text(),
	PLEDGEWATCH_SESSION_IDLE_MINUTES: positive(30),
	PLEDGEWATCH_SESSION_ABSOLUTE_HOURS: positive(12),
	// The idle deadline moves forward at most this often (saves a write on every request).
	PLEDGEWATCH_SESSION_RENEW_SECONDS: positive(60),
	PLEDGEWATCH_INVITE_HOURS: positive(72),
	PLEDGEWATCH_THROTTLE_WINDOW_MINUTES: positive(15),
	PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT: positive(5),
	PLEDGEWATCH_THROTTLE_TOTAL_LIMIT: positive(20),
	PLEDGEWATCH_THROTTLE_ADDRESS_LIMIT: positive(20),
	PLEDGEWATCH_THROTTLE_BLOCK_MINUTES: positive(15),
	PLEDGEWATCH_TOTP_ISSUER: text(),
	PUBLIC_MEMO_MS: milliseconds(20_000),
	PUBLIC_RENDER_CACHE_MS: text(),
	PLEDGEWATCH_PURGE_URL: url('https://purge.example.org/hook'),
	PLEDGEWATCH_LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
	PLEDGEWATCH_LOG_FORMAT: oneOf(LOG_FORMATS, 'auto'),
	// adapter-node's own: seconds requests in flight get to finish after SIGTERM.
	SHUTDOWN_TIMEOUT: positive(30),
	// adapter-node's own, decided by `npm start` (handOnToAdapter).
	PORT: port(3000),
	HOST: text(),
	PROTOCOL_HEADER: text(),
	HOST_HEADER: text(),
	// adapter-node allows 512 KB; the CSV import takes files up to 5 MB and the form around them.
	BODY_SIZE_LIMIT: byteSize('6M'),
	// `npm run rotate-secret-key`'s: the key to change to (one is made when unset).
	PLEDGEWATCH_NEW_SECRET_KEY: text()
});

export type LogLevel = (typeof LOG_LEVELS)[number];
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface AuthSettings {
	sessionIdleMs: number;
	sessionAbsoluteMs: number;
	sessionRenewMs: number;
	inviteMs: number;
	throttleWindowMs: number;
	/** Failures per account from one client address per window (also invites, current password). */
	throttleAccountLimit: number;
	/** Failures per account from all addresses together; past it only password plus second factor gets in. */
	throttleAccountTotalLimit: number;
	throttleAddressLimit: number;
	/** How long a blocked bucket waits; an address blocked again on one account waits twice as long. */
	throttleBlockMs: number;
	totpIssuer: string;
}

export interface SecretKeySettings {
	/** PLEDGEWATCH_SECRET_KEY as given (checked when the key is loaded, never logged). */
	secretKey?: string;
	secretKeyFile?: string;
}

/** What `npm start` hands on to adapter-node. */
export interface ServerSettings {
	port: number;
	host: string;
	bodySizeLimit: string;
	/** A trusted proxy names both the protocol and the host (PROTOCOL_HEADER and HOST_HEADER). */
	proxyNamesOrigin: boolean;
}

export interface Settings extends SecretKeySettings {
	database: DatabaseConfig;
	/** ORIGIN as an origin (scheme, host and port), or null when unset. */
	origin: string | null;
	loadDemo: boolean;
	admin: { email?: string; password?: string };
	auth: AuthSettings;
	publicMemoMs: number;
	publicRenderCacheMs: number;
	purgeUrl?: string;
	log: { level: LogLevel; format: LogFormat };
	shutdownTimeoutMs: number;
	server: ServerSettings;
	/** PLEDGEWATCH_NEW_SECRET_KEY as given (checked by the rotation, never logged). */
	newSecretKey?: string;
}

/** The settings from an environment; a bad value throws a ConfigError of one line. */
export function parseSettings(env: Environment, cwd = process.cwd()): Settings {
	const parsed = schema.safeParse(env);
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new ConfigError(`${issue.path.join('.')} ${issue.message}`);
	}
	const v = parsed.data;
	const memo = v.PUBLIC_MEMO_MS;
	const renderCache = milliseconds(memo).safeParse(v.PUBLIC_RENDER_CACHE_MS);
	if (!renderCache.success) {
		throw new ConfigError(`PUBLIC_RENDER_CACHE_MS ${renderCache.error.issues[0]!.message}`);
	}
	return {
		database: parseDatabaseUrl(v.DATABASE_URL, cwd),
		origin: v.ORIGIN ? new URL(v.ORIGIN).origin : null,
		loadDemo: v.PLEDGEWATCH_SKIP_DEMO !== '1',
		admin: { email: v.ADMIN_EMAIL, password: v.ADMIN_PASSWORD || undefined },
		secretKey: v.PLEDGEWATCH_SECRET_KEY,
		secretKeyFile: v.PLEDGEWATCH_SECRET_KEY_FILE,
		auth: {
			sessionIdleMs: v.PLEDGEWATCH_SESSION_IDLE_MINUTES * MINUTE,
			sessionAbsoluteMs: v.PLEDGEWATCH_SESSION_ABSOLUTE_HOURS * HOUR,
			sessionRenewMs: v.PLEDGEWATCH_SESSION_RENEW_SECONDS * SECOND,
			inviteMs: v.PLEDGEWATCH_INVITE_HOURS * HOUR,
			throttleWindowMs: v.PLEDGEWATCH_THROTTLE_WINDOW_MINUTES * MINUTE,
			throttleAccountLimit: v.PLEDGEWATCH_THROTTLE_ACCOUNT_LIMIT,
			throttleAccountTotalLimit: v.PLEDGEWATCH_THROTTLE_TOTAL_LIMIT,
			throttleAddressLimit: v.PLEDGEWATCH_THROTTLE_ADDRESS_LIMIT,
			throttleBlockMs: v.PLEDGEWATCH_THROTTLE_BLOCK_MINUTES * MINUTE,
			totpIssuer: v.PLEDGEWATCH_TOTP_ISSUER ?? 'Pledgewatch'
		},
		publicMemoMs: memo,
		publicRenderCacheMs: renderCache.data,
		purgeUrl: v.PLEDGEWATCH_PURGE_URL,
		log: { level: v.PLEDGEWATCH_LOG_LEVEL, format: v.PLEDGEWATCH_LOG_FORMAT },
		shutdownTimeoutMs: v.SHUTDOWN_TIMEOUT * SECOND,
		server: {
			port: v.PORT,
			host: v.HOST ?? '0.0.0.0',
			bodySizeLimit: v.BODY_SIZE_LIMIT,
			proxyNamesOrigin: Boolean(v.PROTOCOL_HEADER && v.HOST_HEADER)
		},
		newSecretKey: v.PLEDGEWATCH_NEW_SECRET_KEY
	};
}

let current: Settings | undefined;

/** The server's settings, read from the environment on first use (start-up, see runtime.ts). */
export function settings(): Settings {
	current ??= parseSettings(process.env);
	return current;
}

/** Replaces the settings (tests, and start-up when given settings of its own). */
export function useSettings(next: Settings | undefined): void {
	current = next;
}

/**
 * Sets the variables adapter-node reads to what `npm start` decided: the checked port, host and
 * body limit, and ORIGIN when `npm start` chose it (the given one is left as it is).
 */
export function handOnToAdapter(given: Settings, origin?: string): void {
	process.env.PORT = String(given.server.port);
	process.env.HOST = given.server.host;
	process.env.BODY_SIZE_LIMIT = given.server.bodySizeLimit;
	if (origin) process.env.ORIGIN = origin;
}

/** The environment a child process (pg_dump, pg_restore) inherits, with the given additions. */
export function childEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
	return { ...process.env, ...extra };
}

export { ConfigError } from './db/config.js';
