package io.callsight.ingest.sim;

/**
 * A first-in first-out line that members can also leave from the middle in O(1): the calls waiting
 * in a queue, the idle agents of a queue (longest idle first). Each member brings its own {@link
 * Place}, so joining allocates nothing.
 */
final class Line<T> {
  /** A member's place in at most one line at a time. */
  static final class Place<T> {
    final T member;
    private Line<T> line;
    private Place<T> previous;
    private Place<T> next;

    Place(T member) {
      this.member = member;
    }

    boolean isInLine() {
      return line != null;
    }

    /** Leaves whatever line this place is in, if any. */
    void leaveLine() {
      if (isInLine()) {
        line.remove(this);
      }
    }
  }

  private Place<T> head;
  private Place<T> tail;
  private int size;

  void addLast(Place<T> p) {
    insertBefore(p, null);
  }

  /** Puts {@code p} just before {@code successor}, or last when the successor is null. */
  void insertBefore(Place<T> p, Place<T> successor) {
    if (p.line != null) {
      throw new IllegalStateException("already in a line");
    }
    Place<T> predecessor = successor == null ? tail : successor.previous;
    p.previous = predecessor;
    p.next = successor;
    if (predecessor == null) {
      head = p;
    } else {
      predecessor.next = p;
    }
    if (successor == null) {
      tail = p;
    } else {
      successor.previous = p;
    }
    p.line = this;
    size++;
  }

  void remove(Place<T> p) {
    if (p.line != this) {
      throw new IllegalStateException("not in this line");
    }
    if (p.previous == null) {
      head = p.next;
    } else {
      p.previous.next = p.next;
    }
    if (p.next == null) {
      tail = p.previous;
    } else {
      p.next.previous = p.previous;
    }
    p.previous = null;
    p.next = null;
    p.line = null;
    size--;
  }

  /** The member at the front, or null when the line is empty. */
  T first() {
    return head == null ? null : head.member;
  }

  Place<T> firstPlace() {
    return head;
  }

  static <T> Place<T> next(Place<T> p) {
    return p.next;
  }

  /** How many members are ahead of {@code p} (walks the line: use when someone leaves). */
  int ahead(Place<T> p) {
    int n = 0;
    for (Place<T> q = p.previous; q != null; q = q.previous) {
      n++;
    }
    return n;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
