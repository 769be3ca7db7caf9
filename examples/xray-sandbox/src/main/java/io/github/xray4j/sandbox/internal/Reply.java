package io.github.xray4j.sandbox.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;

/** An answer: HTTP status, content type and body. */
record Reply(int status, String contentType, byte[] body) {

    static Reply json(int status, Object value) {
        try {
            return new Reply(status, "application/json;charset=UTF-8", Call.JSON.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the answer as JSON", e);
        }
    }

    static Reply ok(Object value) {
        return json(200, value);
    }

    static Reply html(String page) {
        return new Reply(200, "text/html;charset=UTF-8", page.getBytes(StandardCharsets.UTF_8));
    }

    static Reply noContent() {
        return new Reply(204, "text/plain;charset=UTF-8", new byte[0]);
    }
}
