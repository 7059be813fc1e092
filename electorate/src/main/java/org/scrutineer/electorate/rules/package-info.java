/**
 * A contest's eligibility rules as data ({@link org.scrutineer.electorate.rules.Ruleset}), read and
 * checked from the ruleset file by {@link org.scrutineer.electorate.rules.RulesetReader}.
 */
package org.scrutineer.electorate.rules;
