import type { BriefingContent, PackIssue } from '$lib/domain/briefing';
import { renderDocx as docx } from './documents/docx';
// packdocs exports the PDF renderer as renderPackPdf (the brief said renderPdf); matched here.
import { renderPackPdf as pdf } from './documents/pdf';

/*
 * The one way pack code reaches the document renderers (./documents/, built separately), so
 * the builder, issuing and downloads depend on two functions and nothing of their insides.
 */

export function renderPdf(content: BriefingContent, issue: PackIssue | null): Promise<Uint8Array> {
	return pdf(content, issue);
}

export function renderDocx(content: BriefingContent, issue: PackIssue | null): Promise<Uint8Array> {
	return docx(content, issue);
}
