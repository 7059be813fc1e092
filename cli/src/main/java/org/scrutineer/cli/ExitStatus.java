package org.scrutineer.cli;

/**
 * Exit statuses, chosen to match belenios-tool 2.0 (cmdliner) so that scripts written for it keep
 * working: 0 on success; 124 for every failure a user can act on — bad command line, missing or
 * malformed file, failed check — exactly where belenios-tool exits 124; 125 for a bug in
 * Scrutineer (an exception no command expected), as cmdliner uses 125 for internal errors. Our
 * own commands add 1: done, but some input rejected and recorded ({@link #SOME_REJECTED}).
 */
public final class ExitStatus {
  /** The command did its job. */
  public static final int OK = 0;

  /**
   * The command did its job but rejected some of its input, each listed as a {@code W:} line and
   * recorded: {@code contest cast} when some ballots were refused (rejections.json) and the rest
   * cast. Not a belenios-tool status: only Scrutineer's own commands use it.
   */
  public static final int SOME_REJECTED = 1;

  /** Bad command line, unreadable input or a failed check: the message says what to fix. */
  public static final int FAILURE = 124;

  /** An unexpected exception: a bug to report. */
  public static final int INTERNAL_ERROR = 125;

  private ExitStatus() {}
}
