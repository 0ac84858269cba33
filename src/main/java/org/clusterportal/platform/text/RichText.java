package org.clusterportal.platform.text;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Rich text written in the portal's editor (descriptions of offers, events, proposals), kept to an allow-list
 * of formatting on the server: paragraphs, emphasis, lists, headings, quotes and http(s)/mailto links, which
 * open with {@code rel} "noopener" and "nofollow". Scripts, event handlers, styles, images and frames are dropped,
 * whatever the browser sent. Sanitise before storing; the page then shows the stored HTML unescaped.
 */
public final class RichText {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("a")
                    .allowUrlProtocols("http", "https", "mailto")
                    .allowAttributes("href").onElements("a")
                    .requireRelsOnLinks("nofollow", "noopener")
                    .allowElements("ul", "ol", "li", "br", "pre", "code")
                    .toFactory());

    private RichText() {
    }

    /** The safe part of {@code html}; {@code null} stays {@code null}, text without any content becomes empty. */
    public static String sanitise(String html) {
        if (html == null) {
            return null;
        }
        String safe = POLICY.sanitize(html).strip();
        return plainText(safe).isBlank() ? "" : safe;
    }

    /** The words of {@code html} without any markup, for search and for short previews. */
    public static String plainText(String html) {
        if (html == null) {
            return "";
        }
        return html.replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&#160;", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#34;", "\"")
                .replace("&#39;", "'").replace("&#64;", "@").replace("&#61;", "=").replace("&#43;", "+")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
