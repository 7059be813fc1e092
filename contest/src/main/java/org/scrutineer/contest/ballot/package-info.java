/**
 * The contest's ballot (docs/adr/0012-contest-design.md): {@link
 * org.scrutineer.contest.ballot.BallotKind} — one vote for a candidate, summed homomorphically, or a
 * ranking counted by the alternative vote — chosen at {@code open} and recorded in {@code
 * contest.json}. Pure.
 */
package org.scrutineer.contest.ballot;
