package org.clusterportal.offers;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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

    /** What was typed, as a search: trimmed and cut to {@link #MAX_INPUT} characters, or {@code null} when blank. */
    static String input(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return text.length() <= MAX_INPUT ? text : text.substring(0, MAX_INPUT);
    }
}
