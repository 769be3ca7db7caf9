package calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Unit2Test {

  @Test
  @XrayTest("CALC-202")
  void works() {
    assertTrue(2 > 0);
  }
}
