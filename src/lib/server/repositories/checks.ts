import type { PreciseDate } from '../../dates.js';
import { ValidationError } from './errors.js';

/*
 * Collects every broken rule of one input before throwing, so a form can mark all its
 * wrong fields at once instead of one per submit.
 */
export class Checks {
	private readonly errors: Record<string, string> = {};

	fail(field: string, message: string): this {
		this.errors[field] ??= message;
		return this;
	}

	/** A required text field: present (when `required`) and not blank when given. */
	text(field: string, value: string | undefined, required: boolean): this {
		if (value === undefined) {
			if (required) this.fail(field, `${label(field)} is required.`);
		} else if (value.trim() === '') {
			this.fail(field, `${label(field)} cannot be empty.`);
		}
		return this;
	}

	oneOf<T extends string>(field: string, value: T | undefined, allowed: readonly T[]): this {
		if (value !== undefined && !allowed.includes(value)) {
			this.fail(field, `${label(field)} must be one of: ${allowed.join(', ')}.`);
		}
		return this;
	}

	/** A plain calendar day, YYYY-MM-DD, that exists. */
	day(field: string, value: string | null | undefined): this {
		if (value === undefined || value === null) return this;
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		const date = m ? new Date(`${value}T00:00:00Z`) : null;
		if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
			this.fail(field, `${label(field)} must be a day written YYYY-MM-DD.`);
		}
		return this;
	}

	/** An http(s) web address. */
	url(field: string, value: string | null | undefined): this {
		if (value === undefined || value === null) return this;
		let ok = false;
		try {
			ok = ['http:', 'https:'].includes(new URL(value).protocol);
		} catch {
			ok = false;
		}
		if (!ok) this.fail(field, `${label(field)} must be a web address starting with https://.`);
		return this;
	}

	/** A period whose end cannot come before its start. */
	period(
		field: string,
		start: PreciseDate | null | undefined,
		end: PreciseDate | null | undefined
	): this {
		const from = start?.earliest ?? null;
		const to = end?.latest ?? null;
		if (from && to && to < from) this.fail(field, 'The end date comes before the start date.');
		return this;
	}

	throwIfAny(): void {
		if (Object.keys(this.errors).length > 0) throw new ValidationError({ ...this.errors });
	}
}

function label(field: string): string {
	const words = field.replace(/_id$/, '').replaceAll('_', ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}
