/**
 * Multi-seat single transferable vote, three ways (docs/counting.md):
 *
 * <ul>
 *   <li>{@link org.scrutineer.count.method.stv.ScottishStv} ({@code stv-scottish}): the Weighted
 *       Inclusive Gregory Method of the Scottish Local Government Elections Order 2007 (SSI
 *       2007/42), Schedule 1 rules 45–52;
 *   <li>{@link org.scrutineer.count.method.stv.FractionalStv} ({@code stv}): fractional-surplus STV
 *       as RCTab (BrightSpots/rcv) tabulates a multi-winner contest;
 *   <li>{@link org.scrutineer.count.method.stv.MeekStv} ({@code stv-meek}): Meek's method, as the New
 *       Zealand Meek rules and Hill, Wichmann and Woodall's Algorithm 123 (1987).
 * </ul>
 *
 * <p>All three walk ballots with {@code NextPreference}, break ties with {@code TieBreaker}, and add
 * up each round on a {@code TallySheet}. What they share is package-private: {@code Quota} (the
 * threshold formulas), {@code Ranking} (ordering by votes, ties through the tie-break), {@code
 * RoundLog} (rounds, sections and the history tie-breaks read), {@code Standing}, and for the two
 * Gregory methods {@code Pile} of {@code Parcel}s.
 */
package org.scrutineer.count.method.stv;
