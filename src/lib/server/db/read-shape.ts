import { createQueryId, type Compilable, type CompiledQuery } from 'kysely';
import type { DB } from './connect';

/*
 * A read whose SQL text depends on its shape only (which optional parts it has, how long its
 * `in (...)` lists are, whatever else the caller names as its shape), not on its values.
 * Kysely builds a query as a tree of frozen nodes and compiles that tree to text on every
 * call: for the country page's reads about 0.03 ms each, a millisecond a page. A ReadShape
 * builds and compiles each shape once per database, with a placeholder in every value's
 * place, and afterwards only puts each call's values into the compiled parameters. The text
 * is the very one Kysely would compile (same string every time, which is also what the
 * statement caches of connect.ts are keyed by).
 *
 * What `build` may do with its parameters: pass them to Kysely as values (=, in, limit, sql``
 * parameters), test whether one is undefined and read an array's length. Anything that
 * reads a value itself (arithmetic, `?? other`, comparing, de-duplicating a list) would see
 * the placeholder, not the value: reading one as a number or string throws, and so does a
 * shape that left a value out of its parameters. A null value cannot be a parameter (Kysely
 * writes `= null` as `is null`, a different text), so the types leave it out.
 *
 * What changes the text but is not bound (which lanes, a type filter, a unit, an order) is the
 * read's shape: `readShape(build, key)` passes it to `build` as is, and `key` names it; which
 * values are absent and the lists' lengths are added to that name by themselves. A read
 * without one (`readShape(build)`) has only its values.
 *
 * The placeholders are the check: a builder that computes with a value, cuts it, writes it
 * into the text or drops it throws the first time a shape is built (in the tests), rather than
 * keeping the first call's value. So each shape is built once: a text that differed with the
 * values could only come from a builder that read one, which throws already.
 */

/** A read's values by name: a scalar, a list (its length is part of the shape) or absent. */
export type ShapeParams = Record<string, string | number | readonly string[] | undefined>;

/** One value's place among a compiled query's parameters: the name, and the index in a list. */
class Placeholder {
	constructor(
		readonly name: string,
		readonly index: number | null
	) {}
	/* Arithmetic, comparing or writing it into a string would read the value: refused. */
	[Symbol.toPrimitive](): never {
		throw new Error(`ReadShape: the value "${this.name}" was read while its query was built`);
	}
}

/** A parameter of a compiled shape: a constant the query itself holds, or a caller's value. */
type Binding = { constant: unknown } | { name: string; index: number | null };

interface CompiledShape {
	query: CompiledQuery;
	bindings: Binding[];
}

/*
 * Shapes kept per database and read: an `in` list gives one shape per length, and a keyed read
 * one per named shape too, so a read is capped (later shapes are built and compiled on every
 * call, as without a ReadShape). The bound is each read's own: a read with many shapes cannot
 * push another's out.
 */
const SHAPES_PER_READ = 64;

/*
 * `S` is the read's shape (void: none, and the calls leave it out); `build` gets it as given,
 * `key` names it.
 */
export class ReadShape<P extends ShapeParams, O, S = void> {
	readonly #build: (db: DB, params: P, shape: S) => Compilable<O>;
	readonly #key: ((shape: S) => string) | undefined;
	readonly #compiled = new WeakMap<object, Map<string, CompiledShape>>();

	constructor(build: (db: DB, params: P, shape: S) => Compilable<O>, key?: (shape: S) => string) {
		this.#build = build;
		this.#key = key;
	}

	/** The rows of the read with these values (and shape). */
	async execute(db: DB, params: P, shape: S): Promise<O[]> {
		const result = await db.executeQuery<O>(this.compile(db, params, shape));
		return result.rows;
	}

	/** The first row of the read with these values (and shape), if any. */
	async executeTakeFirst(db: DB, params: P, shape: S): Promise<O | undefined> {
		return (await this.execute(db, params, shape))[0];
	}

	/** The query with these values (and shape), as Kysely would compile it. */
	compile(db: DB, params: P, shape: S): CompiledQuery<O> {
		const key = this.#key ? `${this.#key(shape)}|${shapeKey(params)}` : shapeKey(params);
		let shapes = this.#compiled.get(db);
		if (!shapes) this.#compiled.set(db, (shapes = new Map()));
		let compiled = shapes.get(key);
		if (!compiled) {
			compiled = this.#compileShape(db, params, shape);
			if (shapes.size < SHAPES_PER_READ) shapes.set(key, compiled);
		}
		const parameters = compiled.bindings.map((b) => {
			if ('constant' in b) return b.constant;
			const value = params[b.name];
			return b.index === null ? value : (value as readonly unknown[])[b.index];
		});
		return { ...compiled.query, parameters, queryId: createQueryId() } as CompiledQuery<O>;
	}

	#compileShape(db: DB, params: P, shape: S): CompiledShape {
		const placeholders = Object.fromEntries(
			Object.entries(params).map(([name, value]) => [
				name,
				value === undefined
					? undefined
					: Array.isArray(value)
						? value.map((_, i) => new Placeholder(name, i))
						: new Placeholder(name, null)
			])
		) as unknown as P;
		const query = this.#build(db, placeholders, shape).compile();
		const bindings = query.parameters.map(
			(p): Binding =>
				p instanceof Placeholder ? { name: p.name, index: p.index } : { constant: p }
		);
		const bound = new Set(bindings.map((b) => ('name' in b ? `${b.name}:${b.index}` : '')));
		for (const [name, value] of Object.entries(placeholders)) {
			const wanted = value === undefined ? [] : Array.isArray(value) ? value : [value];
			for (const p of wanted as Placeholder[]) {
				if (!bound.has(`${p.name}:${p.index}`)) {
					throw new Error(`ReadShape: the value "${name}" is not a parameter of its query`);
				}
			}
		}
		return { query, bindings };
	}
}

/** What decides the text: which values are absent, and each list's length. */
function shapeKey(params: ShapeParams): string {
	let key = '';
	for (const name in params) {
		const value = params[name];
		key += `${name}:${value === undefined ? '-' : Array.isArray(value) ? value.length : '='},`;
	}
	return key;
}

/**
 * A read compiled once per shape: `build` makes the query from its database and values, as it
 * would with the real values (see above for what it may do with them). With `key`, the read
 * also has a shape the calls pass after the values: `build` gets it, `key` names it (two shapes
 * with one name must build one text).
 */
export function readShape<P extends ShapeParams, O>(
	build: (db: DB, params: P) => Compilable<O>
): ReadShape<P, O>;
export function readShape<P extends ShapeParams, O, S>(
	build: (db: DB, params: P, shape: S) => Compilable<O>,
	key: (shape: S) => string
): ReadShape<P, O, S>;
export function readShape<P extends ShapeParams, O, S>(
	build: (db: DB, params: P, shape: S) => Compilable<O>,
	key?: (shape: S) => string
): ReadShape<P, O, S> {
	return new ReadShape(build, key);
}
