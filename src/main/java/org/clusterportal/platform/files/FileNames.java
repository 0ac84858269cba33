package org.clusterportal.platform.files;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.clusterportal.platform.text.HeaderText;

/**
 * File names as people give them and as downloads send them back. A name is kept as typed, less any path a
 * browser sent, control characters and Unicode format characters (the bidi overrides that make
 * {@code invoice\u202Efdp.exe} look like {@code invoiceexe.pdf}, zero-width characters), and with an extension
 * that matches the content: a PDF named {@code report.html} becomes {@code report.pdf}, a PNG named
 * {@code setup.exe} becomes {@code setup.png}, a name without one gets one. The {@code Content-Disposition}
 * header carries it both as a plain ASCII fallback and, for non-ASCII names, in RFC 5987 form
 * ({@code filename*=UTF-8''…}).
 */
public final class FileNames {

    public static final int LENGTH = 255;

    /**
     * The extensions allowed for each type an upload accepts, the usual one first (given to a name whose own is
     * wrong or missing). The office containers are told apart by their content only as far as OLE2 or OOXML.
     */
    private static final Map<String, List<String>> EXTENSIONS = Map.of(
            "application/pdf", List.of("pdf"),
            "image/png", List.of("png"),
            "image/jpeg", List.of("jpg", "jpeg"),
            "image/webp", List.of("webp"),
            "application/x-tika-msoffice", List.of("doc", "xls", "ppt", "dot", "xlt", "pot", "pps"),
            "application/x-tika-ooxml", List.of("docx", "xlsx", "pptx", "dotx", "xltx", "potx", "ppsx"),
            "application/vnd.oasis.opendocument.text", List.of("odt"),
            "application/vnd.oasis.opendocument.spreadsheet", List.of("ods"),
            "application/vnd.oasis.opendocument.presentation", List.of("odp"));

    /** What a name's extension looks like; anything else after its last dot is part of the name. */
    private static final Pattern EXTENSION = Pattern.compile("[A-Za-z0-9]{1,10}");

    private FileNames() {
    }

    /**
     * The name a stored file is kept and downloaded under: {@link #clean(String, String) cleaned}, with an
     * extension allowed for the type its content shows.
     *
     * @param fallback the name (or the name without extension) for a file whose submitted name leaves nothing
     */
    public static String forContent(String submitted, String fallback, String contentType) {
        String name = clean(submitted, clean(fallback, "file"));
        List<String> allowed = extensionsOf(contentType);
        int dot = name.lastIndexOf('.');
        String stem = name;
        if (dot > 0 && EXTENSION.matcher(name.substring(dot + 1)).matches()) {
            if (allowed.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT))) {
                return name;
            }
            stem = name.substring(0, dot);
        }
        String extension = "." + allowed.get(0);
        stem = stem.strip();
        if (stem.length() > LENGTH - extension.length()) {
            stem = stem.substring(0, LENGTH - extension.length());
        }
        return stem + extension;
    }

    /** The allowed extensions of a type: the portal's own list, else Tika's, else {@code bin}. */
    static List<String> extensionsOf(String contentType) {
        List<String> own = EXTENSIONS.get(contentType);
        if (own != null) {
            return own;
        }
        List<String> tikas = ContentTypes.extensionsOf(contentType);
        return tikas.isEmpty() ? List.of("bin") : tikas;
    }

    /**
     * The name the person's file had, without the folders some browsers send, control characters and format
     * characters, at most {@link #LENGTH} long.
     */
    static String clean(String submitted, String fallback) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c) && !invisible(Character.getType(c)))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > LENGTH ? name.substring(0, LENGTH) : name;
    }

    /** Format characters (Cf: bidi controls, zero-width ones) and line or paragraph separators. */
    private static boolean invisible(int type) {
        return type == Character.FORMAT || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…}: a download, never shown inline, under its name. */
    public static String attachment(String name) {
        String fileName = HeaderText.line(name);
        String ascii = fileName.codePoints()
                .map(c -> c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '%' || c == ';' ? '_' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        String header = "attachment; filename=\"" + ascii + "\"";
        if (!ascii.equals(fileName)) {
            header += "; filename*=UTF-8''" + rfc5987(fileName);
        }
        return header;
    }

    /** Percent-encodes all but RFC 5987's attr-char (letters, digits and {@code !#$&+-.^_`|~}). */
    private static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            }
            else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
