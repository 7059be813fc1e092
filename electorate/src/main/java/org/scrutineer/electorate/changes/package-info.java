/**
 * What a newer extract changes against the stored one: pure functions from the stored rows of one
 * kind of record and the newly imported list of that kind to the changes, field by field.
 *
 * <p>{@link org.scrutineer.electorate.changes.RecordKind} gives each kind (CLPs, members,
 * registered supporters, affiliated supporters, exclusions) its fields as canonical text: the form
 * in which records are compared, stored and logged. {@link
 * org.scrutineer.electorate.changes.SnapshotDiff} compares snapshots: an extract of a kind is the
 * whole list of that kind, so a record it no longer has is {@code withdrawn} — kept, with its last
 * values, and no longer in the register handed to evaluation — never deleted; one that comes back is
 * {@code returned}. {@link org.scrutineer.electorate.changes.ExclusionAppend} treats exclusions as
 * decisions, not a snapshot: they are only ever added, an identical one again is nothing new, and
 * one that contradicts a recorded decision is a conflict to report.
 */
package org.scrutineer.electorate.changes;
