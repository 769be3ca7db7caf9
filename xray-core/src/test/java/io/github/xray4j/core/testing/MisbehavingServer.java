package io.github.xray4j.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 server on loopback that answers every request in a way WireMock cannot: the status line and
 * headers, then a body that stalls (nothing more until the server is closed), or a body that never ends (a
 * chunked stream of one repeated piece, until the client stops reading or {@value #MAX_ENDLESS} bytes went
 * out). Each connection is served by a daemon thread; {@link #close()} ends them all.
 *
 * <pre>{@code
 * try (MisbehavingServer xray = MisbehavingServer.stallingAfterHeaders(200, "{\"testExecIssue\":")) {
 *   // point xray.url at xray.url(); the client must give up after xray.timeout
 * }
 * }</pre>
 */
public final class MisbehavingServer implements AutoCloseable {
  /** The most an endless body sends: a client that reads it all has already failed the test. */
  public static final long MAX_ENDLESS = 1L << 30;

  private interface Answer {
    void write(OutputStream out, AtomicLong bodyBytesSent) throws IOException, InterruptedException;
  }

  private final ServerSocket socket;
  private final Answer answer;
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicLong bodyBytesSent = new AtomicLong();

  private MisbehavingServer(Answer answer) {
    this.answer = answer;
    try {
      this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "misbehaving-server-" + socket.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Answers {@code status} with a JSON {@code Content-Length} of 1 MB, sends {@code bodyStart}, then nothing. */
  public static MisbehavingServer stallingAfterHeaders(int status, String bodyStart) {
    byte[] start = bodyStart.getBytes(StandardCharsets.UTF_8);
    return new MisbehavingServer((out, sent) -> {
      out.write(head(status, "Content-Type: application/json\r\nContent-Length: " + (1 << 20)));
      out.write(start);
      out.flush();
      sent.addAndGet(start.length);
    });
  }

  /** Answers {@code status} with a chunked body of {@code start} then {@code repeated} again and again. */
  public static MisbehavingServer endless(int status, String contentType, String start, String repeated) {
    byte[] first = chunk(start.getBytes(StandardCharsets.UTF_8));
    byte[] piece = chunk(repeated.repeat(Math.max(1, 64 * 1024 / repeated.length())).getBytes(StandardCharsets.UTF_8));
    return new MisbehavingServer((out, sent) -> {
      out.write(head(status, "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked"));
      out.write(first);
      while (sent.get() < MAX_ENDLESS) {
        out.write(piece);
        sent.addAndGet(piece.length);
      }
      out.flush();
    });
  }

  /** {@code http://127.0.0.1:port}. */
  public String url() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** The request lines received so far, such as {@code POST /rest/raven/2.0/import/execution HTTP/1.1}. */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  /** The body bytes written so far, over all connections: what the client let through before it stopped reading. */
  public long bodyBytesSent() {
    return bodyBytesSent.get();
  }

  @Override
  public void close() {
    closed.countDown();
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket connection : connections) {
      try {
        connection.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread serve = new Thread(() -> serve(connection), "misbehaving-connection");
        serve.setDaemon(true);
        serve.start();
      } catch (IOException closedOrFailed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      InputStream in = connection.getInputStream();
      String head = readHead(in);
      requests.add(head.lines().findFirst().orElse(""));
      long length = head.lines()
          .filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
          .mapToLong(l -> Long.parseLong(l.substring(l.indexOf(':') + 1).strip()))
          .findFirst().orElse(0);
      in.skipNBytes(length);
      answer.write(connection.getOutputStream(), bodyBytesSent);
      closed.await();
    } catch (IOException | InterruptedException clientGone) {
      // the client stopped reading or the server is closing: that is the point
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the request ended before its headers did");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static byte[] head(int status, String headers) {
    return ("HTTP/1.1 " + status + " Whatever\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] chunk(byte[] data) {
    byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] chunk = new byte[size.length + data.length + 2];
    System.arraycopy(size, 0, chunk, 0, size.length);
    System.arraycopy(data, 0, chunk, size.length, data.length);
    chunk[chunk.length - 2] = '\r';
    chunk[chunk.length - 1] = '\n';
    return chunk;
  }
}
