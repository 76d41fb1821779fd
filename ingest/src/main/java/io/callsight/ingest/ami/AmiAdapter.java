package io.callsight.ingest.ami;

import io.callsight.ingest.EventSink;
import io.callsight.ingest.IngestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.asteriskjava.manager.PingThread;
import org.asteriskjava.manager.ResponseEvents;
import org.asteriskjava.manager.TimeoutException;
import org.asteriskjava.manager.action.QueueStatusAction;
import org.asteriskjava.manager.event.ConnectEvent;
import org.asteriskjava.manager.event.DisconnectEvent;
import org.asteriskjava.manager.event.ManagerEvent;
import org.asteriskjava.manager.event.QueueEntryEvent;
import org.asteriskjava.manager.event.QueueMemberEvent;
import org.asteriskjava.manager.event.QueueParamsEvent;
import org.asteriskjava.manager.response.ManagerError;
import org.asteriskjava.manager.response.ManagerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs in to the Asterisk Manager Interface with asterisk-java and writes what its events mean to
 * an {@link EventSink}, reading who is staffed now with a QueueStatus after every (re)connect.
 *
 * <p>The AMI user needs {@code read = agent,call,dialplan} in manager.conf: queue and member
 * events, channel events for holds, hang-ups and transfers, and the QUEUESTATUS variable that tells
 * a time-out from an abandon. Reconnecting is asterisk-java's job; this class reports disconnects.
 */
public final class AmiAdapter implements AutoCloseable {
  /** The manager.conf event classes the mapper reads; the rest is not sent at all. */
  static final String EVENT_CLASSES = "agent,call,dialplan";

  private static final Logger LOG = LoggerFactory.getLogger(AmiAdapter.class);
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration PING_INTERVAL = Duration.ofSeconds(20);
  // A peer that sent nothing, not even a Ping answer, for three intervals is gone: asterisk-java
  // then drops the socket and reconnects instead of waiting forever on a dead TCP connection.
  private static final Duration READ_TIMEOUT = PING_INTERVAL.multipliedBy(3);
  private static final Duration HOUSEKEEPING_INTERVAL = Duration.ofSeconds(1);

  private final AmiEndpoint endpoint;
  private final AmiEventMapper mapper;
  private final EventSink sink;
  private final IngestMetrics metrics;
  private final Consumer<String> progress;
  private final Object mapping = new Object();
  private final AtomicInteger connected = new AtomicInteger();
  private final AtomicInteger trackedCalls = new AtomicInteger();
  private final Counter disconnects;
  private final CompletableFuture<Void> stopped = new CompletableFuture<>();
  private volatile boolean closed;
  private ManagerConnection connection;
  private PingThread pingThread;
  private ScheduledExecutorService housekeeping;

  /**
   * @param progress receives one human-readable line per connect, disconnect and staffing snapshot
   */
  public AmiAdapter(
      AmiEndpoint endpoint,
      AmiEventMapper mapper,
      EventSink sink,
      IngestMetrics metrics,
      Consumer<String> progress) {
    this.endpoint = Objects.requireNonNull(endpoint);
    this.mapper = Objects.requireNonNull(mapper);
    this.sink = Objects.requireNonNull(sink);
    this.metrics = Objects.requireNonNull(metrics);
    this.progress = Objects.requireNonNull(progress);
    Gauge.builder("callsight.ingest.ami.connected", connected, AtomicInteger::get)
        .description("1 while logged in to the Asterisk Manager Interface, else 0")
        .tag("source", AmiEventMapper.SOURCE)
        .register(metrics.registry());
    Gauge.builder("callsight.ingest.ami.calls.tracked", trackedCalls, AtomicInteger::get)
        .description("Queue calls the AMI adapter is following")
        .tag("source", AmiEventMapper.SOURCE)
        .register(metrics.registry());
    this.disconnects =
        Counter.builder("callsight.ingest.ami.disconnects")
            .description("Times the AMI connection was lost (events in the gap are not replayed)")
            .tag("source", AmiEventMapper.SOURCE)
            .register(metrics.registry());
  }

  /**
   * Connects, logs in and asks for the queue status; returns once logged in.
   *
   * @throws IllegalStateException naming the AMI address and what to check when it cannot connect
   *     or log in
   */
  public void start() {
    ManagerConnection c =
        new ManagerConnectionFactory(
                endpoint.host(), endpoint.port(), endpoint.username(), endpoint.secret())
            .createManagerConnection();
    c.setSocketTimeout((int) CONNECT_TIMEOUT.toMillis());
    c.setSocketReadTimeout((int) READ_TIMEOUT.toMillis());
    c.addEventListener(this::onManagerEvent);
    connection = c;
    try {
      c.login(EVENT_CLASSES);
    } catch (AuthenticationFailedException e) {
      throw new IllegalStateException(
          "Asterisk at "
              + endpoint.address()
              + " refused the AMI login of user '"
              + endpoint.username()
              + "' ("
              + e.getMessage()
              + "): check that user's secret in manager.conf and that its permit/deny lines"
              + " allow this host",
          e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          endpoint.address()
              + " accepted the connection but did not answer as an Asterisk Manager Interface ("
              + e.getMessage()
              + "): is that the AMI port ("
              + AmiEndpoint.DEFAULT_PORT
              + " unless manager.conf says otherwise)?",
          e);
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot reach the Asterisk Manager Interface at "
              + endpoint.address()
              + " ("
              + e.getMessage()
              + "): is Asterisk running with the AMI enabled (manager.conf: enabled = yes, port,"
              + " bindaddr) and is the port open from this host?",
          e);
    }
    pingThread = new PingThread(c);
    pingThread.setInterval(PING_INTERVAL.toMillis());
    pingThread.start();
    housekeeping =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "ami-housekeeping");
              t.setDaemon(true);
              return t;
            });
    long every = HOUSEKEEPING_INTERVAL.toMillis();
    housekeeping.scheduleWithFixedDelay(this::expire, every, every, TimeUnit.MILLISECONDS);
  }

  /** Whether the adapter is logged in now (false while asterisk-java reconnects). */
  public boolean isConnected() {
    return connected.get() == 1;
  }

  /**
   * Completes when the adapter stops: normally on {@link #close()}, exceptionally when writing to
   * the sink failed (the adapter then drops further events; its owner should close it).
   */
  public CompletableFuture<Void> stopped() {
    return stopped;
  }

  private void onManagerEvent(ManagerEvent event) {
    if (closed || stopped.isDone()) {
      return;
    }
    if (event instanceof ConnectEvent connect) {
      onConnect(connect);
      return;
    }
    if (event instanceof DisconnectEvent) {
      onDisconnect();
      return;
    }
    long receivedAt =
        event.getDateReceived() == null
            ? System.currentTimeMillis()
            : event.getDateReceived().getTime();
    metrics.recordRead();
    synchronized (mapping) {
      AmiMapping out = mapper.map(event, receivedAt);
      if (out.isEmpty()) {
        metrics.recordIgnored();
      } else {
        write(out);
      }
    }
    metrics.newestEventTime(AmiFields.eventTime(event, receivedAt));
  }

  private void expire() {
    synchronized (mapping) {
      if (!closed && !stopped.isDone()) {
        write(mapper.expire(System.currentTimeMillis()));
        trackedCalls.set(mapper.trackedCalls());
      }
    }
  }

  private void write(AmiMapping out) {
    try {
      out.calls()
          .forEach(
              e -> {
                sink.call(e);
                metrics.callEventParsed();
              });
      out.agents()
          .forEach(
              e -> {
                sink.agent(e);
                metrics.agentEventParsed();
              });
      out.deadLetters()
          .forEach(
              d -> {
                sink.deadLetter(d);
                metrics.deadLettered(d.reasonCode().name());
              });
    } catch (RuntimeException e) {
      LOG.error("writing AMI events failed; the adapter stops", e);
      progress.accept("writing events failed (" + e.getMessage() + "); stopping");
      stopped.completeExceptionally(e);
    }
  }

  private void onConnect(ConnectEvent event) {
    connected.set(1);
    LOG.info("logged in to the AMI at {} ({})", endpoint.address(), event.getProtocolIdentifier());
    progress.accept(
        "connected to Asterisk at "
            + endpoint.address()
            + " ("
            + event.getProtocolIdentifier()
            + "); reading the queue status");
    try {
      // asterisk-java fires ConnectEvent inside login(): ask without waiting for the answer.
      connection.sendEventGeneratingAction(new QueueStatusAction(), this::onQueueStatus);
    } catch (IOException | IllegalStateException e) {
      LOG.warn("could not send QueueStatus to {}", endpoint.address(), e);
      progress.accept("could not ask for the queue status: " + e.getMessage());
    }
  }

  private void onQueueStatus(ResponseEvents answer) {
    ManagerResponse response = answer.getResponse();
    if (response == null) {
      progress.accept("the connection dropped before the queue status came");
    } else if (response instanceof ManagerError) {
      progress.accept(
          "Asterisk refused QueueStatus ("
              + response.getMessage()
              + "): agents' states will come only from new events");
    } else {
      long queues = answer.getEvents().stream().filter(QueueParamsEvent.class::isInstance).count();
      long members = answer.getEvents().stream().filter(QueueMemberEvent.class::isInstance).count();
      long waiting = answer.getEvents().stream().filter(QueueEntryEvent.class::isInstance).count();
      progress.accept(
          "staffing now: "
              + members
              + " queue members in "
              + queues
              + " queues, "
              + waiting
              + " calls waiting");
    }
  }

  private void onDisconnect() {
    connected.set(0);
    disconnects.increment();
    LOG.warn("lost the AMI connection to {}; asterisk-java is reconnecting", endpoint.address());
    progress.accept(
        "lost the connection to "
            + endpoint.address()
            + "; asterisk-java is reconnecting. Events raised meanwhile are lost (AMI does not"
            + " replay them); the queue status is read again on reconnect");
  }

  /** Logs off and stops; calls still in progress are left as they are. */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (housekeeping != null) {
      housekeeping.shutdownNow();
    }
    if (pingThread != null) {
      pingThread.die();
    }
    if (connection != null) {
      ManagerConnectionState state = connection.getState();
      if (state == ManagerConnectionState.CONNECTED
          || state == ManagerConnectionState.RECONNECTING) {
        try {
          connection.logoff();
        } catch (IllegalStateException e) {
          LOG.debug("the AMI connection changed state while logging off", e);
        }
      }
    }
    connected.set(0);
    stopped.complete(null);
  }
}
