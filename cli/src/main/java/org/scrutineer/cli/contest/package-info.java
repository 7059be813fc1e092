/**
 * {@code scrutineer contest …}: one leadership contest on its directory, step by step
 * (docs/contest.md, docs/adr/0012-contest-design.md). Each command parses its options, calls {@link
 * org.scrutineer.contest.run.ContestRunner} and prints what the step did or every reason it was
 * refused.
 */
package org.scrutineer.cli.contest;
