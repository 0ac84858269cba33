package org.clusterportal.figures.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.clusterportal.figures.FigureFiles;
import org.clusterportal.figures.FigureReport;
import org.clusterportal.figures.FigureSheet;
import org.clusterportal.figures.FigureTables;
import org.clusterportal.figures.FiguresService;
import org.clusterportal.figures.Period;
import org.clusterportal.figures.Scope;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.people.Language;
import org.clusterportal.platform.files.FileNames;
import org.clusterportal.platform.security.AccessDeniedException;
import org.clusterportal.platform.security.Viewer;

/**
 * The figures of a page as files: {@code figures.xlsx}, {@code figures.pdf} and {@code figures.csv?table=…},
 * with the page's {@code scope}, {@code id}, {@code from} and {@code to}; checked by the service like the page
 * (404 when not found, 403 when refused), in the viewer's language.
 */
@WebServlet(urlPatterns = { "/figures/figures.xlsx", "/figures/figures.pdf", "/figures/figures.csv" })
public class FiguresExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private FiguresService figures;

    @Inject
    private CurrentPerson currentPerson;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Scope> scope = scope(request);
        if (scope.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Viewer viewer = currentPerson.viewer();
        PeriodChoice.Typed typed = PeriodChoice.of(request.getParameter("from"), request.getParameter("to"), LocalDate.now());
        if (typed.refusal() != null) {
            // The page's links carry valid periods only: a download of another period than asked would mislead.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        Period period = typed.period();
        Optional<FigureSheet> sheet;
        try {
            sheet = figures.sheet(viewer, scope.get(), period);
        }
        catch (AccessDeniedException refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (sheet.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // The page's language comes with the link as language= (lang= is the language filter's, which redirects):
        // outside Faces the person's choice is not at hand.
        Locale locale = Optional.ofNullable(request.getParameter("language")).flatMap(Language::of)
                .or(() -> Language.of(request.getLocale().toLanguageTag())).orElse(Language.EN).locale();
        ResourceBundle bundle = ResourceBundle.getBundle("org.clusterportal.i18n.messages", locale);
        Function<String, String> label = bundle::getString;
        String name = "figures-" + scope.get().kind().name().toLowerCase() + (scope.get().id() == null ? "" : "-" + scope.get().id())
                + "-" + period.getFirst() + "-" + period.getLast();
        response.setHeader("Cache-Control", "private, no-store");
        String path = request.getServletPath();
        if (path.endsWith(".xlsx")) {
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", FileNames.attachment(name + ".xlsx"));
            FigureFiles.xlsx(sheet.get(), label, response.getOutputStream());
        }
        else if (path.endsWith(".pdf")) {
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", FileNames.attachment(name + ".pdf"));
            FigureReport.write(sheet.get(), bundle.getString("figures.title") + " · " + bundle.getString("figures.scope." + scope.get().kind().name()),
                    label, locale, response.getOutputStream());
        }
        else {
            String table = request.getParameter("table");
            if (!FigureTables.NAMES.contains(table)) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType("text/csv; charset=UTF-8");
            response.setHeader("Content-Disposition", FileNames.attachment(name + "-" + table + ".csv"));
            FigureFiles.csv(FigureTables.table(table, sheet.get(), label), response.getOutputStream());
        }
    }

    private static Optional<Scope> scope(HttpServletRequest request) {
        String id = request.getParameter("id");
        boolean valid = id != null && id.matches("[1-9][0-9]{0,17}");
        return switch (String.valueOf(request.getParameter("scope"))) {
            case "agreement" -> valid ? Optional.of(Scope.agreement(Long.parseLong(id))) : Optional.empty();
            case "organisation" -> valid ? Optional.of(Scope.organisation(Long.parseLong(id))) : Optional.empty();
            case "portal" -> Optional.of(Scope.portal());
            default -> Optional.empty();
        };
    }
}
