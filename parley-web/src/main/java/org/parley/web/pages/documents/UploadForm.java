package org.parley.web.pages.documents;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.parley.core.ParleyWorkflows;
import org.parley.core.documents.NewClassification;
import org.parley.core.documents.Upload;
import org.parley.core.system.ValidationException;
import org.parley.web.pages.Form;

/**
 * Reads the fields of the upload and classification forms (multipart): the file, checked against
 * the upload limit before anything is stored, and the export classification. Stateless.
 */
final class UploadForm {

    /** The largest file accepted, as the platform enforces it. */
    static final long MAX_BYTES = ParleyWorkflows.MAX_UPLOAD_BYTES;

    private UploadForm() {}

    /** The uploaded file with its language; refused with a clear reason when missing, empty or too large. */
    static Upload file(Context ctx, Form form) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
        if (file == null || file.filename() == null || file.filename().isBlank()) {
            throw ValidationException.of("file", "choose a file to upload");
        }
        if (file.size() == 0) {
            throw ValidationException.of("file", "'" + file.filename() + "' is empty");
        }
        if (file.size() > MAX_BYTES) {
            throw ValidationException.of(
                    "file",
                    "'" + file.filename() + "' is " + megabytes(file.size()) + " MB; the limit is "
                            + megabytes(MAX_BYTES) + " MB");
        }
        try (InputStream in = file.content()) {
            return new Upload(file.filename(), file.contentType(), form.text("language"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the uploaded file " + file.filename(), e);
        }
    }

    /** The classification as entered; checked here so that a bad one stores nothing. */
    static NewClassification classification(Form form) {
        var classification = new NewClassification(
                form.text("itemKind"),
                form.text("eccn"),
                form.text("forEccn"),
                form.text("publicStatus"),
                form.text("standardsOrganization"),
                form.checked("intendedForPublication"),
                form.checked("publishedStandard"));
        classification.check();
        return classification;
    }

    /** A size in megabytes with one decimal, e.g. {@code 16.0}. */
    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
