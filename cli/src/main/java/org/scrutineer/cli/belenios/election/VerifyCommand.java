package org.scrutineer.cli.belenios.election;

import java.util.concurrent.Callable;
import org.scrutineer.archive.verify.ArchiveVerifier;
import org.scrutineer.archive.verify.VerifierOptions;
import org.scrutineer.cli.CommandEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code election verify}: every check of Belenios spec 2.0 §3.5 on the archive, by Scrutineer's
 * verifier, which also reports a ballot appended twice byte for byte (belenios-tool accepts that;
 * {@code --lenient} makes it a warning and counts it as belenios-tool does). On a long run it says
 * how far it has got every ten seconds ({@link ProgressLines}).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = "Verify the election archive: every check, all run, every error reported.")
public final class VerifyCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Mixin private ElectionDirectory directory;

  @Option(
      names = "--lenient",
      description = "Report replayed ballots as warnings and count them as belenios-tool 2.0 does (Scrutineer only).")
  private boolean lenient;

  public VerifyCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    ArchiveVerifier verifier =
        new ArchiveVerifier(
            VerifierOptions.defaults()
                .withLenient(lenient)
                .withProgress(new ProgressLines(environment.err(), environment.clock())));
    VerificationOutput.render(environment, verifier.verify(directory.archive(environment)));
    return 0;
  }
}
