package calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Unit3Test {

  @Test
  @XrayTest("CALC-203")
  void works() {
    assertTrue(3 > 0);
  }
}
