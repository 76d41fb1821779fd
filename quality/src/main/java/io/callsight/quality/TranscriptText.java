package io.callsight.quality;

import io.callsight.quality.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the plain-text transcript people write and read: one turn per line, {@code [m:ss] agent:
 * text} or {@code [m:ss] customer: text} (also 座席/客服 and 客户/顾客, full-width colons, {@code
 * [h:mm:ss]}, tenths of seconds). Times are optional: a turn without one starts after the previous
 * turn, lasting as long as its text takes to say (about four Chinese characters or 2.5 English
 * words a second). Blank lines and lines starting with # are skipped.
 */
public final class TranscriptText {
  private static final Pattern LINE =
      Pattern.compile(
          "^\\s*(?:\\[(?:(\\d+):)?(\\d{1,2}):(\\d{2})(?:\\.(\\d{1,3}))?]\\s*)?"
              + "([A-Za-z\\u4e00-\\u9fff]+)\\s*[:：]\\s*(.*)$");
  private static final long GAP_MS = 300;

  private TranscriptText() {}

  /** The turns of a transcript; {@code source} names it in errors. */
  public static List<Turn> parse(String text, Language language, String source) {
    List<Turn> turns = new ArrayList<>();
    String[] lines = text.split("\r?\n", -1);
    long lastStart = -1;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            source
                + ":"
                + (i + 1)
                + ": expected '[m:ss] agent: text' or 'customer: text', got '"
                + abbreviate(line)
                + "'");
      }
      Speaker speaker = speaker(m.group(5), source, i + 1);
      String said = m.group(6).strip();
      long start;
      if (m.group(3) != null) {
        long h = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        long mm = Long.parseLong(m.group(2));
        long ss = Long.parseLong(m.group(3));
        String frac = m.group(4) == null ? "0" : (m.group(4) + "00").substring(0, 3);
        if (ss >= 60 || (m.group(1) != null && mm >= 60)) {
          throw new IllegalArgumentException(
              source + ":" + (i + 1) + ": bad time in '" + abbreviate(line) + "'");
        }
        start = ((h * 60 + mm) * 60 + ss) * 1000 + Long.parseLong(frac);
        if (start < lastStart) {
          throw new IllegalArgumentException(
              source + ":" + (i + 1) + ": time goes backwards (turns must be in time order)");
        }
      } else {
        start = turns.isEmpty() ? 0 : turns.get(turns.size() - 1).endMs() + GAP_MS;
      }
      if (!turns.isEmpty()) {
        Turn prev = turns.get(turns.size() - 1);
        if (prev.endMs() > start) {
          // A timed turn cuts the estimated end of the one before it.
          turns.set(
              turns.size() - 1,
              new Turn(
                  prev.speaker(), prev.startMs(), Math.max(prev.startMs(), start), prev.text()));
        }
      }
      turns.add(new Turn(speaker, start, start + speakingMs(said, language), said));
      lastStart = start;
    }
    if (turns.isEmpty()) {
      // Scored, a file with no turns would be a call in which the agent said nothing.
      throw new IllegalArgumentException(
          source
              + ": no turns: expected one line per turn, '[m:ss] agent: text' or 'customer: text'");
    }
    return turns;
  }

  /** How long a text takes to say. */
  static long speakingMs(String text, Language language) {
    if (language == Language.ZH_CN) {
      long chars = text.codePoints().filter(Character::isLetterOrDigit).count();
      return Math.max(500, chars * 250);
    }
    long words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
    return Math.max(500, words * 400);
  }

  private static Speaker speaker(String label, String source, int line) {
    return switch (label.toLowerCase(Locale.ROOT)) {
      case "agent", "a", "座席", "坐席", "客服", "话务员" -> Speaker.AGENT;
      case "customer", "c", "caller", "客户", "顾客", "用户", "来电人" -> Speaker.CUSTOMER;
      case "unknown", "speaker" -> Speaker.UNKNOWN;
      default ->
          throw new IllegalArgumentException(
              source
                  + ":"
                  + line
                  + ": unknown speaker '"
                  + label
                  + "': expected agent, customer or unknown");
    };
  }

  private static String abbreviate(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** The language a transcript is most likely in: Chinese if it has Han characters. */
  public static Language guessLanguage(String text) {
    return text.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        ? Language.ZH_CN
        : Language.EN_US;
  }
}
