package org.clusterportal.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void markupIsShownAsTextNeverRun() {
        assertThat(PlainText.toHtml("<script>alert('x')</script> & \"quotes\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;");
    }

    @Test
    void addressesBecomeLinksWithoutTheSentencesPunctuation() {
        assertThat(PlainText.toHtml("See https://example.org/a?b=1&c=2. Or (http://x.pl/y)!"))
                .isEqualTo("See <a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener nofollow\" target=\"_blank\">"
                        + "https://example.org/a?b=1&amp;c=2</a>. Or (<a href=\"http://x.pl/y\" rel=\"noopener nofollow\" "
                        + "target=\"_blank\">http://x.pl/y</a>)!");
    }

    @Test
    void anAddressCannotBreakOutOfItsAttribute() {
        String html = PlainText.toHtml("https://evil.example/\"onmouseover=\"alert(1) and https://e.org/<b>x</b>");
        assertThat(html).doesNotContain("\"onmouseover").doesNotContain("<b>")
                .contains("<a href=\"https://evil.example/\" rel=")
                .contains("<a href=\"https://e.org/\" rel=");
    }

    @Test
    void otherSchemesStayText() {
        assertThat(PlainText.toHtml("javascript:alert(1) ftp://x.org mailto:a@b.pl")).doesNotContain("<a ");
        assertThat(PlainText.toHtml("only https:// here")).doesNotContain("<a ");
    }

    @Test
    void lineBreaksAreKept() {
        assertThat(PlainText.toHtml("one\r\ntwo\nthree")).isEqualTo("one<br/>two<br/>three");
    }
}
