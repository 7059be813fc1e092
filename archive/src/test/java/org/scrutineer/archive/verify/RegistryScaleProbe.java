package org.scrutineer.archive.verify;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.scrutineer.crypto.hash.Sha256;

/**
 * What the verifier keeps for a million voters and their ballots, built the way {@link
 * VerificationRun} builds it — a registered credential per voter, a digest per ballot, the events
 * of superseded ballots (one voter in ten revotes) — then measured after a full collection. Run in
 * a child JVM by {@link RegistryScaleTest}; prints the heap in use in MB.
 */
public final class RegistryScaleProbe {
  private RegistryScaleProbe() {}

  public static void main(String[] args) {
    int voters = Integer.parseInt(args[0]);
    CredentialRegistry registry = new CredentialRegistry();
    for (int i = 0; i < voters; i++) {
      // Small numbers stand for credentials: the registry keeps a 32-byte digest of each, whatever its size.
      registry.register(BigInteger.valueOf(i), BigInteger.ONE);
    }
    Set<Long> superseded = new HashSet<>();
    long event = 0;
    for (int i = 0; i < voters; i++) {
      int votes = i % 10 == 0 ? 2 : 1;
      for (int v = 0; v < votes; v++) {
        event++;
        registry.previousOccurrence(ballotDigest(event), event);
        CredentialRegistry.Voter voter = registry.voter(BigInteger.valueOf(i)).orElseThrow();
        if (voter.countedBallotEvent >= 0) {
          superseded.add(voter.countedBallotEvent);
        }
        voter.countedBallotEvent = event;
      }
    }
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long usedMegabytes = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    System.out.println("voters=" + registry.size() + " ballots=" + event + " superseded=" + superseded.size() + " usedMB=" + usedMegabytes);
  }

  private static Digest ballotDigest(long event) {
    return Digest.ofHex(HexFormat.of().formatHex(Sha256.digest(ByteBuffer.allocate(8).putLong(event).array())));
  }
}
