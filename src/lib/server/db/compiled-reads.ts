import { createQueryId, type Compilable, type CompiledQuery, type KyselyPlugin } from 'kysely';
import type { DB } from './connect';

/*
 * Reads built and compiled by Kysely once per shape, then run with each call's values. Kysely
 * builds a query as a tree of frozen nodes and compiles the tree to SQL on every run: for the
 * public reads' long date-span statements that cost a few tenths of a millisecond a request
 * (the timeline's lanes, the open-data page), as much as some of the statements take to run,
 * and each run's SQL was a new string that the SQLite statement cache (connect.ts) then had to
 * hash and compare whole. Here a read's SQL text is made once per shape and database and kept;
 * a run fills in its parameters.
 *
 * A read is a function of a shape and of values. The shape is everything that changes the SQL
 * text (which lanes, whether a filter is given, how buckets are keyed), named by a key; the
 * values are what the statement binds (ids, days, codes, a page's limit), strings, numbers or
 * lists of strings.
 * The builder must use values only as bound parameters, never compute with them or branch on
 * them (a list's length is part of the shape, and so of the key, by itself). That is checked
 * when a shape is first compiled: the builder is run twice with two sets of stand-ins for the
 * values, and each must come out as a parameter of its own, in the same place in both, with
 * the same SQL around it; anything else (a stand-in sliced, joined into the SQL, dropped, or
 * SQL that differs with the values) throws, so a read that cannot be kept is found the first
 * time it runs, in the tests. Anything else the builder uses must be in the key.
 */

/**
 * What a read binds: values by name, each a string, a number or a list of strings. The builder
 * gets stand-ins in their place (lists of the same lengths); a number's is a string, so only
 * pass a number on to be bound (a limit, an offset). A value left undefined is not bound, and
 * its absence is part of the shape.
 */
export type ReadValues = Record<string, string | number | readonly string[] | undefined>;

/** Where a compiled read's parameter comes from: a value (and its place in a list), or fixed. */
type Slot = { name: string; index: number | null } | { fixed: unknown };

interface Template {
	compiled: CompiledQuery;
	slots: Slot[];
}

/*
 * Kept per database (by its adapter: one per Kysely instance, shared with its copies with
 * plugins) and plugins, up to a bound, so memory does not grow with the shapes asked for (a
 * list's every length is a shape); past it, a shape not kept is built and run as usual.
 */
const KEPT_SHAPES = 500;
const templates = new WeakMap<object, Map<string, Template>>();
const pluginIds = new WeakMap<KyselyPlugin, number>();
let pluginCount = 0;

function pluginsKey(plugins: readonly KyselyPlugin[]): string {
	return plugins
		.map((plugin) => {
			let id = pluginIds.get(plugin);
			if (id === undefined) pluginIds.set(plugin, (id = ++pluginCount));
			return id;
		})
		.join(',');
}

const MARK = '\u0000';

/** Stand-ins that cannot occur in data: `\0<set>:<name>:<index>\0`. */
function standIns<V extends ReadValues>(values: V, set: string): V {
	const out: Record<string, unknown> = {};
	for (const [name, value] of Object.entries(values)) {
		if (value === undefined) continue;
		const one = (index: number | null) => `${MARK}${set}:${name}:${index ?? ''}${MARK}`;
		out[name] = Array.isArray(value) ? value.map((_, i) => one(i)) : one(null);
	}
	return out as V;
}

function parseStandIn(
	parameter: unknown,
	set: string
): { name: string; index: number | null } | null {
	const start = `${MARK}${set}:`;
	if (typeof parameter !== 'string' || !parameter.startsWith(start) || !parameter.endsWith(MARK))
		return null;
	const [name = '', index = ''] = parameter.slice(start.length, -MARK.length).split(':');
	return { name, index: index === '' ? null : Number(index) };
}

function lengthsKey(values: ReadValues): string {
	return Object.entries(values)
		.map(([name, value]) =>
			value === undefined ? `!${name}` : Array.isArray(value) ? `${name}[${value.length}]` : name
		)
		.join(',');
}

function makeTemplate<S, V extends ReadValues, R>(
	db: DB,
	name: string,
	build: (db: DB, shape: S, values: V) => Compilable<R>,
	shape: S,
	values: V
): Template {
	const [a, b] = ['a', 'b'].map((set) => build(db, shape, standIns(values, set)).compile());
	const fail = (why: string): never => {
		throw new Error(`compiledRead ${name}: ${why}; its values must be bound parameters only`);
	};
	if (a!.sql !== b!.sql) fail('its SQL differs with its values');
	if (a!.sql.includes(MARK)) fail('a value is written into its SQL');
	if (a!.parameters.length !== b!.parameters.length) fail('its parameters differ with its values');
	const seen = new Set<string>();
	const slots = a!.parameters.map((parameter, i): Slot => {
		const [left, right] = [parseStandIn(parameter, 'a'), parseStandIn(b!.parameters[i], 'b')];
		if (left === null && right === null) {
			if (typeof parameter === 'string' && parameter.includes(MARK)) fail('a value is altered');
			if (parameter !== b!.parameters[i]) fail('a parameter differs with its values');
			return { fixed: parameter };
		}
		if (left === null || right === null || left.name !== right.name || left.index !== right.index)
			fail('a value is altered or moves');
		seen.add(`${left!.name}:${left!.index}`);
		return left!;
	});
	for (const [key, value] of Object.entries(values)) {
		if (value === undefined) continue;
		const indexes = Array.isArray(value) ? value.map((_, i) => i) : [null];
		for (const index of indexes) if (!seen.has(`${key}:${index}`)) fail(`${key} is not bound`);
	}
	return { compiled: a!, slots };
}

/**
 * A read kept compiled per shape: `run(db, shape, values)` builds and compiles it the first time
 * a database asks for that shape (`key(shape)` names it; lists' lengths are added) and checks
 * the builder (above), then only binds the values. Its rows are what the built query's
 * execute() would give.
 */
export function compiledRead<S, V extends ReadValues, R>(
	name: string,
	key: (shape: S) => string,
	build: (db: DB, shape: S, values: V) => Compilable<R> & { execute(): Promise<R[]> }
): (db: DB, shape: S, values: V) => Promise<R[]> {
	return async (db, shape, values) => {
		const executor = db.getExecutor();
		let kept = templates.get(executor.adapter);
		if (!kept) templates.set(executor.adapter, (kept = new Map()));
		const named = `${name}|${pluginsKey(executor.plugins)}|${key(shape)}|${lengthsKey(values)}`;
		let template = kept.get(named);
		if (!template) {
			if (kept.size >= KEPT_SHAPES) return build(db, shape, values).execute();
			kept.set(named, (template = makeTemplate(db, name, build, shape, values)));
		}
		const parameters = template.slots.map((slot) => {
			if ('fixed' in slot) return slot.fixed;
			const value = values[slot.name]!;
			return slot.index === null ? value : (value as readonly string[])[slot.index];
		});
		const result = await db.executeQuery<R>({
			...template.compiled,
			parameters,
			queryId: createQueryId()
		});
		return result.rows;
	};
}
