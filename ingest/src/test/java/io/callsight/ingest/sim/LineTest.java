package io.callsight.ingest.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineTest {
  private final Line<String> line = new Line<>();
  private final Line.Place<String> anna = new Line.Place<>("anna");
  private final Line.Place<String> bo = new Line.Place<>("bo");
  private final Line.Place<String> cy = new Line.Place<>("cy");

  private List<String> members() {
    List<String> out = new ArrayList<>();
    for (Line.Place<String> p = line.firstPlace(); p != null; p = Line.next(p)) {
      out.add(p.member);
    }
    return out;
  }

  @Test
  void membersLeaveFromAnyPlaceAndTheRestKeepTheirOrder() {
    line.addLast(anna);
    line.addLast(bo);
    line.addLast(cy);

    assertThat(line.ahead(cy)).isEqualTo(2);
    bo.leaveLine();

    assertThat(members()).containsExactly("anna", "cy");
    assertThat(line.ahead(cy)).isEqualTo(1);
    assertThat(bo.isInLine()).isFalse();
    assertThat(line.first()).isEqualTo("anna");
  }

  @Test
  void aMemberCanBePutBackBeforeAnother() {
    line.addLast(anna);
    line.addLast(cy);

    line.insertBefore(bo, cy);

    assertThat(members()).containsExactly("anna", "bo", "cy");
    assertThat(line.size()).isEqualTo(3);
  }

  @Test
  void aPlaceIsInOneLineAtATime() {
    line.addLast(anna);

    assertThatThrownBy(() -> new Line<String>().addLast(anna))
        .isInstanceOf(IllegalStateException.class);
  }
}
