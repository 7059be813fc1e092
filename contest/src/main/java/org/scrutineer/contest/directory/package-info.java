/**
 * The contest directory of docs/adr/0012-contest-design.md, read and written: {@code contest.json}
 * (the steps done and the SHA-256 of every file each wrote), and a step's writes staged apart and
 * moved in only when the step succeeds ({@link org.scrutineer.contest.directory.StepWrite}), so a
 * refused or failed step leaves the directory as it was. The edge of the contest module: files and
 * JSON live here, never in the core packages.
 */
package org.scrutineer.contest.directory;
