/**
 * Deciding who votes: {@link org.scrutineer.electorate.evaluation.Evaluator} applies a ruleset to
 * each person, giving a compact {@link org.scrutineer.electorate.evaluation.Decision} (section, or
 * the rules that stand in the way) or, for one person, an {@link
 * org.scrutineer.electorate.evaluation.Explanation} with the facts of every rule applied.
 */
package org.scrutineer.electorate.evaluation;
