package calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Calc2Test {

  @Test
  @XrayTest("CALC-103")
  void adds() {
    assertEquals(2 + 1, 2 + 1);
  }

  @Test
  @XrayTest("CALC-104")
  void multiplies() {
    assertEquals(2 * 2, 2 + 2);
  }
}
