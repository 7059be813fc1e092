/** {@code scrutineer count}: read ballots, count them by a method under rules, print and write the report. */
package org.scrutineer.cli.count;
