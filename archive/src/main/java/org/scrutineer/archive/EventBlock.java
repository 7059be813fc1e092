package org.scrutineer.archive;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.scrutineer.archive.tar.ArchiveProblem;

/**
 * One event with the entries written since the previous event (Belenios spec 2.0 §4.4: "the payload
 * will precede the event structure in the archive, and can itself refer to other payloads that
 * precede"). belenios-tool writes an event's data just before it — setup files before
 * {@code Setup}, the ballot before {@code Ballot}, the tally then its wrapper before
 * {@code EncryptedTally} — so a verifier can look payloads up here while the archive streams,
 * without holding every ballot.
 *
 * @param data the data entries since the previous event, in archive order
 * @param malformed entries since the previous event that could not be typed (bad name, bad event)
 * @param event the event closing the block
 */
public record EventBlock(List<DataItem> data, List<MalformedItem> malformed, EventItem event) {
  public EventBlock {
    data = List.copyOf(data);
    malformed = List.copyOf(malformed);
    Objects.requireNonNull(event, "event");
  }

  /** The data entry of this block whose bytes hash to {@code hash} (lowercase hex). */
  public Optional<DataItem> data(String hash) {
    return data.stream().filter(d -> d.hash().equals(hash)).findFirst();
  }

  /** The data entry the event's {@code payload} names, if it has one and it is in this block. */
  public Optional<DataItem> payload() {
    return event.event().payload().flatMap(this::data);
  }

  /**
   * Every problem of the block's entries, plus a payload that is not among the block's data
   * (belenios-tool would not regenerate such an archive, so its {@code election verify} fails).
   */
  public List<ArchiveProblem> problems() {
    List<ArchiveProblem> problems = new ArrayList<>();
    data.forEach(d -> problems.addAll(d.problems()));
    malformed.forEach(m -> problems.addAll(m.problems()));
    problems.addAll(event.problems());
    event.event().payload().filter(h -> data(h).isEmpty()).ifPresent(h -> problems.add(ArchiveProblem.at(
        event.entry().header(), "payload " + h + " is not among the data entries written since the previous event "
            + "(belenios-tool writes an event's payload just before it)")));
    return problems;
  }
}
