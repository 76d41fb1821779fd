package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.callsight.quality.rules.RuleSets;
import io.callsight.schemas.Json;
import io.callsight.schemas.Transcript;
import io.callsight.testkit.TranscriptScript;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code callsight score} in-process: the call-score JSON of a transcript file. */
class ScoreCommandTest {
  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = CallSight.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  Path write(String name, String text) throws Exception {
    Path f = dir.resolve(name);
    Files.writeString(f, text, StandardCharsets.UTF_8);
    return f;
  }

  @Test
  void printsTheCallScoreOfAChineseTranscript() throws Exception {
    Path call =
        write(
            "call-1.txt",
            """
            [0:01] agent: 您好，联通客服，工号886，请问有什么可以帮您？
            [0:05] customer: 我要投诉，你们的宽带又断了，太差了！
            [0:10] agent: 非常抱歉给您带来不便。
            [0:14] agent: 就是你那个一三九一二三四五六七八的账户吧。
            [0:20] agent: 感谢您的来电，再见。
            """);
    Run r =
        run("score", "--transcript", call.toString(), "--agent", "886", "--param", "company=联通");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode score = Json.mapper().readTree(r.out());
    assertThat(score.get("callId").asText()).isEqualTo("call-1");
    assertThat(score.get("ruleSet").asText()).isEqualTo("zh-CN-inbound");
    assertThat(score.get("ruleSetVersion").asInt())
        .isEqualTo(RuleSets.load("zh-CN-inbound").version());
    assertThat(score.get("category").asText()).isEqualTo("complaint");
    // A complaint is priority 2; the customer ending angry raises it to 1.
    assertThat(score.get("priority").asInt()).isEqualTo(1);
    assertThat(score.get("autoFail").asBoolean()).isTrue(); // the agent read the mobile number out
    assertThat(score.get("score").asDouble()).isZero();
    JsonNode greeting = verdict(score, "greeting");
    assertThat(greeting.get("verdict").asText()).isEqualTo("pass");
    assertThat(greeting.get("evidence").get("speaker").asText()).isEqualTo("agent");
    assertThat(greeting.get("evidence").get("startMs").asLong()).isEqualTo(1000);
    assertThat(greeting.get("evidence").get("text").asText()).contains("联通客服");
    JsonNode privacy = verdict(score, "privacy");
    assertThat(privacy.get("verdict").asText()).isEqualTo("fail");
    assertThat(privacy.get("evidence").get("text").asText())
        .isEqualTo("就是你那个[PHONE]的账户吧。")
        .doesNotContain("一三九");
    assertThat(verdict(score, "identity-check").get("verdict").asText())
        .isEqualTo("not_applicable");
    assertThat(score.get("sentiment").get("customer").get("end").asDouble()).isNegative();
    assertThat(score.get("sentiment").get("agent").has("overall")).isTrue();
    // The number was said in words; no turn, verdict or evidence keeps them.
    assertThat(r.out()).doesNotContain("一三九一二三四五六七八").contains("[PHONE]");
  }

  @Test
  void picksTheRuleSetByLanguageOrByName() throws Exception {
    Path call =
        write(
            "en.txt",
            "agent: Thank you for calling Example Company, agent 7, how can I help you?\n"
                + "customer: I just wanted to say the new app is great.\n"
                + "agent: Thank you, is there anything else? Thanks for calling, goodbye.\n");
    JsonNode byLanguage =
        Json.mapper().readTree(run("score", "--transcript", call.toString()).out());
    assertThat(byLanguage.get("ruleSet").asText()).isEqualTo("en-US-inbound");
    assertThat(byLanguage.get("language").asText()).isEqualTo("en-US");
    assertThat(verdict(byLanguage, "agent-id").get("verdict").asText()).isEqualTo("pass");
    assertThat(byLanguage.get("sentiment").get("customer").get("overall").asDouble()).isPositive();

    Path rules = write("mine.yaml", RULES);
    Run custom =
        run("score", "--transcript", call.toString(), "--rules", rules.toString(), "--compact");
    assertThat(custom.out().strip()).doesNotContain("\n");
    JsonNode s = Json.mapper().readTree(custom.out());
    assertThat(s.get("ruleSet").asText()).isEqualTo("mine");
    assertThat(s.get("ruleSetVersion").asInt()).isEqualTo(3);
    assertThat(s.get("verdicts")).hasSize(1);
    assertThat(s.get("score").asDouble()).isEqualTo(100.0);
  }

  static final String RULES =
      """
      ruleSet: mine
      version: 3
      language: en-US
      lineOfBusiness: feedback
      categories:
        - id: enquiry
          priority: 3
          default: true
      rules:
        - id: thanks
          weight: 1
          says: [thank you]
      """;

  @Test
  void aTransferredCallIsClosedByTheAgentWhoTakesItOver() throws Exception {
    Path call =
        write(
            "transferred.txt",
            "[0:01] agent: Thank you for calling Example Company, agent 7, how can I help you?\n"
                + "[0:05] customer: My internet keeps dropping every evening.\n"
                + "[0:10] agent: I'll transfer you to our technical support team, please hold.\n");
    JsonNode asTold = Json.mapper().readTree(run("score", "--transcript", call.toString()).out());
    assertThat(verdict(asTold, "goodbye").get("verdict").asText()).isEqualTo("fail");
    assertThat(verdict(asTold, "transfer-announce").get("verdict").asText())
        .isEqualTo("not_applicable");

    Run r = run("score", "--transcript", call.toString(), "--transferred");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode transferred = Json.mapper().readTree(r.out());
    for (String closing : new String[] {"solve-or-commit", "other-needs", "goodbye"}) {
      assertThat(verdict(transferred, closing).get("verdict").asText())
          .as(closing)
          .isEqualTo("not_applicable");
    }
    JsonNode announced = verdict(transferred, "transfer-announce");
    assertThat(announced.get("verdict").asText()).isEqualTo("pass");
    assertThat(announced.at("/evidence/startMs").asLong()).isEqualTo(10_000);
    assertThat(announced.at("/evidence/text").asText()).contains("technical support team");
  }

  @Test
  void anAddressAtTheCentresOwnDomainIsNoDisclosure() throws Exception {
    Path call =
        write(
            "mailbox.txt",
            "[0:01] agent: Thank you for calling Example Company, agent 7, how can I help you?\n"
                + "[0:05] customer: Where do I send the photos of the damage?\n"
                + "[0:10] agent: Please send them to claims@example.com and we'll take a look.\n");
    JsonNode redacted = Json.mapper().readTree(run("score", "--transcript", call.toString()).out());
    assertThat(verdict(redacted, "privacy").get("verdict").asText()).isEqualTo("fail");
    Run r = run("score", "--transcript", call.toString(), "--own-domain", "example.com");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode own = Json.mapper().readTree(r.out());
    assertThat(verdict(own, "privacy").get("verdict").asText()).isEqualTo("pass");
    assertThat(own.at("/turns/2/text").asText()).contains("claims@example.com");
    Run bad = run("score", "--transcript", call.toString(), "--own-domain", "example");
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err())
        .contains("--own-domain: 'example' is not a domain name such as example.com");
  }

  @Test
  void badInputSaysWhatIsWrong() throws Exception {
    Run missing = run("score", "--transcript", dir.resolve("none.txt").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).contains("callsight score: no such file: ");

    Path bad = write("bad.txt", "agent: hello\nthis line has no speaker\n");
    assertThat(run("score", "--transcript", bad.toString()).err())
        .contains(bad + ":2: expected '[m:ss] agent: text'");
    // An empty file is no call in which the agent said nothing.
    Path empty = write("empty.txt", "\n");
    Run none = run("score", "--transcript", empty.toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains(empty + ": no turns");

    Path rules = write("broken.yaml", RULES.replace("weight: 1", "weight: lots"));
    Path call = write("ok.txt", "agent: thank you\n");
    Run r = run("score", "--transcript", call.toString(), "--rules", rules.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains(rules + ":11:").contains("weight must be a number, got 'lots'");

    assertThat(run("score", "--transcript", call.toString(), "--rules", "fr-FR-inbound").err())
        .contains("no rule set 'fr-FR-inbound'");
    assertThat(run("score", "--transcript", call.toString(), "--param", "colour=red").err())
        .contains("has no parameter 'colour'");

    Path json = write("t.json", "{\"callId\":\"c\"}");
    assertThat(run("score", "--transcript", json.toString()).err())
        .contains(json + ": not a transcripts record: not a valid Transcript");
  }

  @Test
  void scoresATranscriptsRecordAsTheTranscriptionJobWritesIt() throws Exception {
    Transcript record =
        TranscriptScript.call("1704186000.11", "zh", 1_704_186_000_000L)
            .agent(1_000, 4_000, "您好 示例公司 工号1024 请问有什么可以帮您")
            .customer(5_000, 9_000, "我的手机号是13812345678 帮我查一下话费")
            .agent(10_000, 13_000, "感谢您的来电 再见")
            .transcript();
    Path json = write("1704186000.11.json", Json.toJson(record));
    Run r = run("score", "--transcript", json.toString(), "--compact");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode score = Json.mapper().readTree(r.out());
    assertThat(score.get("callId").asText()).isEqualTo("1704186000.11");
    assertThat(score.get("ruleSet").asText()).isEqualTo("zh-CN-inbound");
    assertThat(verdict(score, "agent-id").get("verdict").asText()).isEqualTo("pass");
    assertThat(verdict(score, "goodbye").at("/evidence/startMs").asLong()).isEqualTo(10_000);
    assertThat(r.out()).doesNotContain("13812345678");
  }

  static JsonNode verdict(JsonNode score, String rule) {
    for (JsonNode v : score.get("verdicts")) {
      if (v.get("rule").asText().equals(rule)) {
        return v;
      }
    }
    throw new AssertionError("no verdict for " + rule);
  }
}
