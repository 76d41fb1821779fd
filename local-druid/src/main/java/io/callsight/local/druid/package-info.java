/**
 * Starts one service of the local Druid stack — ZooKeeper or a Druid server (the coordinator also
 * hosts the Derby metadata store, as Druid does when its metadata store type is derby) — inside the
 * isolated classloader {@code io.callsight.local.EmbeddedDruid} gives it.
 *
 * <p>Only JDK types cross the loader boundary: {@link io.callsight.local.druid.DruidLauncher} takes
 * a role and a {@code Map<String, String>} of properties and returns an {@link
 * java.lang.AutoCloseable}.
 */
package io.callsight.local.druid;
