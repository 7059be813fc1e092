/**
 * Supporting nominations: from Constituency Labour Parties ({@link
 * org.scrutineer.nominations.supporting.ClpNomination}, one per CLP, made at a meeting) and from
 * affiliates — trade unions and socialist societies ({@link
 * org.scrutineer.nominations.supporting.AffiliateNomination}, one per affiliate, with its affiliated
 * membership). {@link org.scrutineer.nominations.supporting.OneSupportingNominationRule} decides
 * which count and {@link org.scrutineer.nominations.supporting.SupportTally} adds them up per
 * candidate. Whether they are required is a rule ({@code rules.SupportingRule}).
 */
package org.scrutineer.nominations.supporting;
