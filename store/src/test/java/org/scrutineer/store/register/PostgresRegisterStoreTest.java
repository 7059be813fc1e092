package org.scrutineer.store.register;

import org.scrutineer.store.database.TestPostgres;

/** The register store's contract on the PostgreSQL at 127.0.0.1:5432, each test in a schema of its own. */
class PostgresRegisterStoreTest extends RegisterStoreContract {
  @Override
  String newLocation() {
    return TestPostgres.freshSchemaUrl("register_store");
  }

  @Override
  void dispose(String location) {
    TestPostgres.dropSchema(location);
  }
}
