/**
 * Ballots: their structure, how a voter's machine makes one, and how a server or an auditor checks
 * one against its election.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.ballot.Ballot}: {@code ballot} of Belenios spec 2.0 §4.15
 *       "Ballots", with its signature hash and smart ballot tracker.
 *   <li>{@link org.scrutineer.belenios.ballot.Answer}: an answer of §4.11 "Encrypted answers".
 *   <li>{@link org.scrutineer.belenios.ballot.HomomorphicAnswer}: {@code answer_h} of §4.11
 *       "Encrypted answers", filled as §4.11.1 "Homomorphic answers" says.
 *   <li>{@link org.scrutineer.belenios.ballot.NonHomomorphicAnswer}: the ciphertext and proof of
 *       §4.11.2 "Non-homomorphic answers".
 *   <li>{@link org.scrutineer.belenios.ballot.Signature}: {@code signature} of §4.14 "Signatures".
 *   <li>{@link org.scrutineer.belenios.ballot.BallotFactory}: §4.11 "Encrypted answers", §4.13
 *       "Proofs of possibly-blank votes", §4.14 "Signatures" and §4.15 "Ballots".
 *   <li>{@link org.scrutineer.belenios.ballot.BallotChecker}: the ballot checks of §3.2 "Vote" step
 *       3(d) and §3.5.1 "During the voting phase": §4.15 "Ballots", §4.14 "Signatures", §4.11.1
 *       "Homomorphic answers" with §4.12 "Proofs of interval membership", §4.13.3 "Verifying
 *       proofs", and §4.11.2 "Non-homomorphic answers".
 * </ul>
 *
 * <p>Package-private: {@code AnswerStatement}, the string S and the product of the choices that
 * §4.11.1 and §4.13 prove statements about, and {@code VoteRules}, what a plaintext answer must
 * satisfy (§4.9.1 "Homomorphic questions", §4.11.1).
 */
package org.scrutineer.belenios.ballot;
