import { pino, type Logger } from 'pino';
import pretty from 'pino-pretty';
import type { LogFormat, LogLevel } from './config.js';

/*
 * The app's log: pino, one JSON object a line on stdout where a process manager or log shipper
 * collects it, or one readable line each when a person watches a terminal. The level and
 * format come from the settings (PLEDGEWATCH_LOG_LEVEL, PLEDGEWATCH_LOG_FORMAT); until start-up
 * has read them (and when a bad setting stops it) the defaults apply.
 *
 * What must never reach a log: passwords, tokens, two-factor codes, session ids, secret keys
 * and the content of records. Nothing here logs request bodies, cookies or headers, and
 * requests are logged by route id (`/invite/[token]`), not by path. Field names that could
 * carry a secret are redacted anyway, in case one is ever passed along with a message.
 */

const SECRET_FIELDS = [
	'password',
	'newPassword',
	'currentPassword',
	'token',
	'code',
	'totp',
	'secret',
	'secretKey',
	'session',
	'sessionId',
	'cookie',
	'authorization',
	'body',
	'description'
];

/** Redacted at the top level and one level down (`{ user: { password } }`), and in headers. */
export const REDACTED_PATHS = [
	...SECRET_FIELDS,
	...SECRET_FIELDS.map((field) => `*.${field}`),
	'headers["set-cookie"]',
	'*.headers["set-cookie"]'
];

export interface LogOptions {
	level: LogLevel;
	format: LogFormat;
}

function createLogger({ level, format }: LogOptions): Logger {
	const options = {
		level,
		base: undefined,
		redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
		timestamp: pino.stdTimeFunctions.isoTime
	};
	const readable = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
	if (!readable) return pino(options);
	// A stream in this thread, not a transport: lines are written before a failed start exits.
	return pino(
		options,
		pretty({ sync: true, singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' })
	);
}

/*
 * The line every request gets (http/request-log.ts) has these fields and no others: none is
 * named like a secret and none holds an object, so the redaction walk cannot change it, and
 * it is written without that walk (pino's wildcard paths cost about 11 us a line, measured,
 * a tenth of what answering a kept public page costs). Everything else goes through it.
 */
export interface RequestLine {
	requestId: string;
	method: string;
	/** The route id (`/invite/[token]`), never the path, which can carry tokens. */
	route: string | null;
	/** Only when no route matched. */
	path?: string;
	status: number;
	durationMs: number;
	userId: string | null;
}

let logger = createLogger({ level: 'info', format: 'auto' });
let requestLogger = logger.child({}, { redact: [] });

/** Applies the level and format from the settings (at start-up). */
export function configureLog(options: LogOptions): void {
	logger = createLogger(options);
	requestLogger = logger.child({}, { redact: [] });
}

type Fields = Record<string, unknown>;

export const log = {
	debug(message: string, fields: Fields = {}): void {
		logger.debug(fields, message);
	},
	info(message: string, fields: Fields = {}): void {
		logger.info(fields, message);
	},
	warn(message: string, fields: Fields = {}): void {
		logger.warn(fields, message);
	},
	error(message: string, fields: Fields = {}): void {
		logger.error(fields, message);
	},
	/** One request's line (see RequestLine), at info, or at debug when it is not news. */
	request(line: RequestLine, level: 'info' | 'debug' = 'info'): void {
		requestLogger[level](line, 'request');
	}
};
