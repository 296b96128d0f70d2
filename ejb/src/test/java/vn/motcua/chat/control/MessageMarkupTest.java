package vn.motcua.chat.control;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessageMarkupTest {

    @Test
    void markupAndScriptAreShownAsText() {
        assertEquals("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b onclick=&quot;y&quot;&gt;",
                MessageMarkup.render("<script>alert('x')</script> & <b onclick=\"y\">", List.of()));
    }

    @Test
    void aDossierCodeBecomesALinkOnlyForAReaderWhoMaySeeIt() {
        String body = "Xem hồ sơ 000.01.19.H21-260315-0001 và 000.01.19.H21-260315-0002<i>";
        assertEquals(Set.of("000.01.19.H21-260315-0001", "000.01.19.H21-260315-0002"), MessageMarkup.codesIn(body));
        assertEquals("Xem hồ sơ <a class=\"dossier-link\" href=\"dossiers/dossier?code=000.01.19.H21-260315-0001\">"
                        + "000.01.19.H21-260315-0001</a> và 000.01.19.H21-260315-0002&lt;i&gt;",
                MessageMarkup.render(body, List.of("000.01.19.H21-260315-0001")));
    }

    @Test
    void numbersThatMerelyLookAlikeAreNotCodes() {
        assertEquals(Set.of(), MessageMarkup.codesIn("gọi 0912-345678-1234x hoặc abc000.01.19.H21-260315-0001"));
    }
}
