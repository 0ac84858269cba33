package org.clusterportal.platform.text;

import java.util.regex.Pattern;

/**
 * Text that people wrote (a title, an organisation's name, a file name) put into a header-like field: an e-mail
 * subject, a {@code Content-Disposition} name, a calendar's name. Such a field is one line: a CR or LF in it ends
 * the header and starts another, and even where a library folds it, mail clients show a broken subject. Every
 * control character (line breaks, tabs, NUL, NEL) and the Unicode line and paragraph separators are folded, with
 * the spaces around them, into one space.
 */
public final class HeaderText {

    private static final Pattern BREAKS =
            Pattern.compile("[\\s\\p{Cc}\\u2028\\u2029]*[\\p{Cc}\\u2028\\u2029][\\s\\p{Cc}\\u2028\\u2029]*");

    private HeaderText() {
    }

    /** The text on one line, without control characters; {@code null} is the empty text. */
    public static String line(String text) {
        return text == null ? "" : BREAKS.matcher(text).replaceAll(" ").strip();
    }
}
