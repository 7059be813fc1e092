package org.scrutineer.electorate.synthetic;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.scrutineer.electorate.csv.ExtractSources;
import org.scrutineer.electorate.csv.ExtractWriter;

/** A synthetic register written as its five CSV files, in memory: file name to text. */
final class Files5 {
  static final String[] NAMES = {"clps.csv", "members.csv", "registered_supporters.csv", "affiliated_supporters.csv", "exclusions.csv"};

  private Files5() {}

  static Map<String, String> write(SyntheticRegister register) {
    Map<String, String> files = new LinkedHashMap<>();
    StringWriter clps = new StringWriter();
    ExtractWriter.clps(clps).writeAll(register.clps());
    files.put(NAMES[0], clps.toString());
    StringWriter members = new StringWriter();
    register.members(ExtractWriter.members(members)::write);
    files.put(NAMES[1], members.toString());
    StringWriter registered = new StringWriter();
    register.registeredSupporters(ExtractWriter.registeredSupporters(registered)::write);
    files.put(NAMES[2], registered.toString());
    StringWriter affiliated = new StringWriter();
    register.affiliatedSupporters(ExtractWriter.affiliatedSupporters(affiliated)::write);
    files.put(NAMES[3], affiliated.toString());
    StringWriter exclusions = new StringWriter();
    register.exclusions(ExtractWriter.exclusions(exclusions)::write);
    files.put(NAMES[4], exclusions.toString());
    return files;
  }

  static ExtractSources sources(Map<String, String> files) {
    return new ExtractSources(source(files, NAMES[0]), source(files, NAMES[1]), source(files, NAMES[2]), source(files, NAMES[3]), source(files, NAMES[4]));
  }

  private static Optional<ExtractSources.Source> source(Map<String, String> files, String name) {
    return Optional.of(new ExtractSources.Source(name, new StringReader(files.get(name))));
  }
}
