package io.callsight.local;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ForkJoinWorkerThread;

/**
 * Ends the threads a stopped service left behind, so that neither they nor its classloader outlive
 * it. Druid 33's lifecycle leaves about twenty idle executor threads per cluster (view callbacks,
 * service clients, monitor schedulers), found by their context loader, which threads inherit; and a
 * {@link java.lang.ref.Cleaner} thread per buffer pool whose pending actions hold the loader. Needs
 * the {@code java.lang}, {@code java.util.concurrent} and {@code jdk.internal.ref} packages opened
 * (see {@link DruidJvmFlags}).
 */
final class ServiceThreads {
  private ServiceThreads() {}

  /** Ends every thread started under {@code loader}; returns those still alive after wait. */
  static List<Thread> end(ClassLoader loader, Duration wait) throws InterruptedException {
    List<Thread> ending = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t == Thread.currentThread()) {
        continue;
      }
      Object target = field(t, Thread.class, "target");
      if (t.getContextClassLoader() == loader) {
        ending.add(t);
        stop(t, target);
      } else if (target != null
          && target.getClass().getName().equals("jdk.internal.ref.CleanerImpl")
          && releaseCleaner(target, loader)) {
        ending.add(t);
        t.interrupt();
      }
    }
    long deadline = System.nanoTime() + wait.toNanos();
    List<Thread> survivors = new ArrayList<>();
    for (Thread t : ending) {
      t.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
      if (t.isAlive()) {
        survivors.add(t);
      }
    }
    return survivors;
  }

  private static void stop(Thread t, Object target) {
    if (t instanceof ForkJoinWorkerThread worker) {
      worker.getPool().shutdownNow();
    } else if (target != null
        && target.getClass().getName().equals("java.util.concurrent.ThreadPoolExecutor$Worker")
        && field(target, target.getClass(), "this$0") instanceof ExecutorService pool) {
      pool.shutdownNow();
    } else {
      t.interrupt();
    }
  }

  /**
   * Unregisters, without running them, the pending actions of a Cleaner whose actions come from
   * {@code loader}; with none left its thread ends. Returns whether it was such a Cleaner.
   */
  private static boolean releaseCleaner(Object cleaner, ClassLoader loader) {
    Object head = field(cleaner, cleaner.getClass(), "phantomCleanableList");
    if (head == null) {
      return false;
    }
    Class<?> cleanable = head.getClass().getSuperclass();
    List<Object> registered = new ArrayList<>();
    boolean ours = false;
    synchronized (head) {
      for (Object n = field(head, cleanable, "next");
          n != null && n != head;
          n = field(n, cleanable, "next")) {
        registered.add(n);
        Object action = field(n, n.getClass(), "action");
        ours |= action != null && action.getClass().getClassLoader() == loader;
      }
    }
    if (ours) {
      try {
        // PhantomCleanable.remove() unlinks it without running its action.
        Method remove = cleanable.getDeclaredMethod("remove");
        remove.setAccessible(true);
        for (Object n : registered) {
          remove.invoke(n);
        }
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
    }
    return ours;
  }

  /** A private field's value, or null if there is none or it is not opened to us. */
  private static Object field(Object o, Class<?> declaring, String name) {
    try {
      Field f = declaring.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(o);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
