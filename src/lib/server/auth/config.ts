/*
 * Account and session settings: durations in milliseconds, limits as counts. They are read
 * and checked with every other setting in ../config.ts (variables and defaults in the README).
 */

import { settings, type AuthSettings } from '../config.js';

export type AuthConfig = AuthSettings;

/** The server's account and session settings. */
export function authConfig(): AuthConfig {
	return settings().auth;
}
