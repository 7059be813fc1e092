/**
 * The published result by section (docs/adr/0012-contest-design.md, "Published result"): from each
 * section's verified counts, {@link org.scrutineer.contest.result.ResultTable} makes the members /
 * registered supporters / affiliated supporters table and its total, with votes, percentages of valid
 * votes, spoilt ballots and turnout, percentages by {@link org.scrutineer.contest.result.Percentage}.
 */
package org.scrutineer.contest.result;
