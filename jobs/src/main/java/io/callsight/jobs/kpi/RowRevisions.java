package io.callsight.jobs.kpi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which interval rows went out under which revision, and which changed since: a row is due when its
 * interval closed and it was never emitted or changed after it was.
 */
public final class RowRevisions {
  public Map<Long, Integer> emitted = new HashMap<>();
  public Set<Long> changed = new HashSet<>();

  public RowRevisions() {}

  public void markChanged(long intervalStart) {
    changed.add(intervalStart);
  }

  /** The revision the row should go out with now, or -1 when it is not due. */
  public int due(long intervalStart) {
    Integer last = emitted.get(intervalStart);
    if (last == null) {
      return 0;
    }
    return changed.contains(intervalStart) ? last + 1 : -1;
  }

  public void markEmitted(long intervalStart, int revision) {
    emitted.put(intervalStart, revision);
    changed.remove(intervalStart);
  }

  public boolean wasEmitted(long intervalStart) {
    return emitted.containsKey(intervalStart);
  }

  public void forget(long intervalStart) {
    emitted.remove(intervalStart);
    changed.remove(intervalStart);
  }
}
