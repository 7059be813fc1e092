/**
 * The register kept between imports ({@link org.scrutineer.store.register.RegisterStore}): each
 * import of CSV extracts applied in one transaction, the stored snapshot of each kind replaced by the
 * newer one with every change logged field by field, records missing from a newer extract withdrawn
 * (kept, out of the register), exclusions only ever added. Schema and semantics: docs/store.md.
 */
package org.scrutineer.store.register;
