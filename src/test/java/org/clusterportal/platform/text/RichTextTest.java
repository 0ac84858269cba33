package org.clusterportal.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsFormattingListsAndLinks() {
        String html = "<p>Offer <strong>bold</strong> <em>it</em></p><ul><li>one</li></ul>"
                + "<a href=\"https://example.org/x\">link</a>";

        String safe = RichText.sanitise(html);

        assertThat(safe).contains("<strong>bold</strong>", "<em>it</em>", "<ul><li>one</li></ul>",
                "href=\"https://example.org/x\"");
        assertThat(safe).containsPattern("rel=\"(noopener nofollow|nofollow noopener)\"");
    }

    @Test
    void dropsScriptsHandlersAndDangerousLinks() {
        String html = "<p onclick=\"steal()\">Hi</p><script>alert(1)</script>"
                + "<img src=x onerror=\"alert(2)\"><a href=\"javascript:alert(3)\">x</a>"
                + "<iframe src=\"https://evil.example\"></iframe><p style=\"position:fixed\">s</p>";

        String safe = RichText.sanitise(html);

        assertThat(safe).doesNotContain("script", "onclick", "onerror", "<img", "javascript:", "iframe", "style")
                .contains("Hi");
    }

    @Test
    void emptyEditorContentBecomesEmpty() {
        assertThat(RichText.sanitise("<p><br></p>")).isEmpty();
        assertThat(RichText.sanitise(null)).isNull();
    }

    @Test
    void plainTextHasTheWordsOnly() {
        assertThat(RichText.plainText("<p>Gdańsk &amp; <b>Śląsk</b></p><p>R&amp;D</p>"))
                .isEqualTo("Gdańsk & Śląsk R&D");
    }
}
