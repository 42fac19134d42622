/*
 * The one way pack code reaches the document renderers (./documents/), so the builder, issuing
 * and downloads depend on two functions and nothing of their insides.
 */
export { renderPackPdf as renderPdf } from './documents/pdf';
export { renderPackDocx as renderDocx } from './documents/docx';
