/**
 * belenios-tool 2.0's {@code method …} output, byte for byte: atdgen's compact JSON (no spaces),
 * fields in the order of Belenios' {@code serializable.atd}, optional fields left out when absent.
 */
package org.scrutineer.count.json.belenios;
