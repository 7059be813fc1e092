package org.scrutineer.cli.electorate;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.scrutineer.cli.CommandEnvironment;

/**
 * Progress of a long command as one {@code I:} line per finished step, with its count and time
 * ({@code I: linked 1,000,000 records into 910,152 people (4.2 s)}): each step of a million-record
 * register takes seconds, so a line per step says where the work is without flooding the terminal.
 */
final class Steps {
  private final CommandEnvironment environment;

  Steps(CommandEnvironment environment) {
    this.environment = environment;
  }

  <T> T run(Supplier<T> step, java.util.function.Function<T, String> done) {
    Instant start = environment.clock().instant();
    T result = step.get();
    Duration took = Duration.between(start, environment.clock().instant());
    environment.info(done.apply(result) + String.format(" (%.1f s)", took.toMillis() / 1000.0));
    return result;
  }

  static String count(long n) {
    return String.format("%,d", n);
  }
}
