package org.scrutineer.electorate.linking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.electorate.register.Exclusion;
import org.scrutineer.electorate.register.MembershipRecord;
import org.scrutineer.electorate.register.RecordKey;
import org.scrutineer.electorate.register.Register;
import org.scrutineer.electorate.register.Section;

/**
 * Links the records of the extracts into people, so that each person votes once however many
 * memberships they hold.
 *
 * <p>Exact links: a supporter record that states a membership number joins that member; records with
 * the same e-mail (trimmed, case ignored) join. A link is refused when it would give one person two
 * member records, two registered-supporter records or two records from one affiliate — families
 * share an e-mail address, and two membership numbers are two members — and the refused pair is
 * reported as a near match instead. Near matches are also reported for people with the same name
 * and postcode (case, spaces and punctuation ignored) who share no exact key.
 *
 * <p>Records are processed in key order, so the result does not depend on the order of the input.
 * Built for a million records: keys are computed once, clusters live in int arrays.
 */
public final class PersonLinker {
  private PersonLinker() {}

  public static LinkedRegister link(Register register) {
    int n = register.records().size();
    Keyed[] sorted = new Keyed[n];
    for (int i = 0; i < n; i++) {
      MembershipRecord record = register.records().get(i);
      sorted[i] = new Keyed(record.key(), record);
    }
    Arrays.parallelSort(sorted, Comparator.comparing(Keyed::key));
    RecordKey[] keys = new RecordKey[n];
    for (int i = 0; i < n; i++) {
      keys[i] = sorted[i].key();
    }
    Clusters clusters = new Clusters(keys);
    List<NearMatch> nearMatches = new ArrayList<>();

    for (int i = 0; i < n; i++) {
      Optional<String> stated = sorted[i].record().membershipNumber();
      if (keys[i].section() != Section.MEMBER && stated.isPresent()) {
        int member = Arrays.binarySearch(keys, RecordKey.member(stated.get()));
        if (member >= 0 && !clusters.union(member, i)) {
          nearMatches.add(new NearMatch(keys[member], keys[i], "states membership number " + stated.get() + ", but linking would give one person two records of one kind"));
        }
      }
    }
    Map<String, Integer> firstWithEmail = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      Optional<String> email = sorted[i].record().contact().normalisedEmail();
      if (email.isEmpty()) {
        continue;
      }
      Integer first = firstWithEmail.putIfAbsent(email.get(), i);
      if (first != null && !clusters.union(first, i)) {
        nearMatches.add(new NearMatch(keys[first], keys[i], "same e-mail " + email.get() + ", but linking would give one person two records of one kind"));
      }
    }
    firstWithEmail = null; // large; let it go before the people are built

    // A cluster's smallest index is its first key, hence the person's id; people come out in id order.
    Map<Integer, List<Exclusion>> exclusionsOf = new HashMap<>();
    for (Exclusion exclusion : register.exclusions()) {
      int index = Arrays.binarySearch(keys, exclusion.record());
      if (index < 0) {
        throw new IllegalArgumentException("exclusion of " + exclusion.record() + ", which is in no extract");
      }
      exclusionsOf.computeIfAbsent(clusters.find(index), root -> new ArrayList<>()).add(exclusion);
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (clusters.find(i) != i) {
        continue; // not the first record of its cluster
      }
      List<MembershipRecord> records = new ArrayList<>(clusters.size(i));
      clusters.forEachMember(i, member -> records.add(sorted[member].record()));
      people.add(new Person(keys[i].toString(), records, exclusionsOf.getOrDefault(i, List.of())));
    }

    nearMatches.addAll(sameNameAndPostcode(people));
    nearMatches.sort(Comparator.comparing(NearMatch::first).thenComparing(NearMatch::second));
    return new LinkedRegister(register.clps(), people, nearMatches);
  }

  private record Keyed(RecordKey key, MembershipRecord record) {}

  /** People (not records) who share a name and postcode: each consecutive pair in id order. */
  private static List<NearMatch> sameNameAndPostcode(List<Person> people) {
    Map<String, Integer> lastWith = new HashMap<>(people.size() * 2);
    List<NearMatch> matches = new ArrayList<>();
    for (int p = 0; p < people.size(); p++) {
      Person person = people.get(p);
      for (MembershipRecord record : person.records()) {
        Integer last = lastWith.put(record.contact().nameAndPostcode(), p);
        if (last != null && last != p) {
          matches.add(new NearMatch(people.get(last).records().get(0).key(), person.records().get(0).key(), "same name and postcode, but no shared membership number or e-mail"));
        }
      }
    }
    return matches;
  }

  /**
   * Union–find over record indices (the root is a cluster's smallest index) that refuses a union
   * giving one cluster two records of a kind a person holds once: member, registered supporter,
   * or one affiliate's supporter. Clusters are tiny, so the check walks their members.
   */
  private static final class Clusters {
    private final RecordKey[] keys;
    private final int[] parent;
    private final int[] next; // circular list of each cluster's members
    private final int[] size;

    Clusters(RecordKey[] keys) {
      this.keys = keys;
      int n = keys.length;
      parent = new int[n];
      next = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
        next[i] = i;
        size[i] = 1;
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    int size(int root) {
      return size[root];
    }

    void forEachMember(int root, java.util.function.IntConsumer each) {
      int member = root;
      do {
        each.accept(member);
        member = next[member];
      } while (member != root);
    }

    /** Joins the clusters of a and b; false (and nothing joined) if that would repeat a kind. */
    boolean union(int a, int b) {
      int rootA = find(a);
      int rootB = find(b);
      if (rootA == rootB) {
        return true;
      }
      for (int x = rootA; ; ) {
        for (int y = rootB; ; ) {
          if (sameKind(keys[x], keys[y])) {
            return false;
          }
          y = next[y];
          if (y == rootB) {
            break;
          }
        }
        x = next[x];
        if (x == rootA) {
          break;
        }
      }
      int root = Math.min(rootA, rootB);
      int child = Math.max(rootA, rootB);
      parent[child] = root;
      size[root] += size[child];
      int swap = next[root]; // splice the two circular lists
      next[root] = next[child];
      next[child] = swap;
      return true;
    }

    private static boolean sameKind(RecordKey x, RecordKey y) {
      return x.section() == y.section() && x.affiliate().equals(y.affiliate());
    }
  }
}
