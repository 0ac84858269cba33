package org.clusterportal.figures;

import java.io.Serializable;
import java.util.Locale;

/**
 * Whose figures: an agreement's (what was shared in it), an organisation's (for a cluster its members together
 * with it, for a member itself) or the whole portal's.
 */
public record Scope(Kind kind, Long id) implements Serializable {

    public enum Kind {
        AGREEMENT, ORGANISATION, PORTAL
    }

    public static Scope agreement(long id) {
        return new Scope(Kind.AGREEMENT, id);
    }

    public static Scope organisation(long id) {
        return new Scope(Kind.ORGANISATION, id);
    }

    public static Scope portal() {
        return new Scope(Kind.PORTAL, null);
    }

    /** The scope as the downloads' address names it ({@code scope=agreement&id=5}; figures.web.FiguresExportServlet reads it). */
    public String query() {
        return "scope=" + kind.name().toLowerCase(Locale.ROOT) + (id == null ? "" : "&id=" + id);
    }
}
