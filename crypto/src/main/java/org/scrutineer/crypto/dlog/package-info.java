/**
 * Discrete logarithms with a known bound, to read the counts of a homomorphic result.
 *
 * <ul>
 *   <li>{@link org.scrutineer.crypto.dlog.DiscreteLog}: log_g(beta / F) of Belenios spec 2.0 §4.19
 *       "Election result". Its method, baby-step giant-step, is not in the spec, which only says
 *       the logarithm is bounded by the sum of all weights; weighted elections make that sum too
 *       large for a linear search.
 * </ul>
 */
package org.scrutineer.crypto.dlog;
