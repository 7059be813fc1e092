package org.scrutineer.contest.step;

import java.util.Optional;

/**
 * The steps of a contest, in the order they run (docs/adr/0012-contest-design.md): {@code init →
 * electorate → nominations → open → cast… → close → tally → report → verify}, with {@code remove…}
 * between {@code open} and {@code tally}. Each says which step it needs done first, which later step
 * stops it from running again, and whether it may be repeated; {@link ContestProgress} applies them.
 */
public enum Step {
  INIT("init", "a contest", null, Repeat.ONCE,
      "this directory already holds a contest; give `scrutineer contest init` an empty or new directory", ""),
  ELECTORATE("electorate", "the electorate evaluated", INIT, Repeat.REDO, "",
      "credentials were issued to this electorate; take a voter's vote away with `scrutineer contest remove`"),
  NOMINATIONS("nominations", "the candidates nominated", ELECTORATE, Repeat.REDO, "",
      "the ballot lists these candidates; a different ballot needs a new contest"),
  OPEN("open", "the ballot box open", NOMINATIONS, Repeat.ONCE,
      "the ballot box is already open; cast ballots with `scrutineer contest cast`", ""),
  CAST("cast", "ballots cast", OPEN, Repeat.APPEND, "", "no ballot can be added after the close"),
  REMOVE("remove", "a vote removed", OPEN, Repeat.APPEND, "",
      "the ballots were decrypted; a removal now would need a second decryption, which could reveal the removed vote"),
  CLOSE("close", "the ballot box closed", OPEN, Repeat.ONCE, "the ballot box is already closed; tally with `scrutineer contest tally`", ""),
  TALLY("tally", "the votes tallied", CLOSE, Repeat.ONCE,
      "the ballots are decrypted once only (a second decryption could reveal a removed vote); see result.json", ""),
  REPORT("report", "the report written", TALLY, Repeat.REDO, "", ""),
  VERIFY("verify", "the contest verified", OPEN, Repeat.READ_ONLY, "", "");

  private final String command;
  private final String state;
  private final Step needs;
  private final Repeat repeat;
  private final String whenDone;
  private final String whenFrozen;

  Step(String command, String state, Step needs, Repeat repeat, String whenDone, String whenFrozen) {
    this.command = command;
    this.state = state;
    this.needs = needs;
    this.repeat = repeat;
    this.whenDone = whenDone;
    this.whenFrozen = whenFrozen;
  }

  /** The subcommand's name: {@code scrutineer contest COMMAND}. */
  public String command() {
    return command;
  }

  /** What having run this step means, e.g. {@code the ballot box closed}. */
  public String state() {
    return state;
  }

  /** The step that must have run before this one; empty for {@code init}. */
  public Optional<Step> needs() {
    return Optional.ofNullable(needs);
  }

  /** The later step once which this one may not run any more; empty if none. */
  public Optional<Step> frozenBy() {
    // A constant cannot name a later one in its constructor, hence a switch.
    return switch (this) {
      case ELECTORATE, NOMINATIONS -> Optional.of(OPEN);
      case CAST -> Optional.of(CLOSE);
      case REMOVE -> Optional.of(TALLY);
      default -> Optional.empty();
    };
  }

  public Repeat repeat() {
    return repeat;
  }

  /** Why a {@link Repeat#ONCE} step cannot run a second time, and what to do instead. */
  String whenDone() {
    return whenDone;
  }

  /** Why this step cannot run once {@link #frozenBy()} ran, and what to do instead. */
  String whenFrozen() {
    return whenFrozen;
  }

  /** {@code `scrutineer contest COMMAND`}, as messages quote it. */
  public String invocation() {
    return "`scrutineer contest " + command + "`";
  }
}
