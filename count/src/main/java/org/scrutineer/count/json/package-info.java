/**
 * JSON for counts: the rules file ({@link org.scrutineer.count.json.RulesJson},
 * docs/formats/count-rules.md) and the report {@code --json} writes ({@link
 * org.scrutineer.count.json.ReportJson}, docs/formats/count-report.md), exact decimals as plain JSON
 * numbers. Reads from a Reader and writes to a Writer the caller opens.
 */
package org.scrutineer.count.json;
