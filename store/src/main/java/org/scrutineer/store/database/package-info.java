/**
 * Where the store lives: an embedded SQLite file by default, PostgreSQL in production, opened from
 * one setting and migrated on open by Flyway from one set of migrations ({@code db/migration}).
 * Writes go through {@link org.scrutineer.store.database.Database#inWriteTransaction}, one at a
 * time, and return only after the commit is durable.
 */
package org.scrutineer.store.database;
