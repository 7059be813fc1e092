/**
 * {@code scrutineer belenios election …} (Belenios spec 2.0 §4.11–§4.19, §3.5): commands on an
 * election's {@code UUID.bel}. {@link org.scrutineer.cli.belenios.election.Board} reads the archive,
 * {@link org.scrutineer.cli.belenios.election.BallotCasting} replays and checks its ballots as
 * belenios-tool does before any tally, and {@code verify}/{@code verify-diff} call the verifier of
 * {@link org.scrutineer.archive.verify}.
 */
package org.scrutineer.cli.belenios.election;
