/**
 * The steps of a contest and their order (docs/adr/0012-contest-design.md): {@link
 * org.scrutineer.contest.step.Step} says what each needs and what freezes it, {@link
 * org.scrutineer.contest.step.ContestProgress} which have run and whether one may run now, and which
 * files earlier steps wrote and must still be as written.
 */
package org.scrutineer.contest.step;
