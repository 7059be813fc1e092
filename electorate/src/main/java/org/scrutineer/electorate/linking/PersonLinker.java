package org.scrutineer.electorate.linking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 */
public final class PersonLinker {
  private PersonLinker() {}

  public static LinkedRegister link(Register register) {
    List<MembershipRecord> records = new ArrayList<>(register.records());
    records.sort(Comparator.comparing(MembershipRecord::key));
    Clusters clusters = new Clusters(records);
    List<NearMatch> nearMatches = new ArrayList<>();

    Map<String, Integer> members = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).section() == Section.MEMBER) {
        members.put(records.get(i).key().reference(), i);
      }
    }
    for (int i = 0; i < records.size(); i++) {
      MembershipRecord record = records.get(i);
      Optional<String> stated = record.membershipNumber();
      if (record.section() != Section.MEMBER && stated.isPresent()) {
        Integer member = members.get(stated.get());
        if (member != null && !clusters.union(member, i)) {
          nearMatches.add(new NearMatch(records.get(member).key(), record.key(), "states membership number " + stated.get() + ", but linking would give one person two records of one kind"));
        }
      }
    }
    Map<String, Integer> firstWithEmail = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      Optional<String> email = records.get(i).contact().normalisedEmail();
      if (email.isEmpty()) {
        continue;
      }
      Integer first = firstWithEmail.putIfAbsent(email.get(), i);
      if (first != null && !clusters.union(first, i)) {
        nearMatches.add(new NearMatch(records.get(first).key(), records.get(i).key(), "same e-mail " + email.get() + ", but linking would give one person two records of one kind"));
      }
    }

    Map<Integer, List<MembershipRecord>> byRoot = new TreeMap<>();
    for (int i = 0; i < records.size(); i++) {
      byRoot.computeIfAbsent(clusters.find(i), root -> new ArrayList<>()).add(records.get(i));
    }
    Map<RecordKey, String> personOf = new HashMap<>();
    Map<String, List<MembershipRecord>> recordsOf = new TreeMap<>();
    for (List<MembershipRecord> cluster : byRoot.values()) {
      String id = Person.idOf(cluster);
      recordsOf.put(id, cluster);
      cluster.forEach(record -> personOf.put(record.key(), id));
    }
    Map<String, List<Exclusion>> exclusionsOf = new HashMap<>();
    for (Exclusion exclusion : register.exclusions()) {
      String id = personOf.get(exclusion.record());
      if (id == null) {
        throw new IllegalArgumentException("exclusion of " + exclusion.record() + ", which is in no extract");
      }
      exclusionsOf.computeIfAbsent(id, key -> new ArrayList<>()).add(exclusion);
    }
    List<Person> people = new ArrayList<>(recordsOf.size());
    recordsOf.forEach((id, cluster) -> people.add(new Person(id, cluster, exclusionsOf.getOrDefault(id, List.of()))));

    nearMatches.addAll(sameNameAndPostcode(people));
    nearMatches.sort(Comparator.comparing(NearMatch::first).thenComparing(NearMatch::second));
    return new LinkedRegister(register.clps(), people, nearMatches);
  }

  /** People (not records) who share a name and postcode: each consecutive pair in id order. */
  private static List<NearMatch> sameNameAndPostcode(List<Person> people) {
    Map<String, List<Person>> byNameAndPostcode = new HashMap<>();
    for (Person person : people) {
      person.records().stream()
          .map(record -> record.contact().nameAndPostcode())
          .distinct()
          .forEach(key -> byNameAndPostcode.computeIfAbsent(key, k -> new ArrayList<>()).add(person));
    }
    List<NearMatch> matches = new ArrayList<>();
    for (List<Person> group : byNameAndPostcode.values()) {
      List<Person> distinct = group.stream().distinct().sorted(Comparator.comparing(Person::id)).toList();
      for (int i = 1; i < distinct.size(); i++) {
        RecordKey first = distinct.get(i - 1).records().get(0).key();
        RecordKey second = distinct.get(i).records().get(0).key();
        matches.add(new NearMatch(first, second, "same name and postcode, but no shared membership number or e-mail"));
      }
    }
    return matches;
  }

  /**
   * Union–find over record indices that refuses a union giving one cluster two records of a kind
   * that a person holds once (member, registered supporter, or one affiliate's supporter).
   */
  private static final class Clusters {
    private final int[] parent;
    private final List<Map<String, Integer>> kinds; // per root: kind -> count (only for roots)

    Clusters(List<MembershipRecord> records) {
      parent = new int[records.size()];
      kinds = new ArrayList<>(records.size());
      for (int i = 0; i < parent.length; i++) {
        parent[i] = i;
        Map<String, Integer> kind = new HashMap<>(2);
        kind.put(kindOf(records.get(i)), 1);
        kinds.add(kind);
      }
    }

    private static String kindOf(MembershipRecord record) {
      RecordKey key = record.key();
      return key.section() == Section.AFFILIATED_SUPPORTER ? key.section().key() + ":" + key.affiliate() : key.section().key();
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    /** Joins the clusters of a and b; false (and nothing joined) if that would repeat a kind. */
    boolean union(int a, int b) {
      int rootA = find(a);
      int rootB = find(b);
      if (rootA == rootB) {
        return true;
      }
      Map<String, Integer> kindsA = kinds.get(rootA);
      Map<String, Integer> kindsB = kinds.get(rootB);
      for (String kind : kindsB.keySet()) {
        if (kindsA.containsKey(kind)) {
          return false;
        }
      }
      int root = Math.min(rootA, rootB);
      int child = Math.max(rootA, rootB);
      parent[child] = root;
      Map<String, Integer> merged = kinds.get(root);
      merged.putAll(kinds.get(child));
      kinds.set(child, null);
      return true;
    }
  }
}
