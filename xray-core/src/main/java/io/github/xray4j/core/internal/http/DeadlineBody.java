package io.github.xray4j.core.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * The body of an answer as an {@link InputStream} whose every read waits at most the read timeout for the
 * next bytes, then gives up with {@link Stalled} and closes the connection. Bytes arrive from the JDK client's
 * own threads one buffer list at a time (one list requested ahead), so no thread waits for a body but the
 * reader, and no more than one list is held.
 */
final class DeadlineBody {
  private static final Object END = new Object();

  private DeadlineBody() {}

  /** A subscriber for {@link java.net.http.HttpClient#send}, whose body is ready as soon as the headers are. */
  static HttpResponse.BodySubscriber<Stream> subscriber(Duration readTimeout, String request) {
    return new Stream(readTimeout, request);
  }

  /** Xray sent the headers, then nothing for the read timeout. */
  static final class Stalled extends HttpTimeoutException {
    private static final long serialVersionUID = 1L;

    Stalled(String request, Duration timeout) {
      super("Xray stopped sending its answer to " + request + " after " + XrayHttp.shown(timeout)
          + " (xray.timeout)");
    }
  }

  private record Failed(Throwable cause) {}

  /** Both ends: the subscriber the JDK feeds and the stream the decoders read. */
  static final class Stream extends InputStream implements HttpResponse.BodySubscriber<Stream> {
    private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
    private final CompletableFuture<Stream> body = CompletableFuture.completedFuture(this);
    private final Duration readTimeout;
    private final String request;
    private volatile Flow.@Nullable Subscription subscription;
    private Iterator<ByteBuffer> buffers = List.<ByteBuffer>of().iterator();
    private @Nullable ByteBuffer current;
    private boolean ended;
    private boolean closed;

    private Stream(Duration readTimeout, String request) {
      this.readTimeout = readTimeout;
      this.request = request;
    }

    // ---- the JDK's side -------------------------------------------------------------------------------------

    @Override
    public CompletionStage<Stream> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription = s;
      s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      arrived.add(item);
    }

    @Override
    public void onError(Throwable throwable) {
      arrived.add(new Failed(throwable));
    }

    @Override
    public void onComplete() {
      arrived.add(END);
    }

    // ---- the reader's side ----------------------------------------------------------------------------------

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      int n = read(one, 0, 1);
      return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
      if (length == 0) {
        return 0;
      }
      ByteBuffer buffer = next();
      if (buffer == null) {
        return -1;
      }
      int n = Math.min(length, buffer.remaining());
      buffer.get(into, offset, n);
      return n;
    }

    @Override
    public int available() {
      ByteBuffer buffer = current;
      return buffer == null ? 0 : buffer.remaining();
    }

    /** The buffer with bytes left to read, waiting at most the read timeout for it; null at the end. */
    private @Nullable ByteBuffer next() throws IOException {
      if (closed) {
        throw new IOException("the answer to " + request + " was closed");
      }
      while (current == null || !current.hasRemaining()) {
        if (buffers.hasNext()) {
          current = buffers.next();
          continue;
        }
        if (ended) {
          return null;
        }
        Object item = take();
        if (item == END) {
          ended = true;
          return null;
        }
        if (item instanceof Failed failed) {
          ended = true;
          throw failed.cause() instanceof IOException io ? io : new IOException(failed.cause());
        }
        @SuppressWarnings("unchecked")
        List<ByteBuffer> list = (List<ByteBuffer>) item;
        buffers = list.iterator();
        Flow.Subscription s = subscription;
        if (s != null) {
          s.request(1);
        }
      }
      return current;
    }

    private Object take() throws IOException {
      Object item;
      try {
        item = arrived.poll(readTimeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        close();
        throw new InterruptedIOException("interrupted while reading the answer to " + request);
      }
      if (item == null) {
        close();
        throw new Stalled(request, readTimeout);
      }
      return item;
    }

    /** Stops reading: what is not read yet is dropped and the connection closed. */
    @Override
    public void close() {
      if (closed) {
        return;
      }
      closed = true;
      current = null;
      buffers = List.<ByteBuffer>of().iterator();
      Flow.Subscription s = subscription;
      if (s != null && !ended) {
        s.cancel();
      }
      arrived.clear();
    }
  }
}
