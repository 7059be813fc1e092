package org.scrutineer.nominations.supporting;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A Constituency Labour Party's supporting nomination, made at a meeting.
 *
 * @param clp the CLP's code, unique per CLP, e.g. {@code CLP-0042}
 * @param candidate the candidate nominated, as written
 * @param meetingOn the date of the meeting that made it
 * @param source where it came from, e.g. {@code clp.csv:12}; empty when not known
 */
public record ClpNomination(String clp, String candidate, LocalDate meetingOn, String source) {
  public ClpNomination {
    Objects.requireNonNull(clp, "clp");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(meetingOn, "meetingOn");
    Objects.requireNonNull(source, "source");
  }
}
