package io.callsight.ingest.ami;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A scripted Asterisk Manager Interface on a real loopback socket that speaks AMI as Asterisk 20
 * does: banner, MD5 challenge login, CoreSettings, QueueStatus as an event list, Ping and Logoff.
 * After the first QueueStatus of its life it plays a fixed list of event packets.
 */
final class ScriptedAmiPeer implements AutoCloseable {
  /** The banner of Asterisk 20 (AMI 9.0). */
  static final String BANNER = "Asterisk Call Manager/9.0.0";

  private final ServerSocket server;
  private final String username;
  private final String secret;
  private final List<String> queueStatus;
  private final List<String> events;
  private final List<Map<String, String>> actions = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final AtomicInteger queueStatusAnswers = new AtomicInteger();
  private final Thread acceptor;
  private volatile Socket client;
  private volatile boolean closed;

  private ScriptedAmiPeer(
      ServerSocket server,
      String username,
      String secret,
      List<String> queueStatus,
      List<String> events) {
    this.server = server;
    this.username = username;
    this.secret = secret;
    this.queueStatus = queueStatus;
    this.events = events;
    this.acceptor = new Thread(this::acceptClients, "scripted-ami-peer");
    acceptor.setDaemon(true);
  }

  /**
   * Listens on a free loopback port.
   *
   * @param queueStatus the QueueParams, QueueMember and QueueEntry packets of a QueueStatus answer
   * @param events the event packets to play once the first QueueStatus was answered
   */
  static ScriptedAmiPeer start(
      String username, String secret, List<String> queueStatus, List<String> events)
      throws IOException {
    ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    ScriptedAmiPeer peer = new ScriptedAmiPeer(server, username, secret, queueStatus, events);
    peer.acceptor.start();
    return peer;
  }

  int port() {
    return server.getLocalPort();
  }

  /** Every action received, in order, with lower-case header names. */
  List<Map<String, String>> actions() {
    return List.copyOf(actions);
  }

  int connections() {
    return connections.get();
  }

  int queueStatusAnswers() {
    return queueStatusAnswers.get();
  }

  /** Drops the client's connection, as an Asterisk restart or a network cut would. */
  void dropConnection() throws IOException {
    Socket current = client;
    if (current != null) {
      current.close();
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    dropConnection();
  }

  private void acceptClients() {
    while (!closed) {
      try (Socket socket = server.accept()) {
        client = socket;
        connections.incrementAndGet();
        serve(socket);
      } catch (SocketException e) {
        // The server or the client socket was closed: accept the next client or stop.
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private void serve(Socket socket) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), UTF_8));
    Writer out = new BufferedWriter(new OutputStreamWriter(socket.getOutputStream(), UTF_8));
    out.write(BANNER + "\r\n");
    out.flush();
    String challenge = null;
    Map<String, String> action;
    while ((action = readPacket(in)) != null) {
      actions.add(action);
      String id = action.getOrDefault("actionid", "");
      switch (action.getOrDefault("action", "").toLowerCase(Locale.ROOT)) {
        case "challenge" -> {
          challenge = String.valueOf(ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999));
          send(out, "Response: Success", "ActionID: " + id, "Challenge: " + challenge);
        }
        case "login" -> {
          if (!username.equals(action.get("username"))
              || challenge == null
              || !md5(challenge + secret).equals(action.get("key"))) {
            send(out, "Response: Error", "ActionID: " + id, "Message: Authentication failed");
            return;
          }
          send(out, "Response: Success", "ActionID: " + id, "Message: Authentication accepted");
          send(
              out,
              "Event: FullyBooted",
              "Privilege: system,all",
              "Uptime: 86400",
              "LastReload: 3600",
              "Status: Fully Booted");
        }
        case "coresettings" ->
            send(
                out,
                "Response: Success",
                "ActionID: " + id,
                "AMIversion: 9.0.0",
                "AsteriskVersion: 20.5.2",
                "SystemName: ",
                "CoreMaxCalls: 0",
                "CoreMaxLoadAvg: 0.000000",
                "CoreRunUser: asterisk",
                "CoreRunGroup: asterisk",
                "CoreMaxFilehandles: 0",
                "CoreRealTimeEnabled: No",
                "CoreCDRenabled: Yes",
                "CoreHTTPenabled: No");
        case "queuestatus" -> answerQueueStatus(out, id);
        case "ping" ->
            send(
                out,
                "Response: Success",
                "ActionID: " + id,
                "Ping: Pong",
                "Timestamp: " + System.currentTimeMillis() / 1000.0);
        case "logoff" -> {
          send(out, "Response: Goodbye", "ActionID: " + id, "Message: Thanks for all the fish.");
          return;
        }
        default ->
            send(out, "Response: Error", "ActionID: " + id, "Message: Invalid/unknown command");
      }
    }
  }

  private void answerQueueStatus(Writer out, String id) throws IOException {
    send(
        out,
        "Response: Success",
        "ActionID: " + id,
        "EventList: start",
        "Message: Queue status will follow");
    for (String packet : queueStatus) {
      send(out, packet, "ActionID: " + id);
    }
    send(
        out,
        "Event: QueueStatusComplete",
        "ActionID: " + id,
        "EventList: Complete",
        "ListItems: " + queueStatus.size());
    if (queueStatusAnswers.getAndIncrement() == 0) {
      for (String packet : events) {
        send(out, packet);
      }
    }
  }

  private static void send(Writer out, String... lines) throws IOException {
    for (String line : lines) {
      out.write(line.replace("\n", "\r\n"));
      out.write("\r\n");
    }
    out.write("\r\n");
    out.flush();
  }

  /** One action: {@code Key: value} lines up to a blank line; null at the end of the stream. */
  private static Map<String, String> readPacket(BufferedReader in) throws IOException {
    Map<String, String> packet = new LinkedHashMap<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.isEmpty()) {
        if (!packet.isEmpty()) {
          return packet;
        }
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        packet.put(
            line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return null;
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The packets of a fixture file: blocks separated by blank lines; {@code #} lines are notes. */
  static List<String> packets(String resource) throws IOException {
    var stream = ScriptedAmiPeer.class.getResourceAsStream(resource);
    if (stream == null) {
      throw new IllegalStateException("test resource missing: " + resource);
    }
    List<String> packets = new ArrayList<>();
    StringBuilder packet = new StringBuilder();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.startsWith("#")) {
          continue;
        }
        if (line.isBlank()) {
          if (packet.length() > 0) {
            packets.add(packet.toString());
            packet.setLength(0);
          }
          continue;
        }
        packet.append(packet.length() == 0 ? "" : "\n").append(line);
      }
    }
    if (packet.length() > 0) {
      packets.add(packet.toString());
    }
    return packets;
  }
}
