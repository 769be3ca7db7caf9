package calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Calc4Test {

  @Test
  @XrayTest("CALC-107")
  void adds() {
    assertEquals(4 + 1, 4 + 1);
  }

  @Test
  @XrayTest("CALC-108")
  void multiplies() {
    assertEquals(4 * 2, 4 + 4);
  }
}
