package io.callsight.jobs.transcribe.flink;

import static org.assertj.core.api.Assertions.assertThat;

import io.callsight.jobs.flink.Decoded;
import io.callsight.jobs.flink.JsonRecordDeserializer;
import io.callsight.jobs.flink.TranscriptSerializer;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.Interruption;
import io.callsight.schemas.PartyMeasures;
import io.callsight.schemas.RateUnit;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.util.List;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.junit.jupiter.api.Test;

/** Transcripts cross Flink's network and state intact, whatever serializer Flink picks. */
class TranscriptSerializerTest {
  static Transcript transcript() {
    TranscriptTurn turn =
        new TranscriptTurn(
            Speaker.AGENT,
            100,
            900,
            "您好 请问",
            List.of(
                new TranscriptWord("您好", 100, 500, 0.9), new TranscriptWord("请问", 520, 900, 1.0)));
    ConversationMeasures m =
        new ConversationMeasures(
            800,
            0.8,
            200,
            0.2,
            100,
            0L,
            0,
            300L,
            0.375,
            1,
            List.of(new Interruption(Speaker.CUSTOMER, Speaker.AGENT, 400, 300)),
            -20.0,
            List.of(
                new PartyMeasures(
                    Speaker.AGENT,
                    800,
                    1.0,
                    1,
                    800,
                    0,
                    1,
                    2,
                    4,
                    300.0,
                    RateUnit.CHARACTERS_PER_MINUTE,
                    -20.0,
                    -15.0)));
    return new Transcript(
        "c1",
        "r1",
        "zh",
        "vosk-0.3.45",
        "m",
        ChannelLayout.AGENT_LEFT,
        1_000,
        5,
        6,
        List.of(turn),
        m);
  }

  @Test
  void transcriptsSurviveFlinkSerialization() throws Exception {
    Decoded<Transcript> in = Decoded.of(transcript());
    TypeInformation<Decoded<Transcript>> type =
        JsonRecordDeserializer.decodedType(Transcript.class);
    TypeSerializer<Decoded<Transcript>> serializer =
        type.createSerializer(new SerializerConfigImpl());
    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(in, out);
    Decoded<Transcript> back =
        serializer.deserialize(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()));
    assertThat(back.value).isEqualTo(in.value);
    assertThat(serializer.copy(in).value).isEqualTo(in.value);

    TypeSerializer<Transcript> plain =
        TypeInformation.of(Transcript.class).createSerializer(new SerializerConfigImpl());
    DataOutputSerializer out2 = new DataOutputSerializer(256);
    plain.serialize(in.value, out2);
    assertThat(
            plain.deserialize(new DataInputDeserializer(out2.getSharedBuffer(), 0, out2.length())))
        .isEqualTo(in.value);
  }

  @Test
  void transcriptsSurviveTheirOwnSerializerWithEveryField() throws Exception {
    Transcript in = transcript();
    TypeSerializer<Transcript> serializer =
        TranscriptSerializer.TYPE.createSerializer(new SerializerConfigImpl());
    DataOutputSerializer out = new DataOutputSerializer(256);
    serializer.serialize(in, out);
    DataOutputSerializer copied = new DataOutputSerializer(256);
    serializer.copy(new DataInputDeserializer(out.getSharedBuffer(), 0, out.length()), copied);

    assertThat(
            serializer.deserialize(
                new DataInputDeserializer(copied.getSharedBuffer(), 0, copied.length())))
        .isEqualTo(in);
    assertThat(serializer.snapshotConfiguration().restoreSerializer()).isEqualTo(serializer);
    // TranscriptSerializer writes these fields one by one: a new one must be added there too.
    assertThat(Transcript.class.getRecordComponents()).hasSize(11);
    assertThat(TranscriptTurn.class.getRecordComponents()).hasSize(5);
    assertThat(TranscriptWord.class.getRecordComponents()).hasSize(4);
  }
}
