package org.clusterportal.organisations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class GazetteerTest {

    @Test
    void foldsCaseDiacriticsAndSpaces() {
        assertThat(Gazetteer.key("Jastrzębie-Zdrój")).isEqualTo("jastrzebie-zdroj");
        assertThat(Gazetteer.key("  ŁÓDŹ ")).isEqualTo("lodz");
        assertThat(Gazetteer.key("Zielona   Góra")).isEqualTo("zielona gora");
        assertThat(Gazetteer.key(null)).isEmpty();
    }

    @Test
    void everyKeyOfThePlaceTableIsFoldedAsTheGazetteerFoldsNames() throws IOException {
        List<String> keys = keysOf("/db/migration/V17__places.sql");

        assertThat(keys).hasSizeGreaterThan(200).allSatisfy(key -> assertThat(Gazetteer.key(key)).isEqualTo(key));
    }

    private static List<String> keysOf(String migration) throws IOException {
        try (InputStream in = GazetteerTest.class.getResourceAsStream(migration)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher row = Pattern.compile("\\('[A-Z]{2}', '(CITY|REGION|COUNTRY)', '([^']*)'").matcher(sql);
            return row.results().map(match -> match.group(2)).toList();
        }
    }
}
