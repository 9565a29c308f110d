package fr.fichesmetiers.jobs.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTests {

    @Test
    void escapesMarkupSoThatInputShowsAsText() {
        assertThat(Html.escape("<script>alert(\"x\") & 'y'</script>"))
                .isEqualTo("&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;");
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Développeur « back-end »")).isEqualTo("Développeur « back-end »");
    }
}
