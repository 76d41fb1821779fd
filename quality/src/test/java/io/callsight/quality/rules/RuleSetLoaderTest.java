package io.callsight.quality.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callsight.quality.text.Language;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleSetLoaderTest {
  static final String HEAD =
      """
      ruleSet: test
      version: 2
      language: zh-CN
      lineOfBusiness: inbound
      parameters:
        company: 示例公司
      topics:
        sensitive: [密码]
      categories:
        - id: complaint
          priority: 2
          phrases: [投诉]
        - id: enquiry
          priority: 3
          default: true
      rules:
      """;

  static RuleSet parse(String rules) {
    return RuleSetLoader.parse(HEAD + rules, "test.yaml");
  }

  static RuleSetException error(String rules) {
    try {
      parse(rules);
    } catch (RuleSetException e) {
      return e;
    }
    throw new AssertionError("no error");
  }

  @Test
  void everyShippedRuleSetLoads() {
    for (String name : RuleSets.BUILT_IN) {
      RuleSet rs = RuleSets.builtIn(name);
      assertThat(rs.id()).isEqualTo(name);
      assertThat(rs.version()).isPositive();
      assertThat(rs.rules()).hasSizeGreaterThan(10);
      assertThat(rs.parameters()).containsKeys("company", "agentId", "jargon");
    }
    assertThat(RuleSets.builtIn("en-US-inbound").language()).isEqualTo(Language.EN_US);
  }

  @Test
  void readsEveryKindOfRule() {
    RuleSet rs =
        parse(
            """
              - id: greet
                weight: 5
                speaker: agent
                window: {first: 10}
                says: [[您好], ["{company}"]]
              - id: check
                weight: 10
                critical: true
                when: {topic: sensitive}
                before: {topic: sensitive}
                says: [核实身份]
              - id: rude
                weight: 3
                mustNotSay: [不归我管]
              - id: ring
                weight: 2
                fact: ringSeconds
                atMost: 15
              - id: order
                weight: 1
                when: {category: complaint}
                order: [greet, check]
              - id: privacy
                weight: 4
                mustNotDisclose: [phone, email]
              - id: restate
                weight: 3
                unless: {topic: sensitive}
                says: [您是说]
              - id: bye
                weight: 2
                when: {transferred: false}
                says: [再见]
            """);
    assertThat(rs.rules()).hasSize(8);
    assertThat(rs.rules().get(6).info().when().unlessTopics()).containsExactly("sensitive");
    assertThat(rs.rules().get(0).info().when().unlessTopics()).isEmpty();
    assertThat(rs.rules().get(7).info().when().transferred()).isFalse();
    assertThat(rs.rules().get(0).info().when().transferred()).isNull();
    Rule.Says greet = (Rule.Says) rs.rules().get(0);
    assertThat(greet.groups()).containsExactly(List.of("您好"), List.of("{company}"));
    assertThat(greet.window().firstSeconds()).isEqualTo(10);
    Rule.Says check = (Rule.Says) rs.rules().get(1);
    assertThat(check.info().critical()).isTrue();
    assertThat(check.info().criticalOnceTopic()).isNull();
    assertThat(check.beforeTopic()).isEqualTo("sensitive");
    assertThat(((Rule.FactCheck) rs.rules().get(3)).atMost()).isEqualTo(15.0);
    assertThat(((Rule.Order) rs.rules().get(4)).steps()).containsExactly("greet", "check");
  }

  /** The test head with more topics after {@code sensitive}, and one rule. */
  static RuleSet withTopics(String topics) {
    return RuleSetLoader.parse(
        HEAD.replace("  sensitive: [密码]\n", "  sensitive: [密码]\n" + topics)
            + "  - id: a\n    weight: 1\n    says: [x]\n",
        "test.yaml");
  }

  @Test
  void aTopicsAfterPhrasesWaitOnAnotherTopic() {
    RuleSet.Topic operation =
        withTopics(
                """
                  operation:
                    speaker: agent
                    phrases: [已经为您挂失]
                    after: {topic: sensitive, phrases: [已经帮您修改]}
                """)
            .topics()
            .get("operation");
    assertThat(operation.phrases()).containsExactly("已经为您挂失");
    assertThat(operation.after()).isEqualTo(new RuleSet.After("sensitive", List.of("已经帮您修改")));
    // The topic waited on must exist, be another, and count without waiting itself.
    for (String[] bad :
        new String[][] {
          {
            "  operation:\n    phrases: [x]\n    after: {topic: nosuch, phrases: [y]}\n",
            "unknown topic 'nosuch'"
          },
          {
            "  operation:\n    phrases: [x]\n    after: {topic: operation, phrases: [y]}\n",
            "topic operation may not wait on topic operation"
          },
          {
            "  first:\n    phrases: [x]\n    after: {topic: sensitive, phrases: [y]}\n"
                + "  second:\n    phrases: [x]\n    after: {topic: first, phrases: [y]}\n",
            "topic second may not wait on topic first"
          },
          {
            "  operation:\n    phrases: [x]\n    after: {topic: sensitive}\n",
            "'phrases' is required"
          }
        }) {
      assertThatThrownBy(() -> withTopics(bad[0]))
          .isInstanceOf(RuleSetException.class)
          .hasMessageContaining(bad[1]);
    }
  }

  @Test
  void unknownKeysAreNamedWithTheirLine() {
    RuleSetException e =
        error(
            """
              - id: greet
                weight: 5
                sayz: [您好]
            """);
    assertThat(e.getMessage()).startsWith("test.yaml:");
    assertThat(e.problem()).contains("exactly one of says");
    RuleSetException e2 =
        error(
            """
              - id: greet
                weight: 5
                says: [您好]
                atMost: 3
            """);
    assertThat(e2.line()).isEqualTo(20);
    assertThat(e2.problem()).contains("'atMost' does not apply to a says rule");
  }

  @Test
  void badValuesAndReferencesStopLoading() {
    assertThat(error("  - id: a\n    says: [您好]\n").problem()).contains("'weight' is required");
    assertThat(error("  - id: a\n    weight: heavy\n    says: [您好]\n").problem())
        .contains("weight must be a number, got 'heavy'");
    RuleSetException topic =
        error("  - id: a\n    weight: 1\n    when: {topic: nosuch}\n    says: [x]\n");
    assertThat(topic.problem()).contains("unknown topic 'nosuch'");
    assertThat(topic.line()).isEqualTo(19);
    assertThat(
            error("  - id: a\n    weight: 1\n    unless: {topic: nosuch}\n    says: [x]\n")
                .problem())
        .contains("unknown topic 'nosuch'");
    assertThat(error("  - id: a\n    weight: 1\n    unless: {}\n    says: [x]\n").problem())
        .contains("'topic' is required");
    // A list of topics: each must be known, and the list must name one.
    assertThat(
            parse("  - id: a\n    weight: 1\n    unless: {topic: [sensitive]}\n    says: [x]\n")
                .rules()
                .get(0)
                .info()
                .when()
                .unlessTopics())
        .containsExactly("sensitive");
    assertThat(
            error(
                    "  - id: a\n    weight: 1\n    unless: {topic: [sensitive, nosuch]}\n    says: [x]\n")
                .problem())
        .contains("unknown topic 'nosuch'");
    assertThat(
            error("  - id: a\n    weight: 1\n    unless: {topic: []}\n    says: [x]\n").problem())
        .contains("unless.topic must not be empty");
    // Critical once a topic came up: the topic must be known.
    Rule.Info once =
        parse("  - id: a\n    weight: 1\n    critical: {topic: sensitive}\n    says: [x]\n")
            .rules()
            .get(0)
            .info();
    assertThat(once.critical()).isTrue();
    assertThat(once.criticalOnceTopic()).isEqualTo("sensitive");
    assertThat(
            error("  - id: a\n    weight: 1\n    critical: {topic: nosuch}\n    says: [x]\n")
                .problem())
        .contains("unknown topic 'nosuch'");
    assertThat(error("  - id: a\n    weight: 1\n    critical: {}\n    says: [x]\n").problem())
        .contains("'topic' is required");
    assertThat(error("  - id: a\n    weight: 1\n    critical: often\n    says: [x]\n").problem())
        .contains("critical must be true or false, got 'often'");
    RuleSetException transferred =
        error("  - id: a\n    weight: 1\n    when: {transferred: maybe}\n    says: [x]\n");
    assertThat(transferred.problem()).contains("transferred must be true or false, got 'maybe'");
    assertThat(transferred.line()).isEqualTo(19);
    assertThat(error("  - id: a\n    weight: 1\n    says: [\"工号{agent}\"]\n").problem())
        .contains("unknown parameter {agent}");
    assertThat(error("  - id: a\n    weight: 1\n    order: [b, c]\n").problem())
        .contains("order step 'b' of rule a is not the id of a says rule");
    assertThat(
            error(
                    "  - id: a\n    weight: 1\n    says: [x]\n  - id: a\n    weight: 1\n    says: [y]\n")
                .problem())
        .contains("rule 'a' is defined twice");
    assertThat(error("  - id: a\n    weight: 1\n    fact: holds\n    is: true\n").problem())
        .contains("fact holds is judged with atMost and/or atLeast");
    assertThat(error("  - id: a\n    weight: 1\n    speaker: boss\n    says: [x]\n").problem())
        .contains("speaker must be agent, customer or any");
    assertThat(error("  - id: a\n    weight: 1\n    mustNotDisclose: [passport]\n").problem())
        .contains("unknown kind of personal data 'passport'")
        .contains("[phone, idCard, bankCard, email, ssn, securityCode, birthDate]");
    assertThat(error("  - id: a\n    weight: 1\n    says: [\"，。！\"]\n").problem())
        .contains("has no words");
  }

  @Test
  void brokenYamlSaysWhere() {
    RuleSetException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            RuleSetException.class,
            () -> RuleSetLoader.parse("ruleSet: x\nversion: [1\nlanguage: zh\n", "broken.yaml"));
    assertThat(e.getMessage()).startsWith("broken.yaml:");
    assertThat(e.problem()).startsWith("not valid YAML");
    assertThatThrownBy(() -> RuleSetLoader.parse("ruleSet: x\nlanguage: fr-FR\n", "fr.yaml"))
        .hasMessageContaining("fr.yaml:")
        .hasMessageContaining("'version' is required");
    assertThatThrownBy(
            () ->
                RuleSetLoader.parse(
                    HEAD.replace("zh-CN", "fr-FR") + "  - id: a\n    weight: 1\n    says: [x]\n",
                    "fr.yaml"))
        .hasMessageContaining("fr.yaml:3:")
        .hasMessageContaining("unsupported language 'fr-FR'");
  }

  @Test
  void parametersCanBeReplaced() {
    RuleSet rs = RuleSets.builtIn("zh-CN-inbound").withParameters(Map.of("company", List.of("联通")));
    assertThat(rs.parameters().get("company")).containsExactly("联通");
    assertThatThrownBy(() -> rs.withParameters(Map.of("nosuch", List.of("x"))))
        .hasMessageContaining("has no parameter 'nosuch'");
  }

  @Test
  void placeholdersExpandIntoAlternatives() {
    Map<String, List<String>> p = Map.of("jargon", List.of("SLA", "工单"), "agentId", List.of("{n}"));
    assertThat(Placeholders.expand("不要说{jargon}", p)).containsExactly("不要说SLA", "不要说工单");
    assertThat(Placeholders.expand("工号{agentId}", p)).containsExactly("工号{n}");
  }
}
