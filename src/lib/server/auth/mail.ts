/*
 * The place to plug in email. Pledgewatch ships without a mail server: an invite link is shown
 * to the admin, who sends it by a channel they trust. To send it automatically, call
 * setInviteMailer() at start-up with a function that delivers the message and returns true.
 */

export interface InviteMessage {
	to: string;
	link: string;
	role: string;
	expiresAt: string;
	invitedBy: string;
}

export type InviteMailer = (message: InviteMessage) => Promise<boolean>;

let mailer: InviteMailer | null = null;

export function setInviteMailer(next: InviteMailer | null): void {
	mailer = next;
}

/** True when a configured mailer accepted the message; false when the admin must send the link. */
export async function deliverInvite(message: InviteMessage): Promise<boolean> {
	return mailer ? mailer(message) : false;
}
