import { sql } from 'kysely';

/*
 * The records a translation's words find (issue 12): the translated record itself, and, for
 * an actor's name, every record that names the actor (its search document holds the actor's
 * name among its names, so its translated name should find it too). One row per translation
 * (`translation_id`) and record found (`record_type`, `record_id`); both databases join it
 * between the translations and search_documents.
 */
export const TRANSLATION_RECORDS = sql`(
	select t.id as translation_id, t.record_type, t.record_id from translations t
	union all
	select t.id, n.record_type, n.record_id from translations t
	join (
		select 'case' as record_type, case_id as record_id, actor_id from case_actors
		union all
		select 'engagement', engagement_id, actor_id from engagement_actors
		union all
		select 'pledge', id, made_by_actor_id from pledges where made_by_actor_id is not null
	) n on n.actor_id = t.record_id
	where t.record_type = 'actor' and t.field = 'name'
)`;
