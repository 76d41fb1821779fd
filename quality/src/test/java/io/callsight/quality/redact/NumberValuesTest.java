package io.callsight.quality.redact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberValuesTest {
  static String code(String said) {
    return NumberValues.codeOf(said, 0, said.length());
  }

  static String date(String said) {
    return NumberValues.dateOf(said, 0, said.length());
  }

  @Test
  void aCodeIsItsDigitsHoweverSaid() {
    for (String said :
        new String[] {"4321", "4 3 2 1", "four three two one", "Four, three, two, one", "四三二一"}) {
      assertThat(code(said)).as(said).isEqualTo("4321");
    }
    assertThat(code("twelve thirty four")).isEqualTo("1234");
    assertThat(code("thirty twelve")).isEqualTo("3012");
    assertThat(code("double five oh nine")).isEqualTo("5509");
    assertThat(code("triple seven")).isEqualTo("777");
    assertThat(code("幺三五七九二")).isEqualTo("135792");
    assertThat(code("两两八")).isEqualTo("228");
    assertThat(code("三个六三个八")).isEqualTo("666888");
    assertThat(code("一二两个九")).isEqualTo("1299");
  }

  @Test
  void aDateIsItsNumbersHoweverSaidOrWritten() {
    for (String said :
        new String[] {
          "the seventh of March nineteen eighty five",
          "March 7th 1985",
          "march seventh, nineteen eighty-five",
          "7 March 85",
          "03/07/1985",
          "1985-03-07",
          "19850307",
          "07031985",
          "一九八五年三月七号",
          "八五年三月七日",
          "1985年3月7日"
        }) {
      assertThat(date(said)).as(said).isEqualTo("3,7,1985");
    }
    assertThat(date("May the twenty first, two thousand and one")).isEqualTo("5,21,2001");
    assertThat(date("June 1st nineteen oh five")).isEqualTo("1,6,1905");
    assertThat(date("May nineteen, nineteen ninety")).isEqualTo("5,19,1990");
    assertThat(date("twenty nineteen, the thirtieth of June")).isEqualTo("6,30,2019");
    assertThat(date("二零零一年五月二十一号")).isEqualTo("5,21,2001");
    // American dates said as numbers.
    assertThat(date("twelve twenty-five nineteen ninety")).isEqualTo("12,25,1990");
    assertThat(date("five thirty two thousand four")).isEqualTo("5,30,2004");
    assertThat(date("一九三〇年四月二十二号")).isEqualTo("4,22,1930"); // 〇 is no letter to Java
  }

  @Test
  void aYearOrADayAloneIsNoDate() {
    assertThat(date("1985")).isEmpty();
    assertThat(date("nineteen eighty five")).isEmpty();
    assertThat(date("the seventh")).isEmpty();
    assertThat(date("八五年")).isEmpty();
  }
}
