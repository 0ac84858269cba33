package org.clusterportal.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves stored files at {@code <mapping>/<id>}: a subclass looks the id up for the person asking, with the
 * access rule, on every request. Whatever that person may not see answers 404, exactly like an id that does
 * not exist, so nobody learns what exists. The file is always an attachment with its stored type, and the
 * browser may not guess another one.
 */
public abstract class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FileStore fileStore;

    /** The file with this id, if the person making the request may download it. */
    protected abstract Optional<Download> find(HttpServletRequest request, long id);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Download> found = id(request).flatMap(id -> find(request, id));
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Download download = found.get();
        StoredFile file = download.file();
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.size());
        response.setHeader("Content-Disposition", FileNames.attachment(
                // Names stored before the rule of FileNames.forContent get it on the way out.
                FileNames.forContent(download.fileName(), "download", file.contentType())));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // A public file may be kept by caches for a few minutes; a private one by nobody, not even the browser.
        response.setHeader("Cache-Control", download.publicAccess() ? "public, max-age=300" : "private, no-store");
        response.setHeader("ETag", "\"" + file.sha256() + "\"");
        try (InputStream content = fileStore.open(file.key())) {
            content.transferTo(response.getOutputStream());
        }
    }

    private static Optional<Long> id(HttpServletRequest request) {
        String path = request.getPathInfo();
        if (path == null || !path.matches("/[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(Long.valueOf(path.substring(1)));
    }
}
