package org.scrutineer.cli.electorate;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.scrutineer.cli.CommandEnvironment;
import org.scrutineer.store.database.Database;
import org.scrutineer.store.register.ChangeLogEntry;
import org.scrutineer.store.register.ChangeLogQuery;
import org.scrutineer.store.register.RegisterStore;
import org.scrutineer.store.register.StoredImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scrutineer electorate history}: the imports the store holds, and the change log — of one
 * import or of one record — so that anyone can see which file changed what, and when.
 */
@Command(name = "history", mixinStandardHelpOptions = true, description = "List the imports, or the change log of one import (--import N) or one record (--record KEY).")
public final class HistoryCommand implements Callable<Integer> {
  private final CommandEnvironment environment;

  @Option(names = "--store", paramLabel = "STORE", defaultValue = StoreSetting.DEFAULT, description = "The store (default: ${DEFAULT-VALUE} in the working directory).")
  String store;

  @Option(names = "--import", paramLabel = "N", description = "Every change import N made.")
  Long importId;

  @Option(names = "--record", paramLabel = "KEY", description = "Every change to one record, e.g. member:L0000001 or clp:ISL-N.")
  String record;

  public HistoryCommand(CommandEnvironment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    try (Database database = StoreSetting.openExisting(environment, store)) {
      RegisterStore register = RegisterStore.on(database, environment.clock());
      if (importId == null && record == null) {
        List<StoredImport> imports = register.imports();
        if (imports.isEmpty()) {
          environment.output("No imports yet.");
        }
        for (StoredImport stored : imports) {
          environment.output("Import " + stored.id() + " at " + stored.importedAt() + ":");
          for (StoredImport.ImportedFile file : stored.files()) {
            var c = file.counts();
            environment.output(String.format("  %-22s %-30s sha256 %s  added %,d changed %,d returned %,d withdrawn %,d unchanged %,d", file.kind(), file.name(), file.sha256().substring(0, 16) + "…", c.added(), c.changed(), c.returned(), c.withdrawn(), c.unchanged()));
          }
        }
        return 0;
      }
      List<ChangeLogEntry> entries = register.changeLog(new ChangeLogQuery(Optional.ofNullable(importId), Optional.ofNullable(record)));
      if (entries.isEmpty()) {
        environment.output("No changes recorded" + (record != null ? " for " + record : "") + (importId != null ? " in import " + importId : "") + ".");
      }
      entries.forEach(entry -> environment.output(entry.toString()));
      return 0;
    }
  }
}
