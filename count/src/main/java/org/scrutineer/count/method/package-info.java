/** The counting methods; each sub-package holds one family (irv, stv, schulze, mj, plurality). */
package org.scrutineer.count.method;
