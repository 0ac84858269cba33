package org.clusterportal.platform.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text written by people (comments, coordinators' messages) shown as HTML: everything escaped first, then
 * http(s) addresses made into links that open with {@code rel="noopener nofollow"}, and line breaks kept.
 * Nothing a person types can become markup: links are found in the escaped text, and their address is the
 * escaped text itself.
 */
public final class PlainText {

    /**
     * An http(s) address in escaped text: up to whitespace or an escaped {@code <}, {@code >} or {@code "}
     * (which are never part of an address as people write it in prose).
     */
    private static final Pattern URL = Pattern.compile("https?://(?:(?!&lt;|&gt;|&quot;)[^\\s])+", Pattern.CASE_INSENSITIVE);

    /** Punctuation that ends a sentence rather than the address it follows. */
    private static final String TRAILING = ".,;:!?')]}";

    private PlainText() {
    }

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The text escaped, with its http(s) addresses as links and its line breaks as {@code <br/>}. */
    public static String toHtml(String text) {
        String escaped = escape(text);
        Matcher matcher = URL.matcher(escaped);
        StringBuilder html = new StringBuilder(escaped.length() + 64);
        int last = 0;
        while (matcher.find()) {
            String address = matcher.group();
            address = withoutTrailingPunctuation(address);
            if (address.matches("(?i)https?://")) {
                continue;
            }
            html.append(escaped, last, matcher.start())
                    .append("<a href=\"").append(address).append("\" rel=\"noopener nofollow\" target=\"_blank\">")
                    .append(address).append("</a>");
            last = matcher.start() + address.length();
        }
        html.append(escaped.substring(last));
        return html.toString().replace("\r\n", "\n").replace("\n", "<br/>");
    }

    private static String withoutTrailingPunctuation(String address) {
        String rest = address;
        while (true) {
            if (rest.endsWith("&#39;")) {
                rest = rest.substring(0, rest.length() - 5);
            }
            else if (!rest.isEmpty() && TRAILING.indexOf(rest.charAt(rest.length() - 1)) >= 0) {
                rest = rest.substring(0, rest.length() - 1);
            }
            else {
                return rest;
            }
        }
    }
}
