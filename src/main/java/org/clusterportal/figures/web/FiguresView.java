package org.clusterportal.figures.web;

import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.clusterportal.figures.FigureSheet;
import org.clusterportal.figures.FiguresService;
import org.clusterportal.figures.Period;
import org.clusterportal.figures.Scope;
import org.clusterportal.people.CurrentPerson;
import org.clusterportal.platform.faces.NotFoundException;
import org.omnifaces.cdi.Param;

/**
 * What the three figures pages share: the period from the address ({@code from}, {@code to}), the sheet the
 * service lets the viewer see (not found, or refused as the 403 page, otherwise), the charts and the downloads.
 * The pages have no form: the period chooser is a GET form, so every period has its own address.
 */
public abstract class FiguresView {

    @Inject
    private FiguresService figures;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    @Param
    private String from;

    @Inject
    @Param
    private String to;

    private Period period;
    private String periodRefusal;
    private FigureSheet sheet;

    /** The scope of the page, from its own parameters. */
    protected abstract Scope scope();

    public void load() {
        PeriodChoice.Typed typed = PeriodChoice.of(from, to, LocalDate.now());
        period = typed.period();
        periodRefusal = typed.refusal();
        sheet = figures.sheet(currentPerson.viewer(), scope(), period).orElseThrow(() -> new NotFoundException("Figures of " + scope()));
    }

    private Function<String, String> label() {
        ResourceBundle bundle = ResourceBundle.getBundle("org.clusterportal.i18n.messages", currentPerson.getLocale());
        return bundle::getString;
    }

    public FigureSheet getSheet() {
        return sheet;
    }

    public Period getPeriod() {
        return period;
    }

    /** The bundle key of why the period typed in the address was refused, {@code null} when it was not. */
    public String getPeriodRefusal() {
        return periodRefusal;
    }

    /** The dates as typed (the start of them: an address can carry anything), shown again beside the refusal. */
    public String getTypedFrom() {
        return shortened(from);
    }

    public String getTypedTo() {
        return shortened(to);
    }

    private static String shortened(String typed) {
        return typed == null ? "" : typed.length() <= 20 ? typed : typed.substring(0, 20) + "…";
    }

    public List<PeriodChoice.Choice> getChoices() {
        return PeriodChoice.choices(LocalDate.now());
    }

    public String getActivityChart() {
        return FigureCharts.activity(sheet, label());
    }

    public String getFunnelChart() {
        return FigureCharts.funnel(sheet, label());
    }

    public String getProposalsChart() {
        return FigureCharts.proposals(sheet, label());
    }

    public String getAttendanceChart() {
        return FigureCharts.attendance(sheet, label());
    }

    public String getNetwork() {
        return FigureNetwork.of(sheet.getLinks(), label());
    }

    /** The query of a download of this page's figures: scope, id and period. */
    public String getDownloadQuery() {
        return scope().query() + "&from=" + period.getFirst() + "&to=" + period.getLast() + "&language=" + currentPerson.getLanguageCode();
    }
}
