package calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Calc3Test {

  @Test
  @XrayTest("CALC-105")
  void adds() {
    assertEquals(3 + 1, 3 + 1);
  }

  @Test
  @XrayTest("CALC-106")
  void multiplies() {
    assertEquals(3 * 2, 3 + 3);
  }
}
