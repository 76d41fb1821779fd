package io.callsight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import io.callsight.schemas.AudioCodec;
import io.callsight.schemas.ChannelLayout;
import io.callsight.schemas.Json;
import io.callsight.schemas.SchemaValidator;
import io.callsight.schemas.Speaker;
import io.callsight.schemas.Topic;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.speech.synthetic.ToneTrack;
import io.callsight.speech.synthetic.ToyVoskModel;
import io.callsight.speech.synthetic.WavWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code ./callsight transcribe} on generated calls, with the real libvosk and the toy model. */
class TranscribeCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = CallSight.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path model() {
    return ToyVoskModel.of(List.of("您好", "请问", "谢谢")).writeTo(dir.resolve("vosk-model-toy-cn"));
  }

  private Path call() {
    return WavWriter.write(
        dir.resolve("1704186000.21.wav"),
        8_000,
        AudioCodec.PCM_MULAW,
        ToneTrack.silence(8_000, 5_000).bursts(400, 900, 1_000, 1_400).samples(),
        ToneTrack.silence(8_000, 5_000).bursts(2_000, 3_000).samples());
  }

  @Test
  void printsTheTranscriptJsonOfEachFile() throws Exception {
    Path mono =
        WavWriter.write(
            dir.resolve("greeting.wav"),
            16_000,
            AudioCodec.PCM_S16LE,
            ToneTrack.silence(16_000, 2_000).burst(200, 700).samples());

    int code = run("transcribe", "--model", model().toString(), call().toString(), mono.toString());

    assertThat(code).as(err.toString()).isZero();
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    Transcript call =
        Json.fromBytes(lines.get(0).getBytes(StandardCharsets.UTF_8), Transcript.class);
    assertThat(
            new SchemaValidator().problems(Topic.TRANSCRIPTS, Json.mapper().readTree(lines.get(0))))
        .isEmpty();
    assertThat(call.callId()).isEqualTo("1704186000.21");
    assertThat(call.language()).isEqualTo("zh");
    assertThat(call.turns())
        .extracting(TranscriptTurn::speaker, TranscriptTurn::text)
        .containsExactly(tuple(Speaker.AGENT, "您好 请问"), tuple(Speaker.CUSTOMER, "您好"));
    assertThat(call.turns().get(1).words().get(0).startMs()).isCloseTo(2_000L, within(30L));
    assertThat(call.turns().get(1).words().get(0).endMs()).isCloseTo(3_000L, within(30L));
    assertThat(call.measures().parties().get(0).characters()).isEqualTo(4);
    assertThat(lines.get(0)).contains("\"speaker\":\"agent\"").contains("\"conf\":");

    Transcript greeting =
        Json.fromBytes(lines.get(1).getBytes(StandardCharsets.UTF_8), Transcript.class);
    assertThat(greeting.callId()).isEqualTo("greeting");
    assertThat(greeting.layout()).isEqualTo(ChannelLayout.MONO);
    assertThat(greeting.turns())
        .singleElement()
        .satisfies(t -> assertThat(t.speaker()).isEqualTo(Speaker.UNKNOWN));
  }

  @Test
  void agentRightAndPrettyPrinting() throws Exception {
    int code =
        run(
            "transcribe",
            "--model",
            model().toString(),
            "--layout",
            "agent-right",
            "--pretty",
            call().toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("\n  \"turns\" : [");
    Transcript t = Json.mapper().readValue(out.toString(), Transcript.class);
    assertThat(t.turns())
        .extracting(TranscriptTurn::speaker)
        .containsExactly(Speaker.CUSTOMER, Speaker.AGENT);
  }

  @Test
  void aMobileNumberSaidDigitByDigitIsPrintedRedacted() throws Exception {
    // 139 0245 6780 in Chinese number words (a toy model's words must differ: 零 and 〇).
    List<String> said = List.of("号码", "一", "三", "九", "零", "二", "四", "五", "六", "七", "八", "〇");
    Path model = ToyVoskModel.of(said).writeTo(dir.resolve("vosk-model-toy-cn"));
    long[] bursts = new long[2 * said.size()];
    for (int w = 0; w < said.size(); w++) {
      bursts[2 * w] = 300 + 400L * w;
      bursts[2 * w + 1] = 550 + 400L * w;
    }
    Path mono =
        WavWriter.write(
            dir.resolve("1704186000.22.wav"),
            16_000,
            AudioCodec.PCM_S16LE,
            ToneTrack.silence(16_000, 6_000).bursts(bursts).samples());

    assertThat(run("transcribe", "--model", model.toString(), mono.toString()))
        .as(err.toString())
        .isZero();
    Transcript t =
        Json.fromBytes(out.toString().strip().getBytes(StandardCharsets.UTF_8), Transcript.class);
    assertThat(t.turns()).singleElement().extracting(TranscriptTurn::text).isEqualTo("号码 [PHONE]");
  }

  @Test
  void aBadFileIsReportedAndTheOthersGoOn() throws Exception {
    Path junk = Files.writeString(dir.resolve("junk.wav"), "not audio");
    int code = run("transcribe", "--model", model().toString(), junk.toString(), call().toString());
    assertThat(code).isOne();
    assertThat(err.toString()).contains("callsight transcribe: " + junk + ": not a WAV file");
    assertThat(out.toString().lines()).hasSize(1);
  }

  @Test
  void aMissingModelSaysWhereToGetOne() {
    int code = run("transcribe", "--model", dir.resolve("nope").toString(), call().toString());
    assertThat(code).isOne();
    assertThat(err.toString())
        .contains("callsight transcribe: the Vosk model folder")
        .contains("https://alphacephei.com/vosk/models");
  }
}
