package io.callsight.ingest.sim;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The options of {@code callsight simulate}, validated when built; every error names the
 * command-line option to fix.
 *
 * @param profile a named centre ({@link Profiles#names()})
 * @param seed the same seed (with the same options and start) gives the same events
 * @param start simulated start for {@link Pacing#MAX}; null means now. Real time always starts now
 * @param duration stop after this much simulated time; null for no limit
 * @param events stop after this many events; null for no limit
 * @param speed real-time pacing runs this many times faster than the wall clock
 * @param bootstrapServers write canonical events to this Kafka cluster, or
 * @param queueLog append an Asterisk queue_log to this file (exactly one of the two)
 * @param callerHashKey the key caller numbers are hashed with (Kafka output; at least 16 bytes)
 * @param metricsPort where Prometheus scrapes {@code /metrics}; 0 picks a free port, -1 serves none
 * @param partitions partitions of topics that do not exist yet
 * @param arrivalScale multiplies every queue's arrival rate
 * @param staffScale multiplies every team's head count
 * @param zone the centre's time zone; null keeps the profile's
 */
public record SimulateOptions(
    String profile,
    long seed,
    Instant start,
    Duration duration,
    Long events,
    Pacing pacing,
    double speed,
    String bootstrapServers,
    Path queueLog,
    String callerHashKey,
    int metricsPort,
    int partitions,
    double arrivalScale,
    double staffScale,
    ZoneId zone) {

  public static final int DEFAULT_METRICS_PORT = 9403;

  public SimulateOptions {
    if (!Profiles.names().contains(profile)) {
      throw new IllegalArgumentException(
          "--profile must be one of " + Profiles.names() + ", was '" + profile + "'");
    }
    if (pacing == null) {
      throw new IllegalArgumentException("--pacing must be realtime or max");
    }
    if (duration != null && (duration.isNegative() || duration.isZero())) {
      throw new IllegalArgumentException("--duration must be positive, was " + duration);
    }
    if (events != null && events < 1) {
      throw new IllegalArgumentException("--events must be positive, was " + events);
    }
    if (pacing == Pacing.MAX && duration == null && events == null) {
      throw new IllegalArgumentException("--pacing max needs --duration or --events to stop");
    }
    if (!(speed > 0) || Double.isInfinite(speed)) {
      throw new IllegalArgumentException("--speed must be positive, was " + speed);
    }
    if (pacing == Pacing.MAX && speed != 1.0) {
      throw new IllegalArgumentException("--speed applies to --pacing realtime only");
    }
    if (pacing == Pacing.REALTIME && start != null) {
      throw new IllegalArgumentException(
          "--start applies to --pacing max only: real time starts now");
    }
    boolean toKafka = bootstrapServers != null && !bootstrapServers.isBlank();
    if (toKafka == (queueLog != null)) {
      throw new IllegalArgumentException(
          "give exactly one output: --bootstrap-servers (Kafka) or --queue-log (a file)");
    }
    if (toKafka
        && (callerHashKey == null || callerHashKey.getBytes(StandardCharsets.UTF_8).length < 16)) {
      throw new IllegalArgumentException(
          "--caller-hash-key of at least 16 bytes is required to write to Kafka");
    }
    if (metricsPort < -1 || metricsPort > 65535) {
      throw new IllegalArgumentException(
          "--metrics-port must be within 0..65535 (or -1 for none), was " + metricsPort);
    }
    if (partitions < 1) {
      throw new IllegalArgumentException("--partitions must be positive, was " + partitions);
    }
    requireScale(arrivalScale, "--arrival-scale");
    requireScale(staffScale, "--staff-scale");
  }

  private static void requireScale(double value, String option) {
    if (!(value >= 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(option + " must not be negative, was " + value);
    }
  }

  /** Options with the defaults: the small profile, seed 1, real time, metrics on 9403. */
  public static Builder builder() {
    return new Builder();
  }

  /** The centre to simulate: the profile with the scales and zone applied. */
  public SimulationConfig config() {
    SimulationConfig config =
        Profiles.named(profile).scaleArrivals(arrivalScale).scaleStaff(staffScale);
    return zone == null ? config : config.withZone(zone);
  }

  /** The pacer for these options, anchored now (real time) or at the start (max). */
  public Pacer pacer() {
    return pacing == Pacing.MAX
        ? Pacer.asFastAsPossible(start == null ? Instant.now() : start)
        : Pacer.realtime(speed);
  }

  public RunLimits limits() {
    return new RunLimits(duration, events == null ? Long.MAX_VALUE : events);
  }

  /** Fluent construction with defaults; {@link #build()} validates. */
  public static final class Builder {
    private String profile = "small";
    private long seed = 1;
    private Instant start;
    private Duration duration;
    private Long events;
    private Pacing pacing = Pacing.REALTIME;
    private double speed = 1.0;
    private String bootstrapServers;
    private Path queueLog;
    private String callerHashKey;
    private int metricsPort = DEFAULT_METRICS_PORT;
    private int partitions = 6;
    private double arrivalScale = 1.0;
    private double staffScale = 1.0;
    private ZoneId zone;

    private Builder() {}

    public Builder profile(String v) {
      profile = v;
      return this;
    }

    public Builder seed(long v) {
      seed = v;
      return this;
    }

    public Builder start(Instant v) {
      start = v;
      return this;
    }

    public Builder duration(Duration v) {
      duration = v;
      return this;
    }

    public Builder events(Long v) {
      events = v;
      return this;
    }

    public Builder pacing(Pacing v) {
      pacing = v;
      return this;
    }

    public Builder speed(double v) {
      speed = v;
      return this;
    }

    public Builder bootstrapServers(String v) {
      bootstrapServers = v;
      return this;
    }

    public Builder queueLog(Path v) {
      queueLog = v;
      return this;
    }

    public Builder callerHashKey(String v) {
      callerHashKey = v;
      return this;
    }

    public Builder metricsPort(int v) {
      metricsPort = v;
      return this;
    }

    public Builder partitions(int v) {
      partitions = v;
      return this;
    }

    public Builder arrivalScale(double v) {
      arrivalScale = v;
      return this;
    }

    public Builder staffScale(double v) {
      staffScale = v;
      return this;
    }

    public Builder zone(ZoneId v) {
      zone = v;
      return this;
    }

    public SimulateOptions build() {
      return new SimulateOptions(
          profile,
          seed,
          start,
          duration,
          events,
          pacing,
          speed,
          bootstrapServers,
          queueLog,
          callerHashKey,
          metricsPort,
          partitions,
          arrivalScale,
          staffScale,
          zone);
    }
  }
}
