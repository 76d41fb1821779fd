package io.callsight.local;

import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One service of the local Druid stack in a classloader of its own (parent: the platform loader, so
 * nothing of this JVM's classpath is visible to it). Only JDK types cross: a role, a map of
 * properties, and the {@link AutoCloseable} that stops it.
 */
final class IsolatedService implements AutoCloseable {
  private static final String LAUNCHER = "io.callsight.local.druid.DruidLauncher";
  private static final Duration THREAD_END_TIMEOUT = Duration.ofSeconds(5);

  private final String role;
  private final URLClassLoader loader;
  private final AutoCloseable service;

  private IsolatedService(String role, URLClassLoader loader, AutoCloseable service) {
    this.role = role;
    this.loader = loader;
    this.service = service;
  }

  /** Starts {@code role} with {@code properties} in a fresh loader over {@code classpath}. */
  static IsolatedService start(String role, List<URL> classpath, Map<String, String> properties)
      throws Exception {
    URLClassLoader loader =
        new URLClassLoader(
            "druid-" + role, classpath.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    try {
      AutoCloseable service =
          inside(
              loader,
              () ->
                  (AutoCloseable)
                      Class.forName(LAUNCHER, true, loader)
                          .getMethod("start", String.class, Map.class)
                          .invoke(null, role, Map.copyOf(properties)));
      return new IsolatedService(role, loader, service);
    } catch (Exception | Error e) {
      loader.close();
      throw e;
    }
  }

  String role() {
    return role;
  }

  /** Stops the service, ends the threads it left behind and closes its classloader. */
  @Override
  public void close() throws Exception {
    try {
      inside(
          loader,
          () -> {
            service.close();
            return null;
          });
    } finally {
      List<Thread> survivors = ServiceThreads.end(loader, THREAD_END_TIMEOUT);
      loader.close();
      if (!survivors.isEmpty()) {
        throw new IllegalStateException(
            "threads of the " + role + " still run after it stopped: " + survivors);
      }
    }
  }

  /** Runs {@code action} with {@code loader} as context loader, which threads it starts inherit. */
  private static <T> T inside(ClassLoader loader, Action<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      return action.run();
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private interface Action<T> {
    T run() throws Exception;
  }
}
