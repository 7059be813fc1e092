package org.scrutineer.contest.run;

import org.scrutineer.electorate.register.Section;

/** Where each step writes, inside the contest directory (docs/adr/0012-contest-design.md, docs/contest.md). */
final class Layout {
  static final String RULES = "rules/electorate.json";
  static final String SNAPSHOT = "electorate/snapshot.json";
  static final String NOMINATIONS = "nominations/result.json";
  static final String CANDIDATES = "candidates.json";
  static final String TRUSTEES = "trustees/trustees.json";
  static final String TRUSTEE_KEYS = "private/trustees";
  static final String REMOVALS = "removals.json";
  static final String REMOVAL_REQUESTS = "private/removals.json";
  static final String REJECTIONS = "rejections.json";
  static final String RESULT = "result.json";
  /** A ranked ballot's alternative-vote count, round by round (docs/formats/count-report.md). */
  static final String COUNT = "count.json";
  static final String SUMMARY = "summary.txt";
  static final String REPORT = "report.html";

  private Layout() {}

  /** {@code e-mail,login} per voter, the list {@code belenios-tool setup generate-credentials --file} reads. */
  static String voters(Section section) {
    return "private/voters/" + section.key() + ".txt";
  }

  static String election(Section section) {
    return "sections/" + section.key() + "/election.json";
  }

  static String castDirectory(Section section) {
    return "sections/" + section.key() + "/cast";
  }

  static String countedDirectory(Section section) {
    return "sections/" + section.key() + "/counted";
  }

  static String archive(String directory, String uuid) {
    return directory + "/" + uuid + ".bel";
  }

  /** The credential authority's: one {@code e-mail,login PRIVATE} line per voter. */
  static String privateCredentials(Section section) {
    return "private/credentials/" + section.key() + ".privcreds";
  }

  /** The public credentials with their logins, {@code PUB,,LOGIN}: who holds which (the authority's). */
  static String publicCredentials(Section section) {
    return "private/credentials/" + section.key() + ".pubcreds";
  }
}
