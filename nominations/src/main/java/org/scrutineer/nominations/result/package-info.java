/**
 * The answer: {@link org.scrutineer.nominations.result.NominationResult} lists each declared
 * candidate's {@link org.scrutineer.nominations.result.CandidateOutcome} — validly nominated or
 * not, with every {@link org.scrutineer.nominations.result.Check} and its numbers — the {@link
 * org.scrutineer.nominations.result.ContestStatus}, and every decision on every nomination.
 */
package org.scrutineer.nominations.result;
