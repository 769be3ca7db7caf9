package calc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xray4j.junit5.XrayTest;
import org.junit.jupiter.api.Test;

class Unit1Test {

  @Test
  @XrayTest("CALC-201")
  void works() {
    assertTrue(1 > 0);
  }
}
