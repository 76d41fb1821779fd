package io.callsight.jobs.transcribe.flink;

import static org.apache.flink.connector.base.DeliveryGuarantee.EXACTLY_ONCE;

import io.callsight.jobs.flink.DeadLetters;
import io.callsight.jobs.flink.Decoded;
import io.callsight.jobs.flink.JobSetup;
import io.callsight.jobs.flink.JsonRecordDeserializer;
import io.callsight.jobs.flink.KafkaIo;
import io.callsight.jobs.flink.SplitDecoded;
import io.callsight.jobs.transcribe.TranscribeOptions;
import io.callsight.schemas.DeadLetter;
import io.callsight.schemas.Recording;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.speech.Transcriber;
import io.callsight.speech.vosk.ModelFolder;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The transcription job: recordings in, transcripts and dead letters out. Transcription runs in an
 * async operator, off the task thread, so checkpoints and back-pressure keep working while a
 * recording takes seconds; {@link #build} holds the topology for tests and the Kafka wiring alike.
 *
 * <pre>
 * recordings ─► transcribe (async, unordered; Vosk on its own threads) ─┬─► transcripts
 *                                                                       └─► dead-letters
 * </pre>
 */
public final class TranscribeJob {
  private TranscribeJob() {}

  /** The job's outputs. */
  public record Streams(DataStream<Transcript> transcripts, DataStream<DeadLetter> deadLetters) {}

  /** The topology over a stream of recordings. */
  public static Streams build(DataStream<Recording> recordings, TranscribeOptions options) {
    SingleOutputStreamOperator<Decoded<Transcript>> transcribed =
        AsyncDataStream.unorderedWait(
                recordings,
                new TranscribeFunction(
                    options.speech(), options.inFlight(), options.timeout(), options.ownDomains()),
                options.timeout().toMillis(),
                TimeUnit.MILLISECONDS,
                options.inFlight())
            .returns(JsonRecordDeserializer.decodedType(Transcript.class))
            .name("transcribe")
            .uid("transcribe");
    SingleOutputStreamOperator<Transcript> transcripts =
        transcribed
            .process(new SplitDecoded<Transcript>())
            .returns(Transcript.class)
            .name("transcripts and dead letters")
            .uid("split-transcripts");
    return new Streams(transcripts, transcripts.getSideOutput(DeadLetters.TAG));
  }

  /**
   * Runs the job on Kafka: reads recordings, writes transcripts and dead letters with exactly-once
   * transactions committed at each checkpoint. Checks the model folder and its language first, so a
   * missing model stops the job before it is submitted. Returns once the job is submitted.
   */
  public static JobClient runOnKafka(StreamExecutionEnvironment env, TranscribeOptions options)
      throws Exception {
    Transcriber.languageOf(
        ModelFolder.check(Path.of(options.speech().modelDir())), options.speech());
    JobSetup.configure(
        env, options.parallelism(), options.checkpointInterval(), options.checkpointDir());
    String kafka = options.bootstrapServers();
    SingleOutputStreamOperator<Recording> recordings =
        KafkaIo.decoded(
            env,
            kafka,
            options.groupId(),
            Topic.RECORDINGS,
            TypeInformation.of(Recording.class),
            WatermarkStrategy.noWatermarks(),
            TranscribeFunction.SOURCE + ".decode");
    Streams out = build(recordings, options);
    String txn = options.groupId();
    out.transcripts()
        .sinkTo(KafkaIo.sink(kafka, Topic.TRANSCRIPTS, Transcript::callId, EXACTLY_ONCE, txn))
        .name("transcripts to Kafka")
        .uid("transcripts-sink");
    out.deadLetters()
        .union(recordings.getSideOutput(DeadLetters.TAG))
        .sinkTo(KafkaIo.sink(kafka, Topic.DEAD_LETTERS, DeadLetter::source, EXACTLY_ONCE, txn))
        .name("dead-letters to Kafka")
        .uid("dead-letters-sink");
    return env.executeAsync("CallSight transcription job");
  }
}
