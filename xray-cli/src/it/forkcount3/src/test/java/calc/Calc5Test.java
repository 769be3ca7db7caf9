package calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Calc5Test {

  @Test
  @XrayTest("CALC-109")
  void adds() {
    assertEquals(5 + 1, 5 + 1);
  }

  @Test
  @XrayTest("CALC-110")
  void multiplies() {
    assertEquals(5 * 2, 5 + 5);
  }
}
