package io.callsight.ingest.ami;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.ingest.CollectingEventSink;
import io.callsight.ingest.IngestMetrics;
import io.callsight.schemas.AgentEvent;
import io.callsight.schemas.CallEvent;
import io.callsight.schemas.CallerIds;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.DeadLetterReason;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AmiAdapterITCase {
  private static final CallerIds CALLER_IDS = CallerIds.withKey("callsight-test-key-0001");
  private static final Duration DEADLINE = Duration.ofSeconds(30);

  private final CollectingEventSink sink = new CollectingEventSink();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final IngestMetrics metrics = new IngestMetrics(registry, AmiEventMapper.SOURCE);
  private final List<String> progress = new CopyOnWriteArrayList<>();
  private ScriptedAmiPeer peer;
  private AmiAdapter adapter;

  @AfterEach
  void stop() throws Exception {
    if (adapter != null) {
      adapter.close();
    }
    if (peer != null) {
      peer.close();
    }
  }

  @Test
  void theAmiStreamOfAnAsterisk20BecomesCanonicalEvents() throws Exception {
    peer = QueueCallsFixture.startPeer();
    adapter = adapter(QueueCallsFixture.SECRET);

    adapter.start();
    awaitTrue(
        () -> deadLetters().size() == 1 && calls().size() >= QueueCallsFixture.callEventCount());

    assertThat(QueueCallsFixture.byCall(calls())).isEqualTo(QueueCallsFixture.CALLS);
    assertThat(calls())
        .filteredOn(e -> e.callId().equals("1718000000.101"))
        .extracting(CallEvent::callerId)
        .containsOnly(CALLER_IDS.hash("13800138000"));
    assertThat(agents())
        .extracting(QueueCallsFixture::describe)
        .containsExactlyElementsOf(QueueCallsFixture.AGENTS);
    DeadLetter dead = deadLetters().get(0);
    assertThat(dead.reasonCode()).isEqualTo(DeadLetterReason.INVALID);
    assertThat(dead.reason()).isEqualTo(QueueCallsFixture.DEAD_LETTER_REASON);
    assertThat(dead.location()).isEqualTo("ami://127.0.0.1:" + peer.port());
    assertThat(dead.payload()).contains("AgentCalledEvent", "1718000330.501");

    assertThat(progress)
        .contains(
            "connected to Asterisk at 127.0.0.1:"
                + peer.port()
                + " ("
                + ScriptedAmiPeer.BANNER
                + "); reading the queue status",
            "staffing now: 3 queue members in 2 queues, 1 calls waiting");
    assertThat(count("callsight.ingest.records.read")).isEqualTo(QueueCallsFixture.amiEvents());
    assertThat(countTagged("callsight.ingest.events.parsed", "kind", "call"))
        .isEqualTo(QueueCallsFixture.callEventCount());
    assertThat(countTagged("callsight.ingest.records.dead.lettered", "reason", "INVALID"))
        .isEqualTo(1);
    assertThat(registry.get("callsight.ingest.ami.connected").gauge().value()).isEqualTo(1.0);

    List<Map<String, String>> actions = peer.actions();
    assertThat(actions.get(0))
        .containsEntry("action", "Challenge")
        .containsEntry("authtype", "MD5");
    assertThat(actions.get(1))
        .containsEntry("action", "Login")
        .containsEntry("username", QueueCallsFixture.USER)
        .containsEntry("events", AmiAdapter.EVENT_CLASSES)
        .doesNotContainKey("secret");
    assertThat(actions).extracting(a -> a.get("action")).contains("QueueStatus");

    adapter.close();

    assertThat(adapter.stopped()).isCompleted();
    awaitTrue(() -> peer.actions().get(peer.actions().size() - 1).get("action").equals("Logoff"));
  }

  @Test
  void aLostConnectionIsReportedAndTheStaffingReadAgainOnceAsteriskJavaReconnects()
      throws Exception {
    peer = QueueCallsFixture.startPeer();
    adapter = adapter(QueueCallsFixture.SECRET);
    adapter.start();
    awaitTrue(() -> deadLetters().size() == 1);
    int agentEventsBefore = agents().size();

    peer.dropConnection();

    String lost = "lost the connection to 127.0.0.1:" + peer.port();
    awaitTrue(() -> progress.stream().anyMatch(line -> line.startsWith(lost)));
    awaitTrue(() -> peer.queueStatusAnswers() == 2 && adapter.isConnected());
    awaitTrue(() -> agents().size() == agentEventsBefore + 6);
    assertThat(peer.connections()).isEqualTo(2);
    assertThat(registry.get("callsight.ingest.ami.disconnects").counter().count()).isEqualTo(1.0);
    assertThat(agents().subList(agentEventsBefore, agents().size()))
        .extracting(QueueCallsFixture::describe)
        .containsExactlyElementsOf(QueueCallsFixture.AGENTS.subList(0, 6));
  }

  @Test
  void aWrongSecretIsAClearErrorNamingTheAddressAndWhatToCheck() throws Exception {
    peer = QueueCallsFixture.startPeer();
    adapter = adapter("not-the-secret");

    assertThatThrownBy(adapter::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Asterisk at 127.0.0.1:"
                + peer.port()
                + " refused the AMI login of user 'callsight' (Authentication failed): check that"
                + " user's secret in manager.conf and that its permit/deny lines allow this host");
    assertThat(adapter.isConnected()).isFalse();
  }

  @Test
  void anAddressWhereNothingListensIsAClearError() throws Exception {
    int port;
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = taken.getLocalPort();
    }
    adapter =
        new AmiAdapter(
            new AmiEndpoint("127.0.0.1", port, "callsight", "x"),
            mapper(port),
            sink,
            metrics,
            progress::add);

    assertThatThrownBy(adapter::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "cannot reach the Asterisk Manager Interface at 127.0.0.1:" + port + " (")
        .hasMessageEndingWith(
            "is Asterisk running with the AMI enabled (manager.conf: enabled = yes, port,"
                + " bindaddr) and is the port open from this host?");
  }

  private AmiAdapter adapter(String secret) {
    AmiEndpoint endpoint =
        new AmiEndpoint("127.0.0.1", peer.port(), QueueCallsFixture.USER, secret);
    return new AmiAdapter(endpoint, mapper(peer.port()), sink, metrics, progress::add);
  }

  private static AmiEventMapper mapper(int port) {
    return new AmiEventMapper(
        CALLER_IDS, "ami://127.0.0.1:" + port, Duration.ofHours(4), Duration.ofSeconds(10));
  }

  private List<CallEvent> calls() {
    synchronized (sink) {
      return List.copyOf(sink.calls);
    }
  }

  private List<AgentEvent> agents() {
    synchronized (sink) {
      return List.copyOf(sink.agents);
    }
  }

  private List<DeadLetter> deadLetters() {
    synchronized (sink) {
      return List.copyOf(sink.deadLetters);
    }
  }

  private int count(String name) {
    return (int) registry.get(name).counter().count();
  }

  private int countTagged(String name, String tag, String value) {
    return (int) registry.get(name).tag(tag, value).counter().count();
  }

  private static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + DEADLINE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("condition not met within " + DEADLINE);
      }
      Thread.sleep(20);
    }
  }
}
