package org.scrutineer.archive.verify;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.scrutineer.archive.DataItem;
import org.scrutineer.archive.EventBlock;
import org.scrutineer.belenios.credential.PublicCredential;
import org.scrutineer.belenios.credential.PublicCredentials;
import org.scrutineer.belenios.json.BeleniosFormatException;
import org.scrutineer.crypto.group.Group;

/**
 * Spec §4.8 for the set-up's public credentials: none twice, every one in the order-q subgroup.
 * The check of a ballot raises its credential to q anyway (spec §4.14), so the set-up only
 * registers the credentials ({@link #register}); after the ballots, those that signed no valid
 * ballot are read again and checked on every core ({@link #checkRemaining}). Findings name the
 * Setup event and the credential's index in the list.
 */
final class PublicCredentialChecks {
  private static final int BATCH = 4096;

  private final CredentialRegistry registry;
  private final Group group;
  private final VerificationProgress progress;
  private final Consumer<Finding> findings;
  private long setupHeight;
  private String setupHash;
  private String credentialsHash;

  PublicCredentialChecks(CredentialRegistry registry, Group group, VerificationProgress progress, Consumer<Finding> findings) {
    this.registry = registry;
    this.group = group;
    this.progress = progress;
    this.findings = findings;
  }

  /** Registers every credential of the Setup event's list, reporting any listed twice. */
  void register(EventBlock setup, DataItem credentials) throws BeleniosFormatException {
    setupHeight = setup.event().event().height();
    setupHash = setup.event().hash();
    credentialsHash = credentials.hash();
    // Parsed in place: a million credentials are some 620 MB of JSON, too much to copy in a 1 GiB heap.
    InputStream json = new ByteBufferInputStream(credentials.entry().dataBuffer());
    PublicCredentials.forEachEntry(json, "public_credentials", (index, entry) -> {
      if (!registry.register(entry.credential(), entry.effectiveWeight())) {
        error("public_credentials[" + index + "] appears twice (belenios-tool: duplicate credential)");
      }
      if ((index + 1) % BATCH == 0) {
        progress.credentialsRead(index + 1L);
      }
    });
    progress.credentialsRead(registry.size());
  }

  /**
   * Checks the membership of every credential that no valid ballot vouched for, reading the list
   * again from the archive. Call once the ballot checks have finished.
   */
  void checkRemaining(VerificationRun.Reopen archive) throws IOException {
    long[] remaining = {0};
    registry.forEachVoter(voter -> remaining[0] += voter.credentialChecked ? 0 : 1);
    if (remaining[0] == 0) {
      return;
    }
    // Streamed from the file: by now the registry holds a record per ballot too, and a million
    // credentials read at once (591 MB) would no longer fit beside it in a 1 GiB heap.
    Optional<InputStream> stream = archive.dataEntry(credentialsHash);
    if (stream.isEmpty()) {
      error("the public credentials could not be read again to check them (did the archive change during verification?)");
      return;
    }
    try (InputStream json = stream.get()) {
      List<PublicCredential> batch = new ArrayList<>(BATCH);
      List<Integer> indices = new ArrayList<>(BATCH);
      long[] checked = {0};
      PublicCredentials.forEachEntry(json, "public_credentials", (index, entry) -> {
        if (registry.voter(entry.credential()).map(voter -> !voter.credentialChecked).orElse(true)) {
          batch.add(entry);
          indices.add(index);
        }
        if (batch.size() == BATCH) {
          checked[0] += checkMembership(batch, indices);
          progress.credentialsChecked(checked[0]);
        }
      });
      checked[0] += checkMembership(batch, indices);
      progress.credentialsChecked(checked[0]);
    } catch (BeleniosFormatException e) {
      error("the public credentials could not be read again to check them: " + e.getMessage());
    }
  }

  /** Checks a batch on every core, reports the non-members, empties the batch; returns its size. */
  private int checkMembership(List<PublicCredential> batch, List<Integer> indices) {
    boolean[] members = new boolean[batch.size()];
    IntStream.range(0, batch.size()).parallel().forEach(i -> members[i] = group.isMember(batch.get(i).credential()));
    for (int i = 0; i < batch.size(); i++) {
      if (!members[i]) {
        error("public_credentials[" + indices.get(i) + "] is not an element of the order-q subgroup (spec §4.8)");
      }
    }
    int size = batch.size();
    batch.clear();
    indices.clear();
    return size;
  }

  private void error(String message) {
    findings.accept(Finding.error(Check.SETUP_CREDENTIALS, setupHeight, setupHash, message));
  }
}
