/*
 * The app's log lines: one line each, prefixed, to stdout/stderr where the process manager
 * collects them. Small on purpose; swap for a structured logger when lines need shipping.
 */
function line(level: string, message: string): string {
	return `[pledgewatch] ${level === 'info' ? '' : `${level}: `}${message}`;
}

export const log = {
	info(message: string): void {
		console.log(line('info', message));
	},
	warn(message: string): void {
		console.warn(line('warning', message));
	},
	error(message: string): void {
		console.error(line('error', message));
	}
};
