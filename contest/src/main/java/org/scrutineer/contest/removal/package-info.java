/**
 * Votes removed after credentials were issued (docs/adr/0012-contest-design.md, "Removal"): the
 * request, checked against the credentials issued, becomes a numbered entry of the public log that
 * names the credential, the reason, the authority and the date — never the voter or any vote.
 */
package org.scrutineer.contest.removal;
