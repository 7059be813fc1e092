package org.scrutineer.archive.verify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.scrutineer.belenios.ballot.Ballot;
import org.scrutineer.belenios.ballot.BallotChecker;
import org.scrutineer.belenios.election.Election;

/**
 * Checks ballots' proofs on several threads while the archive streams in. Ballot checks are
 * independent, and they are almost all of a verifier's work (about 50 modular exponentiations per
 * ballot of one two-answer question with blank votes). At most a few ballots per thread wait in
 * memory, so memory stays flat however many ballots the archive holds. Ballots are multiplied into
 * per-thread tallies, combined at the end.
 */
final class ParallelBallotChecks implements AutoCloseable {
  private final BallotChecker checker;
  private final Election election;
  private final ExecutorService pool;
  private final Semaphore inFlight;
  private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<TallyAccumulator> accumulators = new ConcurrentLinkedQueue<>();
  private final ThreadLocal<TallyAccumulator> local;

  ParallelBallotChecks(Election election, int threads) {
    this.checker = new BallotChecker(election);
    this.election = election;
    this.pool =
        Executors.newFixedThreadPool(
            threads,
            runnable -> {
              Thread thread = new Thread(runnable, "ballot-check");
              thread.setDaemon(true);
              return thread;
            });
    this.inFlight = new Semaphore(threads * 4);
    this.local =
        ThreadLocal.withInitial(
            () -> {
              TallyAccumulator accumulator = new TallyAccumulator(election);
              accumulators.add(accumulator);
              return accumulator;
            });
  }

  /**
   * Queues a ballot's proof checks, by the voter whose credential signed it; blocks while too many
   * ballots are waiting. A valid ballot marks its voter's credential as checked.
   */
  void submit(long event, String eventHash, Ballot ballot, CredentialRegistry.Voter voter) {
    inFlight.acquireUninterruptibly();
    pool.execute(
        () -> {
          try {
            Optional<String> problem = checker.check(ballot);
            problem.ifPresent(reason -> findings.add(Finding.error(Check.BALLOT_PROOFS, event, eventHash, "ballot " + Ballot.tracker(ballot.toJson()) + ": " + reason)));
            if (problem.isEmpty()) {
              voter.credentialChecked = true;
            }
            // An invalid ballot is still multiplied in, as the archive's tally claims to include it:
            // its own finding then stands alone instead of cascading into tally and decryption errors.
            local.get().addIfShaped(ballot, voter.weight);
          } catch (RuntimeException e) {
            findings.add(Finding.error(Check.BALLOT_PROOFS, event, eventHash, "could not check the ballot: " + e));
          } finally {
            inFlight.release();
          }
        });
  }

  /** Waits for every queued check; returns their findings in event order and the product of the valid ballots. */
  Outcome finish() {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(365, TimeUnit.DAYS)) {
        throw new IllegalStateException("ballot checks did not finish");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while checking ballots", e);
    }
    TallyAccumulator product = new TallyAccumulator(election);
    accumulators.forEach(product::add);
    List<Finding> sorted = new ArrayList<>(findings);
    sorted.sort(Comparator.comparingLong(finding -> finding.eventIndex().orElse(Long.MAX_VALUE)));
    return new Outcome(sorted, product);
  }

  record Outcome(List<Finding> findings, TallyAccumulator product) {}

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
