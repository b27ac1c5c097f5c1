package org.aigov.kg.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (a request line or headers past the limits, a request Jetty cannot
 * parse) as one plain line instead of an HTML page that may name Java exceptions.
 */
final class PlainErrorHandler extends ErrorHandler {
    private static final HttpField PLAIN = new HttpField(HttpHeader.CONTENT_TYPE, "text/plain;charset=utf-8");

    static String line(int status) {
        String hint = switch (status) {
            case HttpStatus.URI_TOO_LONG_414 -> "the request line is longer than this server accepts; send the query with POST.";
            case HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE_431 -> "the request headers are larger than this server accepts.";
            case HttpStatus.PAYLOAD_TOO_LARGE_413 -> "the request is larger than this server accepts.";
            default -> status < 500 ? "the server could not read this request." : "the server could not answer this request.";
        };
        return status + " " + HttpStatus.getMessage(status) + ": " + hint + "\n";
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
            throws IOException {
        response.getHeaders().put(PLAIN);
        response.write(true, ByteBuffer.wrap(line(code).getBytes(StandardCharsets.UTF_8)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(PLAIN);
        return ByteBuffer.wrap(line(status).getBytes(StandardCharsets.UTF_8));
    }
}
