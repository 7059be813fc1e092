/**
 * Reading the party's CSV extracts (docs/formats/register.md) into an {@link
 * org.scrutineer.electorate.csv.Extract}, every problem named by file, line and column.
 */
package org.scrutineer.electorate.csv;
