package io.callsight.quality.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecentStepsTest {
  final Lexicon.Phrases tree = new Lexicon().addRules("phrases-test.sentiment").words();

  @Test
  void aStepIsTheTreesWhateverStringTheWordComesIn() {
    RecentSteps steps = new RecentSteps();
    Lexicon.Phrases what = steps.after(tree, "what");
    assertThat(what).isNotNull().isSameAs(tree.after("what"));
    // The same word as another String: looked up, the same node.
    assertThat(steps.after(tree, new String("what"))).isSameAs(what);
    assertThat(steps.after(what, "is")).isSameAs(what.after("is"));
    assertThat(steps.after(what, "going")).isNull();
    // Remembered: null is an answer too.
    assertThat(steps.after(what, "going")).isNull();
  }

  @Test
  void aStepFromAnotherNodeOrForAnotherWordInTheSameSlotIsNotTaken() {
    RecentSteps one = new RecentSteps(1);
    Lexicon.Phrases what = one.after(tree, "what");
    assertThat(one.after(what, "what")).isNull(); // the same word, from another node
    assertThat(one.after(tree, "going")).isSameAs(tree.after("going"));
    assertThat(one.after(tree, "what")).isSameAs(what);
  }

  @Test
  void manyMoreWordsThanSlotsEachGetTheirOwnStep() {
    List<String> words = new ArrayList<>(List.of("what", "is", "going", "on", "to"));
    for (int i = 0; i < 5_000; i++) {
      words.add("w" + i);
    }
    RecentSteps steps = new RecentSteps();
    Random random = new Random(7);
    Lexicon.Phrases what = tree.after("what");
    for (int i = 0; i < 50_000; i++) {
      String word = words.get(random.nextInt(words.size()));
      Lexicon.Phrases from = random.nextBoolean() ? tree : what;
      assertThat(steps.after(from, word)).isSameAs(from.after(word));
    }
  }
}
