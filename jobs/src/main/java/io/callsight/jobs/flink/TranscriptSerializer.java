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
    writeString(t.callId(), out);
    writeString(t.recordingId(), out);
    writeString(t.language(), out);
    writeString(t.engine(), out);
    writeString(t.modelId(), out);
    writeEnum(t.layout(), out);
    out.writeLong(t.durationMs());
    out.writeLong(t.eventTime());
    out.writeLong(t.transcribedAt());
    out.writeInt(t.turns().size());
    for (TranscriptTurn turn : t.turns()) {
      writeEnum(turn.speaker(), out);
      out.writeLong(turn.startMs());
      out.writeLong(turn.endMs());
      writeString(turn.text(), out);
      out.writeInt(turn.words().size());
      for (TranscriptWord w : turn.words()) {
        writeString(w.word(), out);
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
    String callId = readString(in);
    String recordingId = readString(in);
    String language = readString(in);
    String engine = readString(in);
    String modelId = readString(in);
    ChannelLayout layout = readEnum(ChannelLayout.class, in);
    long durationMs = in.readLong();
    long eventTime = in.readLong();
    long transcribedAt = in.readLong();
    int turnCount = in.readInt();
    List<TranscriptTurn> turns = new ArrayList<>(turnCount);
    for (int i = 0; i < turnCount; i++) {
      Speaker speaker = readEnum(Speaker.class, in);
      long startMs = in.readLong();
      long endMs = in.readLong();
      String text = readString(in);
      int wordCount = in.readInt();
      List<TranscriptWord> words = new ArrayList<>(wordCount);
      for (int j = 0; j < wordCount; j++) {
        words.add(
            new TranscriptWord(readString(in), in.readLong(), in.readLong(), in.readDouble()));
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
