package io.callsight.ingest.ami;

import java.util.Objects;

/** Where and as which manager.conf user to log in to the Asterisk Manager Interface. */
public record AmiEndpoint(String host, int port, String username, String secret) {
  /** The AMI port Asterisk listens on unless manager.conf says otherwise. */
  public static final int DEFAULT_PORT = 5038;

  public AmiEndpoint {
    if (host == null || host.isBlank()) {
      throw new IllegalArgumentException("the Asterisk host is required");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("the AMI port must be 1-65535, was " + port);
    }
    if (username == null || username.isBlank()) {
      throw new IllegalArgumentException("the AMI username (a [user] in manager.conf) is required");
    }
    Objects.requireNonNull(secret, "the AMI secret is required");
  }

  /** {@code host:port}, as people name an AMI in messages. */
  public String address() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  /** Names the endpoint without its secret, so logging it is safe. */
  @Override
  public String toString() {
    return "AmiEndpoint[" + username + "@" + address() + "]";
  }
}
