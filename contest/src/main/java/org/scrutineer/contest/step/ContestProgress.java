package org.scrutineer.contest.step;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.contest.error.FileChanged;
import org.scrutineer.contest.error.StepRefused;

/**
 * Which steps of a contest have run, in the order they ran, as {@code contest.json} records them —
 * and so which may run now. A step asks {@link #refusal} before it changes anything, and is
 * {@link #record}ed once it has written everything (the commit point), so a refused or failed step
 * leaves the contest as it was.
 *
 * <p>Rules, in the order they are checked: a step may not run once the step that freezes it has run
 * ({@link Step#frozenBy()}); a {@link Repeat#ONCE} step runs once; a step needs the step before it
 * ({@link Step#needs()}). Records are only ever added in an order these rules allow, so needing the
 * step before is enough for needing every earlier one.
 */
public final class ContestProgress {
  private static final ContestProgress EMPTY = new ContestProgress(List.of());

  private final List<StepRecord> done;

  private ContestProgress(List<StepRecord> done) {
    this.done = List.copyOf(done);
  }

  /** A directory where {@code init} has not run. */
  public static ContestProgress empty() {
    return EMPTY;
  }

  /**
   * The progress {@code done} describes, as read back from {@code contest.json}: the records are
   * replayed one by one under the same rules as when they were made.
   *
   * @throws IllegalArgumentException if the records could not have been made in this order (the
   *     caller reports a damaged {@code contest.json})
   */
  public static ContestProgress of(List<StepRecord> done) {
    ContestProgress progress = EMPTY;
    for (StepRecord record : done) {
      Optional<StepRefused> refused = progress.refusal(record.step());
      if (refused.isPresent()) {
        throw new IllegalArgumentException("steps recorded out of order, at " + record.step().command() + ": " + refused.get().message());
      }
      progress = progress.record(record);
    }
    if (!progress.done.equals(List.copyOf(done))) {
      throw new IllegalArgumentException("a step redone is recorded twice: " + done);
    }
    return progress;
  }

  /** The records, in the order the steps ran (a redo replaces its step's earlier record). */
  public List<StepRecord> done() {
    return done;
  }

  public boolean isDone(Step step) {
    return done.stream().anyMatch(record -> record.step() == step);
  }

  /** Why {@code step} may not run now, naming what to run instead; empty when it may. */
  public Optional<StepRefused> refusal(Step step) {
    Optional<Step> frozenBy = step.frozenBy().filter(this::isDone);
    if (frozenBy.isPresent()) {
      return Optional.of(new StepRefused(step.command(), "cannot run after " + frozenBy.get().invocation(), step.whenFrozen()));
    }
    if (step.repeat() == Repeat.ONCE && isDone(step)) {
      return Optional.of(new StepRefused(step.command(), "has already run", step.whenDone()));
    }
    Optional<Step> missing = step.needs().filter(needed -> !isDone(needed));
    return missing.map(needed -> new StepRefused(step.command(), "needs " + needed.state(), "run " + needed.invocation() + " first"));
  }

  /** The steps that may run now, in step order. */
  public List<Step> allowed() {
    return Arrays.stream(Step.values()).filter(step -> refusal(step).isEmpty()).toList();
  }

  /**
   * The progress after {@code record}'s step ran. A redo replaces the step's earlier record in its
   * place; an appending step adds a record.
   *
   * @throws IllegalStateException if the step may not run now: callers ask {@link #refusal} first
   */
  public ContestProgress record(StepRecord record) {
    refusal(record.step()).ifPresent(refused -> {
      throw new IllegalStateException(refused.message());
    });
    List<StepRecord> next = new ArrayList<>(done);
    int earlier = record.step().repeat() == Repeat.REDO ? positionOf(record.step()) : -1;
    if (earlier >= 0) {
      next.set(earlier, record); // in its place, so the records stay in an order the rules allow
    } else {
      next.add(record);
    }
    return new ContestProgress(next);
  }

  private int positionOf(Step step) {
    for (int i = 0; i < done.size(); i++) {
      if (done.get(i).step() == step) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Every file the steps wrote, with the digest it must have now and the step that wrote it last:
   * a later run of an appending step ({@code cast} appends to the ballot archives) supersedes the
   * digest an earlier one recorded.
   */
  public Map<String, Written> expectedFiles() {
    Map<String, Written> files = new LinkedHashMap<>();
    for (StepRecord record : done) {
      record.files().forEach((file, digest) -> {
        files.remove(file);
        files.put(file, new Written(digest, record.step()));
      });
    }
    return Collections.unmodifiableMap(files);
  }

  /**
   * The files that are not what their step wrote, given the digests found now ({@code found} maps a
   * path to its SHA-256 in hex, and lacks the files that are gone). A step refuses to run while this
   * is not empty.
   */
  public List<FileChanged> changedFiles(Map<String, String> found) {
    List<FileChanged> changed = new ArrayList<>();
    expectedFiles().forEach((file, written) -> {
      String now = found.getOrDefault(file, "");
      if (!now.equals(written.digest())) {
        changed.add(new FileChanged(file, written.step().command(), written.digest(), now));
      }
    });
    return changed;
  }

  /** The digest a file must have, and the step that wrote it. */
  public record Written(String digest, Step step) {}

  @Override
  public boolean equals(Object other) {
    return other instanceof ContestProgress progress && progress.done.equals(done);
  }

  @Override
  public int hashCode() {
    return done.hashCode();
  }

  @Override
  public String toString() {
    return "ContestProgress" + done.stream().map(record -> record.step().command()).toList();
  }
}
