package io.callsight.ingest.asterisk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgentIdsTest {
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Agent/1127, 1127",
    "Local/1127@from-queue/n, 1127",
    "Local/1127@from-queue, 1127",
    "Local/1127@from-queue-00000004;1, 1127",
    "SIP/1127-0000001a, 1127",
    "PJSIP/1127-00000001, 1127",
    "PJSIP/1127, 1127",
    "IAX2/agent7-7f3a, agent7",
    "'  SIP/1127-0000001a  ', 1127",
  })
  void channelsAndInterfacesBecomeTheDeviceName(String member, String agentId) {
    assertThat(AgentIds.normalise(member)).isEqualTo(agentId);
  }

  @ParameterizedTest
  @CsvSource({"'  Alice Wong ', Alice Wong", "1127, 1127", "Mary-Ann, Mary-Ann", "王芳, 王芳"})
  void freeTextNamesAreKeptTrimmed(String member, String agentId) {
    assertThat(AgentIds.normalise(member)).isEqualTo(agentId);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"NONE", "none", "   ", "SIP/", "PJSIP/-0000001a"})
  void noAgentGivesNull(String member) {
    assertThat(AgentIds.normalise(member)).isNull();
  }
}
