package org.scrutineer.store.register;

/**
 * What an import did to one kind: records added, changed (present before and after, some field
 * different), returned (withdrawn before, in the extract again), withdrawn (present before, missing
 * from the extract: kept, out of the register) and unchanged. Exclusions are only ever added or
 * unchanged.
 */
public record KindCounts(long added, long changed, long returned, long withdrawn, long unchanged) {
  public KindCounts {
    if (added < 0 || changed < 0 || returned < 0 || withdrawn < 0 || unchanged < 0) {
      throw new IllegalArgumentException("negative count: " + added + " " + changed + " " + returned + " " + withdrawn + " " + unchanged);
    }
  }

  /** Whether the import changed anything of this kind. */
  public boolean isNoOp() {
    return added == 0 && changed == 0 && returned == 0 && withdrawn == 0;
  }
}
