/**
 * The CSV files of docs/formats/nominations.md, read with FastCSV from a {@link java.io.Reader} the
 * caller opens: {@link org.scrutineer.nominations.csv.NominatorsCsv}, {@link
 * org.scrutineer.nominations.csv.NominationsCsv}, {@link org.scrutineer.nominations.csv.WithdrawalsCsv},
 * {@link org.scrutineer.nominations.csv.ClpNominationsCsv}, {@link
 * org.scrutineer.nominations.csv.AffiliateNominationsCsv}. Each returns every value it could read
 * and every error it found ({@code error.Parsed}), each error naming file, line, column and fix.
 */
package org.scrutineer.nominations.csv;
