package org.scrutineer.cli.belenios.election;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * Ballots found valid against an election earlier in this process, so that election commands run
 * one after another in-process on the same ballots — the contest's tally runs {@code
 * compute-encrypted-tally}, {@code decrypt-threshold} once per trustee and {@code compute-result} —
 * check each ballot's signature and proofs (Belenios spec 2.0 §4.15) once rather than once per
 * command, as belenios-tool, a new process every time, must. Measured on {@code demo contest
 * --voters 3000} (2 cores, load 6–7): each of the four commands took 34 s on the members' 1,700
 * ballots and the whole tally 230 s; with this the first takes 25 s, the others 2–3 s, the tally 75 s
 * (of which {@code ArchiveVerifier}'s one check of each counted archive, at the end, about 25 s).
 *
 * <p>A ballot passes those checks against an election or it does not, whatever the command: the
 * key is the election's hash in the archive's Setup (the SHA-256 of the bytes the command parsed:
 * the board finds data by their content's hash) and the ballot's SHA-256, and only passes are
 * kept. Everything else is still done by every command — parsing, canonical form, the credential
 * against the roll, the tally — so outputs are byte for byte the same. Off unless a caller runs
 * commands {@link #during} a scope: a command on its own keeps nothing, and a verification of a
 * million ballots does not hold a million hashes.
 */
public final class CheckedBallots {
  private static final ThreadLocal<CheckedBallots> CURRENT = new ThreadLocal<>();

  private final Set<String> passed = ConcurrentHashMap.newKeySet();

  /** Runs {@code commands} (on this thread) with this memory of checked ballots, and returns their status. */
  public int during(IntSupplier commands) {
    CheckedBallots outer = CURRENT.get();
    CURRENT.set(this);
    try {
      return commands.getAsInt();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The memory in scope on this thread, if any (read once by the command's thread; its workers share it). */
  static CheckedBallots current() {
    return CURRENT.get();
  }

  boolean passed(String electionHash, String ballotHash) {
    return passed.contains(electionHash + ' ' + ballotHash);
  }

  void pass(String electionHash, String ballotHash) {
    passed.add(electionHash + ' ' + ballotHash);
  }
}
