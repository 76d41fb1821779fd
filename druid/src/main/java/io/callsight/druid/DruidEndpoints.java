package io.callsight.druid;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a Druid cluster answers: SQL on a router or broker, supervisors on the overlord (or on a
 * router whose management proxy is on). A router alone serves both.
 */
public record DruidEndpoints(URI sql, URI overlord) {
  public DruidEndpoints {
    sql = base(sql);
    overlord = base(overlord);
  }

  /** One router for everything (its management proxy on), as the local stack runs it. */
  public static DruidEndpoints router(String url) {
    URI uri = parse(url);
    return new DruidEndpoints(uri, uri);
  }

  /** SQL on {@code sqlUrl} (router or broker), supervisors on {@code overlordUrl}. */
  public static DruidEndpoints of(String sqlUrl, String overlordUrl) {
    return new DruidEndpoints(parse(sqlUrl), parse(overlordUrl));
  }

  private static URI parse(String url) {
    try {
      return new URI(url);
    } catch (URISyntaxException | NullPointerException e) {
      throw new IllegalArgumentException(
          "a Druid URL looks like http://localhost:8888, not \"" + url + "\"");
    }
  }

  private static URI base(URI uri) {
    if (uri == null
        || uri.getHost() == null
        || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new IllegalArgumentException(
          "a Druid URL looks like http://localhost:8888, not \"" + uri + "\"");
    }
    String text = uri.toString();
    return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
  }

  URI sqlPath(String path) {
    return URI.create(sql + path);
  }

  URI overlordPath(String path) {
    return URI.create(overlord + path);
  }
}
