package org.clusterportal.people;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clusterportal.platform.web.SameOrigin;

/**
 * The language switch: any page requested with {@code ?lang=pl} or {@code ?lang=en} changes the language and is
 * shown again at its own address without the parameter. A plain link works on every page, the error pages
 * included, and needs no form. The choice is stored (for the session, and for a signed-in person) only when the
 * link was followed from the portal's own pages or typed ({@link SameOrigin}): a link from another site shows that
 * one page in the language asked and changes nothing.
 */
@WebFilter(filterName = "LanguageFilter") // mapped in web.xml, after LoginFilter
public class LanguageFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String PARAMETER = "lang";

    /** The request attribute holding the language of a page asked for from another site, for that page only. */
    static final String VIEW_ONLY = LanguageFilter.class.getName() + ".viewOnly";

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Language> chosen = "GET".equals(request.getMethod())
                ? Language.of(request.getParameter(PARAMETER))
                : Optional.empty();
        if (chosen.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!SameOrigin.isSameOrigin(request)) {
            // A link on another site must not change what the person chose: this page only, in that language.
            request.setAttribute(VIEW_ONLY, chosen.get());
            chain.doFilter(request, response);
            return;
        }
        currentPerson.changeLanguage(chosen.get());
        response.sendRedirect(request.getRequestURI()
                + withoutLanguage(request.getQueryString()).map(query -> "?" + query).orElse(""));
    }

    /** The query string without its {@code lang} parameters, if anything is left. */
    static Optional<String> withoutLanguage(String query) {
        if (query == null) {
            return Optional.empty();
        }
        String rest = Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.equals(PARAMETER) && !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    }
}
