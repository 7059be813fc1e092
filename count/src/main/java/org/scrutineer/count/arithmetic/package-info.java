/** Exact decimals with the number of places and rounding rule named (no binary floating point). */
package org.scrutineer.count.arithmetic;
