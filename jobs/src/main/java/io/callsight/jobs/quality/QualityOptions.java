package io.callsight.jobs.quality;

import io.callsight.common.Option;
import io.callsight.common.Options;
import io.callsight.jobs.kpi.KpiOptions;
import io.callsight.quality.redact.Redactor;
import io.callsight.quality.scorecard.AgentScorecard;
import io.callsight.quality.scorecard.Measure;
import io.callsight.quality.scorecard.Target;
import java.io.Serializable;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * Everything the quality job can be told, typed and checked once at start-up: Kafka and Flink as
 * for the KPI job, the rule set per language, and how long a transcript and a call's events wait
 * for each other.
 *
 * @param rulesZh the rule set for Chinese calls (a shipped name or a YAML file)
 * @param rulesEn the rule set for English calls
 * @param sentimentModelZh a trained sentiment model for Chinese turns, or "" for the lexicon
 * @param sentimentModelEn a trained sentiment model for English turns, or "" for the lexicon
 * @param waitForCall a transcript waits this long for its call's wrap-up before it is scored with
 *     what is known
 * @param callTtl a call's events wait this long for its transcript, then are dropped
 * @param negativeCustomer a customer ending at or below minus this sentiment raises an alert
 * @param zone the centre's time zone, whose days the agent scorecard counts
 * @param scorecardTargets the scorecard's target per measure code, "worst,best,weight"
 * @param ownDomains the centre's own e-mail domains, whose addresses are not redacted
 */
public record QualityOptions(
    String bootstrapServers,
    String groupId,
    int parallelism,
    Duration checkpointInterval,
    String checkpointDir,
    String rulesZh,
    String rulesEn,
    String sentimentModelZh,
    String sentimentModelEn,
    Duration waitForCall,
    Duration callTtl,
    double negativeCustomer,
    ZoneId zone,
    Map<String, String> scorecardTargets,
    List<String> ownDomains)
    implements Serializable {

  /** Keys {@code quality.scorecard.MEASURE} set a measure's target: "worst,best,weight". */
  public static final String TARGET_PREFIX = "quality.scorecard.";

  /**
   * Also the transcription job's. Unlike the KPI job's pipeline of light stages, each busy operator
   * of these jobs (scoring, recognition) uses about a core.
   */
  public static final Option<Integer> PARALLELISM =
      Option.integer("flink.parallelism", 2, 1, "Parallel instances of each operator");

  public static final Option<String> GROUP =
      Option.text("kafka.group-id", "callsight-quality", "Kafka consumer group of the quality job");
  public static final Option<String> RULES_ZH =
      Option.text(
          "quality.rules.zh",
          "zh-CN-inbound",
          "Rule set for Chinese calls: a shipped name (zh-CN-inbound, zh-CN-outbound) or a YAML file");
  public static final Option<String> RULES_EN =
      Option.text(
          "quality.rules.en",
          "en-US-inbound",
          "Rule set for English calls: a shipped name (en-US-inbound) or a YAML file");
  public static final Option<String> SENTIMENT_MODEL_ZH =
      Option.text(
          "quality.sentiment-model.zh",
          "",
          "A sentiment model for Chinese turns (callsight sentiment train); empty: the shipped"
              + " lexicon");
  public static final Option<String> SENTIMENT_MODEL_EN =
      Option.text(
          "quality.sentiment-model.en",
          "",
          "A sentiment model for English turns (callsight sentiment train); empty: the shipped"
              + " lexicon");
  public static final Option<Duration> WAIT_FOR_CALL =
      Option.duration(
          "quality.wait-for-call",
          Duration.ofMinutes(5),
          "How long a transcript waits for its call's wrap-up (agent, queue, holds, disposition)"
              + " before it is scored with what is known");
  public static final Option<Duration> CALL_TTL =
      Option.duration(
          "quality.call-ttl",
          Duration.ofHours(2),
          "How long a call's events wait for its transcript before they are dropped");
  public static final Option<Double> NEGATIVE_CUSTOMER =
      Option.fraction(
          "quality.negative-customer",
          0.3,
          "A call whose customer ends at or below minus this sentiment raises an alert");

  /** Also the transcription job's: both redact, and must agree on what. */
  public static final Option<String> OWN_DOMAINS =
      Option.text(
          "redaction.own-domains",
          "",
          "The centre's own e-mail domains, comma-separated (example.com): addresses at them, as"
              + " agents give them (claims@example.com), are not redacted and disclose nothing");

  /** The centre's own e-mail domains of {@link #OWN_DOMAINS}, checked. */
  public static List<String> ownDomains(Map<String, String> values, String origin) {
    return List.copyOf(
        Redactor.ownDomains(OWN_DOMAINS.from(values, origin), origin + ": " + OWN_DOMAINS.key()));
  }

  /** Every option: the shared Kafka and Flink ones and the job's own. */
  public static final List<Option<?>> ALL =
      List.of(
          KpiOptions.BOOTSTRAP,
          GROUP,
          PARALLELISM,
          KpiOptions.CHECKPOINT,
          KpiOptions.CHECKPOINT_DIR,
          RULES_ZH,
          RULES_EN,
          SENTIMENT_MODEL_ZH,
          SENTIMENT_MODEL_EN,
          WAIT_FOR_CALL,
          CALL_TTL,
          NEGATIVE_CUSTOMER,
          KpiOptions.ZONE,
          OWN_DOMAINS);

  /** Reads the options; {@code origin} names where they came from in every error. */
  public static QualityOptions from(Map<String, String> values, String origin) {
    Options.requireKnown(values, ALL, k -> k.startsWith(TARGET_PREFIX), origin);
    Map<String, String> targets = new java.util.TreeMap<>();
    for (Measure m : Measure.values()) {
      Target t = AgentScorecard.DEFAULT_TARGETS.get(m);
      targets.put(m.code(), t.worst() + "," + t.best() + "," + t.weight());
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey().startsWith(TARGET_PREFIX)) {
        String code = e.getKey().substring(TARGET_PREFIX.length());
        if (!targets.containsKey(code)) {
          throw new IllegalArgumentException(
              origin
                  + ": "
                  + e.getKey()
                  + ": no scorecard measure '"
                  + code
                  + "'; measures: "
                  + targets.keySet());
        }
        parseTarget(e.getValue(), origin + ": " + e.getKey());
        targets.put(code, e.getValue());
      }
    }
    Duration checkpoint = KpiOptions.checkpointInterval(values, origin);
    Duration ttl = CALL_TTL.from(values, origin);
    Duration wait = WAIT_FOR_CALL.from(values, origin);
    if (ttl.compareTo(wait) < 0) {
      throw new IllegalArgumentException(
          origin
              + ": "
              + CALL_TTL.key()
              + " ("
              + ttl
              + ") must be at least "
              + WAIT_FOR_CALL.key()
              + " ("
              + wait
              + ")");
    }
    return new QualityOptions(
        KpiOptions.BOOTSTRAP.from(values, origin),
        GROUP.from(values, origin),
        PARALLELISM.from(values, origin),
        checkpoint,
        KpiOptions.CHECKPOINT_DIR.from(values, origin),
        RULES_ZH.from(values, origin),
        RULES_EN.from(values, origin),
        SENTIMENT_MODEL_ZH.from(values, origin),
        SENTIMENT_MODEL_EN.from(values, origin),
        wait,
        ttl,
        NEGATIVE_CUSTOMER.from(values, origin),
        KpiOptions.ZONE.from(values, origin),
        targets,
        ownDomains(values, origin));
  }

  /** The agent scorecard with the configured targets. */
  public AgentScorecard scorecard() {
    Map<Measure, Target> targets = new java.util.EnumMap<>(Measure.class);
    for (Measure m : Measure.values()) {
      targets.put(m, parseTarget(scorecardTargets.get(m.code()), TARGET_PREFIX + m.code()));
    }
    return new AgentScorecard(targets);
  }

  private static Target parseTarget(String text, String where) {
    String[] parts = text.split(",");
    try {
      if (parts.length != 3) {
        throw new IllegalArgumentException("expected worst,best,weight");
      }
      return new Target(
          Double.parseDouble(parts[0].trim()),
          Double.parseDouble(parts[1].trim()),
          Double.parseDouble(parts[2].trim()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          where
              + ": '"
              + text
              + "' is not a target (worst,best,weight, e.g. 80,95,25): "
              + e.getMessage());
    }
  }
}
