package io.callsight.local.druid;

import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;

/** Lets go of what a service registered in JVM-wide places, so its classloader can be freed. */
final class ClassLoaderResources {
  private ClassLoaderResources() {}

  static void release() {
    ClassLoader mine = ClassLoaderResources.class.getClassLoader();
    for (Driver driver : Collections.list(DriverManager.getDrivers())) {
      if (driver.getClass().getClassLoader() != mine) {
        continue;
      }
      if (isDerbyEngine(driver)) {
        shutDownDerby();
      }
      try {
        DriverManager.deregisterDriver(driver);
      } catch (SQLException e) {
        // Not registered any more: nothing to release.
      }
    }
  }

  private static boolean isDerbyEngine(Driver driver) {
    try {
      return driver.getClass().getName().startsWith("org.apache.derby.")
          && driver.acceptsURL("jdbc:derby:;shutdown=true");
    } catch (SQLException e) {
      return false;
    }
  }

  /**
   * Druid stops Derby's network server but not its embedded engine, whose daemon threads would keep
   * running.
   */
  private static void shutDownDerby() {
    try {
      DriverManager.getConnection("jdbc:derby:;shutdown=true").close();
    } catch (SQLException expected) {
      // XJ015 is Derby's way of saying the engine shut down; anything else means it was not up.
    }
  }
}
