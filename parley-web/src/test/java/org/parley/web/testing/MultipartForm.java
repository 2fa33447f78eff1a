package org.parley.web.testing;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A {@code multipart/form-data} body as a browser sends an upload form: text fields, then files, each
 * a part of its own. Not thread-safe; one per request.
 */
public final class MultipartForm {

    private final String boundary = "----parley" + System.nanoTime();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public MultipartForm field(String name, String value) {
        part("form-data; name=\"" + name + "\"", null);
        write(value + "\r\n");
        return this;
    }

    /** A file part under the field name {@code file}, as the upload forms name it. */
    public MultipartForm file(String fileName, String contentType, byte[] content) {
        part("form-data; name=\"file\"; filename=\"" + fileName + "\"", contentType);
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** The {@code Content-Type} header value, naming the boundary. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The parts written so far, closed by the final boundary. */
    public HttpRequest.BodyPublisher publisher() {
        var complete = new ByteArrayOutputStream();
        complete.writeBytes(body.toByteArray());
        complete.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(complete.toByteArray());
    }

    private void part(String disposition, String contentType) {
        write("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n");
    }

    private void write(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
