/**
 * Counting ballots: a count is a function from ballots and rules to a report of rounds
 * (docs/counting.md).
 *
 * <ul>
 *   <li>{@code ballot}: candidates, ranked and graded ballots (weights, sections), grouped for speed;
 *   <li>{@code rules}: the rule options real jurisdictions differ on, each with its default;
 *   <li>{@code arithmetic}: exact decimals with a named number of places and rounding;
 *   <li>{@code preference}: where a ranked ballot's vote goes next, under the overvote, skipped-rank
 *       and repeated-candidate rules;
 *   <li>{@code tiebreak}: breaking ties, each break recorded for the report;
 *   <li>{@code report}: rounds, tallies by section, transfers; the report every method returns;
 *   <li>{@code method}: the counting methods;
 *   <li>{@code input}, {@code json}: the only packages that read or write text.
 * </ul>
 */
package org.scrutineer.count;
