package org.clusterportal.platform.files;

import java.nio.charset.StandardCharsets;

import org.clusterportal.platform.text.HeaderText;

/**
 * File names as people give them and as downloads send them back: the name is kept as typed (less any path a
 * browser sent and any control characters), and the {@code Content-Disposition} header carries it both as a
 * plain ASCII fallback and, for non-ASCII names, in RFC 5987 form ({@code filename*=UTF-8''…}).
 */
public final class FileNames {

    public static final int LENGTH = 255;

    private FileNames() {
    }

    /** The name the person's file had, without the folders some browsers send, at most {@link #LENGTH} long. */
    public static String clean(String submitted, String fallback) {
        String name = submitted == null ? "" : submitted;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return fallback;
        }
        return name.length() > LENGTH ? name.substring(0, LENGTH) : name;
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
