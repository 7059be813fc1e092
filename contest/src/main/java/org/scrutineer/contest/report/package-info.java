/**
 * The contest's published documents, rendered from one {@link
 * org.scrutineer.contest.report.ContestReport}: {@link org.scrutineer.contest.report.ResultJson}
 * ({@code result.json}, docs/formats/contest-result.md). Renderers return strings and touch no file,
 * clock or console (ReportArchitectureTest): the report step writes them.
 */
package org.scrutineer.contest.report;
