/**
 * The nomination rules as data: {@link org.scrutineer.nominations.rules.NominationRules} holds the
 * contest, the parliamentary {@link org.scrutineer.nominations.rules.Threshold} (a percentage with
 * its {@link org.scrutineer.nominations.rules.Rounding}), the {@link
 * org.scrutineer.nominations.rules.IncumbentRule} and the supporting routes ({@link
 * org.scrutineer.nominations.rules.ClpRoute}, {@link org.scrutineer.nominations.rules.AffiliateRoute}).
 * Example files for the 2016 challenge and a 2020-style vacancy are in examples/nominations/.
 */
package org.scrutineer.nominations.rules;
