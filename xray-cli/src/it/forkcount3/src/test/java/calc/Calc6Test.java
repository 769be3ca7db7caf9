package calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Calc6Test {

  @Test
  @XrayTest("CALC-111")
  void adds() {
    assertEquals(6 + 1, 6 + 1);
  }

  @Test
  @XrayTest("CALC-112")
  void multiplies() {
    assertEquals(6 * 2, 6 + 6);
  }
}
