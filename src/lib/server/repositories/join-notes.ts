import type { CaseActorRole } from '../db/schema.js';
import type { Executor } from './records.js';

/*
 * The notes on a case's join rows (an actor's part, a law's use), with what names the other
 * end in the workspace, for the translation panel. Only rows with a note: an empty note has
 * nothing to translate.
 */

export interface CaseActorNote {
	actor_id: string;
	role: CaseActorRole;
	note: string;
	name: string;
}

export interface CaseLawNote {
	law_id: string;
	note: string;
	title: string;
}

export async function listCaseActorNotes(db: Executor, caseId: string): Promise<CaseActorNote[]> {
	return db
		.selectFrom('case_actors')
		.innerJoin('actors', 'actors.id', 'case_actors.actor_id')
		.where('case_actors.case_id', '=', caseId)
		.where('case_actors.note', '!=', '')
		.select(['case_actors.actor_id', 'case_actors.role', 'case_actors.note', 'actors.name'])
		.orderBy('case_actors.role')
		.orderBy('actors.name')
		.execute();
}

export async function listCaseLawNotes(db: Executor, caseId: string): Promise<CaseLawNote[]> {
	return db
		.selectFrom('case_laws')
		.innerJoin('laws', 'laws.id', 'case_laws.law_id')
		.where('case_laws.case_id', '=', caseId)
		.where('case_laws.note', '!=', '')
		.select(['case_laws.law_id', 'case_laws.note', 'laws.title'])
		.orderBy('laws.title')
		.execute();
}
