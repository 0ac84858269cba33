package org.clusterportal.platform.faces;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The id a view-scoped page was opened for ({@code <f:viewParam name="id">}), the same for every postback of the
 * view. Faces applies a view parameter again on each postback that carries it, but only in the phase after the
 * forms were decoded, whose {@code rendered} guards were evaluated for the first id: a postback of one's own offer's
 * page naming someone else's offer would run the form's action (renew) on the other offer, past the page's guards.
 * Such a postback is refused before any action runs, and the refusal is audited once by the page. The id is
 * whatever names the page's subject: an entity's number, an account's id, a settings link's token.
 */
public final class ViewId {

    private ViewId() {
    }

    /** The view's id: the first one given; another one later is refused with the given (audited) exception. */
    public static <T> T keep(T shown, T asked, Supplier<? extends RuntimeException> refusal) {
        if (shown == null) {
            return asked;
        }
        if (asked != null && !Objects.equals(shown, asked)) {
            throw refusal.get();
        }
        return shown;
    }

    /**
     * The view's id once the page was opened (its view action ran), none included: a page opened without an id
     * (a new subject's form) refuses an id posted later just as a page opened for one id refuses another.
     */
    public static <T> T keep(boolean opened, T shown, T asked, Supplier<? extends RuntimeException> refusal) {
        if (!opened) {
            return asked;
        }
        if (asked != null && !asked.equals(shown)) {
            throw refusal.get();
        }
        return shown;
    }
}
