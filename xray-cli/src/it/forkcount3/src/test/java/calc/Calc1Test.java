package calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Calc1Test {

  @Test
  @XrayTest("CALC-101")
  void adds() {
    assertEquals(1 + 1, 1 + 1);
  }

  @Test
  @XrayTest("CALC-102")
  void multiplies() {
    assertEquals(1 * 2, 1 + 1);
  }
}
