/**
 * One leadership contest from electorate to published result (docs/adr/0012-contest-design.md):
 * {@code step} — the steps, their order and what each needs; {@code removal} — votes removed after
 * credentials were issued; {@code result} — the published result by section; {@code error} — the
 * module's one error type. These packages are pure: the contest directory is read and written at
 * the edge, and passed in as values.
 */
package org.scrutineer.contest;
