/**
 * The contest nominations are made in: its declared {@link
 * org.scrutineer.nominations.contest.Candidate}s (one of them perhaps the incumbent, some perhaps
 * withdrawn) and when nominations close ({@link org.scrutineer.nominations.contest.Contest});
 * {@link org.scrutineer.nominations.contest.Timestamps} says how moments are compared and shown.
 */
package org.scrutineer.nominations.contest;
