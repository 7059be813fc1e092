/**
 * The steps of a contest as a Java API (docs/adr/0012-contest-design.md, docs/contest.md): {@link
 * org.scrutineer.contest.run.ContestRunner} checks that a step may run, does it with the cores
 * (electorate, nominations, the Belenios commands through {@link
 * org.scrutineer.contest.run.BeleniosTool}, the archive's writer and verifier) and commits it through
 * {@link org.scrutineer.contest.directory.StepWrite}. The edge of the contest module.
 */
package org.scrutineer.contest.run;
