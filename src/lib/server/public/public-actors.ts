import { sql } from 'kysely';
import type { ActorKind, Flag } from '$lib/server/db/schema';
import type { PublicActor } from '$lib/domain/public-records';

/*
 * An at-risk person is swapped for their pseudonym inside the SQL, so the real name, aliases
 * and description never leave the database on a public request, even into server memory.
 * Nor does their id: the id is what the name's translations are found by (a translation of
 * an at-risk person's name is their real name in another language), and it would tie the
 * records that name the same hidden person together.
 */

const atRisk = sql.ref('actors.at_risk');

/** Select these (with the actors table joined and filtered by isPublished) to build a PublicActor. */
export const publicActorColumns = [
	sql<string | null>`case when ${atRisk} = 1 then null else ${sql.ref('actors.id')} end`.as(
		'actor_public_id'
	),
	sql<string>`case when ${atRisk} = 1 then coalesce(${sql.ref('actors.public_pseudonym')}, ${'Name withheld'}) else ${sql.ref('actors.name')} end`.as(
		'actor_name'
	),
	sql<string>`case when ${atRisk} = 1 then ${'[]'} else ${sql.ref('actors.aliases')} end`.as(
		'actor_aliases'
	),
	sql<string>`case when ${atRisk} = 1 then ${''} else ${sql.ref('actors.description')} end`.as(
		'actor_description'
	),
	'actors.kind as actor_kind',
	'actors.at_risk as actor_at_risk'
] as const;

export interface PublicActorColumns {
	actor_public_id: string | null;
	actor_name: string;
	actor_aliases: string;
	actor_description: string;
	actor_kind: ActorKind;
	actor_at_risk: Flag;
}

export function toPublicActor(row: PublicActorColumns): PublicActor {
	const pseudonymised = Number(row.actor_at_risk) === 1;
	return {
		id: pseudonymised ? null : row.actor_public_id,
		name: row.actor_name,
		kind: row.actor_kind,
		pseudonymised,
		aliases: pseudonymised ? [] : parseAliases(row.actor_aliases),
		description: pseudonymised ? '' : row.actor_description
	};
}

function parseAliases(json: string): string[] {
	try {
		const value: unknown = JSON.parse(json);
		return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
	} catch {
		return [];
	}
}
