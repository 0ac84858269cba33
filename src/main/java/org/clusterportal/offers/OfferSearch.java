package org.clusterportal.offers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import javax.sql.DataSource;

/**
 * Which search the database offers, found once: PostgreSQL has the stored {@code tsvector} of
 * {@code db/vendor/postgresql/V8_2} with its GIN index, any other database (H2) is searched with {@code LIKE}.
 */
@ApplicationScoped
public class OfferSearch {

    private static final Logger LOG = Logger.getLogger(OfferSearch.class.getName());

    /** Longer input is cut: nobody searches with more, and the query stays cheap. */
    static final int MAX_INPUT = 200;

    @Resource(lookup = "java:jboss/datasources/PortalDS")
    private DataSource dataSource;

    private volatile Boolean fullText;

    /** Whether the database is PostgreSQL, with its full-text column. */
    public boolean isFullText() {
        Boolean known = fullText;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                known = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            }
            catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database holds the offers", e);
            }
            fullText = known;
            boolean chosen = known;
            LOG.info(() -> chosen ? "Offers are searched with PostgreSQL full-text search" : "Offers are searched with LIKE");
        }
        return known;
    }

    private static final int MAX_WORDS = 8;

    /**
     * What was typed as a PostgreSQL {@code to_tsquery}: its words (letters and digits only, so no operator or
     * quote gets through), each as a prefix, all required: {@code "Laser clad"} is {@code laser:* & clad:*}, which
     * finds offers while the word is still being typed. {@code null} when nothing searchable is left.
     */
    static String prefixQuery(String typed) {
        if (typed == null) {
            return null;
        }
        List<String> words = Arrays.stream(typed.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .limit(MAX_WORDS)
                .toList();
        return words.isEmpty() ? null : words.stream().map(word -> word + ":*").collect(Collectors.joining(" & "));
    }

    /** What was typed, as a search: trimmed and cut to {@link #MAX_INPUT} characters, or {@code null} when blank. */
    static String input(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.length() <= MAX_INPUT ? text : text.substring(0, MAX_INPUT);
    }
}
