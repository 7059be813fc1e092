/**
 * The contest's published documents, rendered from one {@link
 * org.scrutineer.contest.report.ContestReport}: {@link org.scrutineer.contest.report.ResultJson}
 * ({@code result.json}, docs/formats/contest-result.md), {@link
 * org.scrutineer.contest.report.ReportHtml} ({@code report.html}: the tables by section, the rounds as
 * an inline SVG chart, the scrutineer's report) and {@link org.scrutineer.contest.report.SummaryText}
 * (the terminal summary). Renderers return strings and touch no file, clock or console
 * (ReportArchitectureTest): the report step writes them.
 */
package org.scrutineer.contest.report;
