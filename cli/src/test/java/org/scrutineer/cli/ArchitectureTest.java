package org.scrutineer.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules that keep commands thin and testable in-process. */
class ArchitectureTest {
  private static final JavaClasses CLI =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.scrutineer.cli");

  @Test
  void commandsUseTheirEnvironmentNotTheProcessStreams() {
    noClasses()
        .that()
        .doNotHaveSimpleName("CommandEnvironment")
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .accessField(System.class, "in")
        .orShould()
        .callMethod(System.class, "getenv")
        .check(CLI);
  }

  @Test
  void commandGroupsDoNotDependOnEachOther() {
    for (String group : new String[] {"setup", "archive", "election"}) {
      noClasses()
          .that()
          .resideInAPackage("org.scrutineer.cli.belenios." + group + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(otherGroups(group))
          .check(CLI);
    }
  }

  private static String[] otherGroups(String group) {
    return java.util.stream.Stream.of("setup", "archive", "election")
        .filter(other -> !other.equals(group))
        .map(other -> "org.scrutineer.cli.belenios." + other + "..")
        .toArray(String[]::new);
  }
}
