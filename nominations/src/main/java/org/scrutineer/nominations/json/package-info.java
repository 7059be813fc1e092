/**
 * JSON at the module's edge, with Jackson: {@link org.scrutineer.nominations.json.RulesJson} reads
 * the rules file from a {@link java.io.Reader} (strictly, every problem reported with its JSON
 * path) and {@link org.scrutineer.nominations.json.ResultJson} writes a result to a {@link
 * java.io.Writer}. The core packages never see Jackson.
 */
package org.scrutineer.nominations.json;
