/** The rule options real counting rules differ on (docs/counting.md), each with its default. */
package org.scrutineer.count.rules;
