package io.callsight.jobs.flink;

import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.ConversationMeasures;
import io.callsight.schemas.Json;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.memory.DataInputView;
import org.apache.flink.core.memory.DataOutputView;
import org.apache.flink.types.StringValue;

/**
 * Transcripts between operators, written field by field. Flink's POJO serializer builds each of a
 * ten-minute call's 1,500 words by reflection: three times slower to write, half again slower to
 * read. The measures go as JSON, one small object per call, so they may grow without a change here;
 * a new field of a transcript, turn or word needs one ({@code TranscriptSerializerTest} says so).
 */
public final class TranscriptSerializer extends FieldSerializer.Immutable<Transcript> {
  public static final TranscriptSerializer INSTANCE = new TranscriptSerializer();
  public static final TypeInformation<Transcript> TYPE =
      new HandWrittenType<>(Transcript.class, INSTANCE);
  private static final long serialVersionUID = 1L;

  private TranscriptSerializer() {}

  @Override
  public void serialize(Transcript t, DataOutputView out) throws IOException {
    StringValue.writeString(t.callId(), out);
    StringValue.writeString(t.recordingId(), out);
    StringValue.writeString(t.language(), out);
    StringValue.writeString(t.engine(), out);
    StringValue.writeString(t.modelId(), out);
    StringValue.writeString(t.layout().name(), out);
    out.writeLong(t.durationMs());
    out.writeLong(t.eventTime());
    out.writeLong(t.transcribedAt());
    out.writeInt(t.turns().size());
    for (TranscriptTurn turn : t.turns()) {
      StringValue.writeString(turn.speaker().name(), out);
      out.writeLong(turn.startMs());
      out.writeLong(turn.endMs());
      StringValue.writeString(turn.text(), out);
      out.writeInt(turn.words().size());
      for (TranscriptWord w : turn.words()) {
        StringValue.writeString(w.word(), out);
        out.writeLong(w.startMs());
        out.writeLong(w.endMs());
        out.writeDouble(w.conf());
      }
    }
    byte[] measures = Json.toBytes(t.measures());
    out.writeInt(measures.length);
    out.write(measures);
  }

  @Override
  public Transcript deserialize(DataInputView in) throws IOException {
    String callId = StringValue.readString(in);
    String recordingId = StringValue.readString(in);
    String language = StringValue.readString(in);
    String engine = StringValue.readString(in);
    String modelId = StringValue.readString(in);
    ChannelLayout layout = ChannelLayout.valueOf(StringValue.readString(in));
    long durationMs = in.readLong();
    long eventTime = in.readLong();
    long transcribedAt = in.readLong();
    int turnCount = in.readInt();
    List<TranscriptTurn> turns = new ArrayList<>(turnCount);
    for (int i = 0; i < turnCount; i++) {
      Speaker speaker = Speaker.valueOf(StringValue.readString(in));
      long startMs = in.readLong();
      long endMs = in.readLong();
      String text = StringValue.readString(in);
      int wordCount = in.readInt();
      List<TranscriptWord> words = new ArrayList<>(wordCount);
      for (int j = 0; j < wordCount; j++) {
        words.add(
            new TranscriptWord(
                StringValue.readString(in), in.readLong(), in.readLong(), in.readDouble()));
      }
      turns.add(new TranscriptTurn(speaker, startMs, endMs, text, words));
    }
    byte[] measures = new byte[in.readInt()];
    in.readFully(measures);
    return new Transcript(
        callId,
        recordingId,
        language,
        engine,
        modelId,
        layout,
        durationMs,
        eventTime,
        transcribedAt,
        turns,
        Json.mapper().readValue(measures, ConversationMeasures.class));
  }
}
