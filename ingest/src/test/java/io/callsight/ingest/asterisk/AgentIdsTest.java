package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentIdsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "Agent/1127; 1127",
        "Local/1127@callback-agent; 1127",
        "Local/1127@from-queue/n; 1127",
        "Local/1127/n; 1127",
        "SIP/1127; 1127",
        "SIP/1127-0000001a; 1127",
        "PJSIP/1127-00000001; 1127",
        "pjsip/1127-00000001; 1127",
        "IAX2/1127-1234; 1127",
        "DAHDI/1-1; 1",
        "' Agent/1127 '; 1127",
        "'Local/1127@from-queue-00000004;1'; 1127",
        "IAX2/agent7-7f3a; agent7",
        "1127; 1127",
      })
  void channelAndAgentNamesBecomeTheBareAgentId(String member, String agentId) {
    assertThat(AgentIds.normalise(member)).isEqualTo(agentId);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "'  John Smith '; John Smith",
        "Front desk; Front desk",
        "Mary-Ann; Mary-Ann",
        "王芳; 王芳",
      })
  void freeTextMemberNamesAreKeptTrimmed(String member, String agentId) {
    assertThat(AgentIds.normalise(member)).isEqualTo(agentId);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SIP/front-desk", "PJSIP/reception-east"})
  void aDashThatIsPartOfAnEndpointNameIsKept(String member) {
    assertThat(AgentIds.normalise(member)).isEqualTo(member.substring(member.indexOf('/') + 1));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"NONE", "none", "   ", "SIP/", "PJSIP/-0000001a"})
  void noMemberGivesNoAgentId(String member) {
    assertThat(AgentIds.normalise(member)).isNull();
  }
}
