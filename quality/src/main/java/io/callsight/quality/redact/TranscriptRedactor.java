package io.callsight.quality.redact;

import io.callsight.schemas.Speaker;
import io.callsight.schemas.Transcript;
import io.callsight.schemas.TranscriptTurn;
import io.callsight.schemas.TranscriptWord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Redacts a transcript before it is stored: in every turn, the words that held personal data become
 * one placeholder word (its time spanning theirs), and the text follows. A recogniser's turn text
 * is its words joined by spaces, which is how the words are read, so a number said as separate
 * digit words is found as the text would show it. Thread-safe.
 */
public final class TranscriptRedactor {
  private final Redactor redactor;
  private final NumbersInParts numbersInParts;

  /** Redacts every e-mail address. */
  public TranscriptRedactor() {
    this(new Redactor());
  }

  /** Redacts with {@code redactor}, which may know the centre's own e-mail domains. */
  public TranscriptRedactor(Redactor redactor) {
    this.redactor = redactor;
    this.numbersInParts = new NumbersInParts(redactor);
  }

  /** A turn's words as the text they are read as. */
  private static String spoken(TranscriptTurn turn) {
    return TranscriptTurn.textOf(turn.words());
  }

  /** The transcript with its personal data redacted; the same object if it held none. */
  public Transcript redact(Transcript t) {
    List<TranscriptTurn> turns = new ArrayList<>(t.turns().size());
    boolean changed = false;
    String asked = "";
    SaidSoFar said = new SaidSoFar();
    // Each turn's words joined once, for the call's numbers in parts and for the turn itself.
    List<String> spoken = t.turns().stream().map(TranscriptRedactor::spoken).toList();
    List<Integer> at = IntStream.range(0, spoken.size()).boxed().toList();
    Function<Integer, Speaker> speaker = i -> t.turns().get(i).speaker();
    List<List<Redaction.Finding>> spokenInParts =
        numbersInParts.find(at, spoken::get, speaker, said);
    List<List<Redaction.Finding>> textInParts =
        at.stream().allMatch(i -> t.turns().get(i).text().equals(spoken.get(i)))
            ? spokenInParts
            : numbersInParts.find(
                t.turns(), TranscriptTurn::text, TranscriptTurn::speaker, said.ofText());
    for (TranscriptTurn turn : t.turns()) {
      int i = turns.size();
      String askedInWords = i == 0 ? "" : spoken.get(i - 1);
      TranscriptTurn redacted =
          redact(
              turn,
              spoken.get(i),
              askedInWords,
              asked,
              said,
              spokenInParts.get(i),
              textInParts.get(i));
      asked = turn.text();
      changed |= redacted != turn;
      turns.add(redacted);
    }
    if (!changed) {
      return t;
    }
    return new Transcript(
        t.callId(),
        t.recordingId(),
        t.language(),
        t.engine(),
        t.modelId(),
        t.layout(),
        t.durationMs(),
        t.eventTime(),
        t.transcribedAt(),
        turns,
        t.measures());
  }

  /**
   * One turn redacted, read as the answer to the turn before ({@code asked}, empty for the first);
   * the same object if it held no personal data.
   */
  public TranscriptTurn redact(TranscriptTurn turn, String asked) {
    return redact(turn, spoken(turn), asked, asked, new SaidSoFar(), List.of(), List.of());
  }

  /**
   * As {@link #redact(TranscriptTurn, String)}, for one turn of a call whose turns before it were
   * redacted with the same {@code said}, with the turn's words joined ({@code spoken}) and its
   * numbers in parts. The words are read as the answer to the turn before's words, the text to its
   * text: two readings of the call, each with its own memory ({@link SaidSoFar#ofText}).
   */
  private TranscriptTurn redact(
      TranscriptTurn turn,
      String spoken,
      String askedInWords,
      String asked,
      SaidSoFar said,
      List<Redaction.Finding> spokenInParts,
      List<Redaction.Finding> textInParts) {
    Redaction byWords = redactor.redact(spoken, askedInWords, said, spokenInParts);
    boolean textIsWords = turn.text().equals(spoken);
    Redaction byText =
        textIsWords ? byWords : redactor.redact(turn.text(), asked, said.ofText(), textInParts);
    if (byWords.findings().isEmpty() && byText.findings().isEmpty()) {
      return turn;
    }
    List<TranscriptWord> words = replaced(turn.words(), byWords.findings());
    return new TranscriptTurn(
        turn.speaker(),
        turn.startMs(),
        turn.endMs(),
        textIsWords ? TranscriptTurn.textOf(words) : byText.text(),
        words);
  }

  /** Each finding's words (any word it touches) as one placeholder word. */
  private static List<TranscriptWord> replaced(
      List<TranscriptWord> words, List<Redaction.Finding> findings) {
    if (findings.isEmpty()) {
      return words;
    }
    List<TranscriptWord> out = new ArrayList<>(words.size());
    int f = 0;
    int at = 0; // where the word starts in the joined text
    TranscriptWord group = null;
    int groupOf = -1;
    for (TranscriptWord w : words) {
      int end = at + w.word().length();
      while (f < findings.size() && findings.get(f).end() <= at) {
        f++;
      }
      boolean touched = f < findings.size() && findings.get(f).start() < end;
      if (touched && group != null && groupOf == f) {
        group =
            new TranscriptWord(
                group.word(),
                group.startMs(),
                Math.max(group.endMs(), w.endMs()),
                Math.min(group.conf(), w.conf()));
      } else {
        if (group != null) {
          out.add(group);
          group = null;
        }
        if (touched) {
          String placeholder = findings.get(f).kind().placeholder();
          group = new TranscriptWord(placeholder, w.startMs(), w.endMs(), w.conf());
          groupOf = f;
        } else {
          out.add(w);
        }
      }
      at = end + 1;
    }
    if (group != null) {
      out.add(group);
    }
    return out;
  }
}
