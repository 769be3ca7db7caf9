package io.github.xray4j.sandbox.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;

/** Reads the parts of a {@code multipart/form-data} request with Commons FileUpload. */
final class Multipart {

  private Multipart() {
  }

  /** The parts by field name; a 400 when the request is not multipart or cannot be read. */
  static Map<String, byte[]> parts(Call call) {
    String contentType = call.header("Content-Type");
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      throw ApiError.badRequest("This endpoint expects a multipart/form-data request, not "
          + (contentType == null ? "a request without Content-Type" : contentType));
    }
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try {
      FileItemIterator items = new FileUpload().getItemIterator(new BodyContext(contentType, call.body()));
      while (items.hasNext()) {
        FileItemStream item = items.next();
        try (InputStream in = item.openStream()) {
          parts.put(item.getFieldName(), in.readAllBytes());
        }
      }
    } catch (FileUploadException | IOException e) {
      throw ApiError.badRequest("The multipart request could not be read: " + e.getMessage());
    }
    return parts;
  }

  private record BodyContext(String contentType, byte[] body) implements UploadContext {
    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public String getContentType() {
      return contentType;
    }

    @Override
    @Deprecated
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long contentLength() {
      return body.length;
    }

    @Override
    public InputStream getInputStream() {
      return new ByteArrayInputStream(body);
    }
  }
}
