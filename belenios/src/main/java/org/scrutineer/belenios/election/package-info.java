/**
 * An election's definition: the election structure with the exact bytes its fingerprint is taken
 * over, its questions, the payload of the Setup event, and the template a person writes.
 *
 * <ul>
 *   <li>{@link org.scrutineer.belenios.election.Election}: Belenios spec 2.0 §4.10 "Elections";
 *       its fingerprint φ as defined in §4.15 "Ballots".
 *   <li>{@link org.scrutineer.belenios.election.Question}: {@code question} of §4.9 "Questions".
 *   <li>{@link org.scrutineer.belenios.election.HomomorphicQuestion}: {@code question_h}, §4.9.1
 *       "Homomorphic questions".
 *   <li>{@link org.scrutineer.belenios.election.NonHomomorphicQuestion}: §4.9.2 "Non-homomorphic
 *       questions"; ballots answer them (§4.11.2), tallying them needs §4.17 "Shuffles".
 *   <li>{@link org.scrutineer.belenios.election.Embedding}: the {@code embedding} of §4.10
 *       "Elections" and §5.2, group_encode of §4.11.2 "Non-homomorphic answers" and group_decode of
 *       §4.19.
 *   <li>{@link org.scrutineer.belenios.election.SetupData}: {@code setup_data} of §4.10
 *       "Elections", the payload of the Setup event.
 *   <li>{@link org.scrutineer.belenios.election.ElectionTemplate}: not in the spec: the input of
 *       {@code belenios-tool setup make-election}, the §4.10 fields a person writes.
 * </ul>
 */
package org.scrutineer.belenios.election;
