package io.github.xray4j.sandbox;

import static io.github.xray4j.sandbox.SandboxHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The packaged jar runs on its own: {@code java -jar xray-sandbox.jar --port 0} starts and answers. */
class XraySandboxJarIT {

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES) // a guard against a hang, not a timing assertion
  void the_executable_jar_starts_alone_prints_its_url_and_imports_multipart() throws Exception {
    // given
    Path jar = Path.of(System.getProperty("sandbox.jar", "target/xray-sandbox.jar"));
    assertThat(jar).exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-jar", jar.toString(), "--port", "0")
        .redirectErrorStream(true).start();
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {

      // when
      String first = out.readLine();

      // then
      assertThat(first).as("first line of the jar's output").startsWith("Xray sandbox listening on http://127.0.0.1:");
      String url = first.split(" ")[4];
      String boundary = "jar-it-boundary";
      String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"result\"\r\n\r\n"
          + "{\"tests\":[{\"testKey\":\"CALC-2\",\"status\":\"FAIL\"}]}\r\n"
          + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"info\"\r\n\r\n"
          + "{\"fields\":{\"project\":{\"key\":\"CALC\"},\"summary\":\"jar\",\"issuetype\":{\"name\":\"Test Execution\"}}}\r\n"
          + "--" + boundary + "--\r\n";
      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create(url + "/rest/raven/2.0/import/execution/multipart"))
              .header("Authorization", SandboxHttp.PAT)
              .header("Content-Type", "multipart/form-data; boundary=" + boundary)
              .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      assertThat(json(response).path("testExecIssue").path("key").asText()).isEqualTo("CALC-25");
      assertThat(Files.size(jar)).as("the jar carries its dependencies").isGreaterThan(1_000_000);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }
}
