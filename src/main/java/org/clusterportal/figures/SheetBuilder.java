package org.clusterportal.figures;

import static org.clusterportal.figures.FigureKeys.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clusterportal.events.EventType;

/**
 * Turns the grouped numbers of a period and of the previous one into the sheet: the shares (none when there is
 * nothing to divide by), the share of attendances from other clusters, the links between clusters, the active
 * members among the scope's. No query here: the rules of the definitions, testable on hand-made numbers.
 */
final class SheetBuilder {

    /** What the builder needs to know of the organisations met: names, countries and cluster families. */
    record Organisations(Map<Long, String> names, Map<Long, String> countries, Map<Long, String> clusterNames, ClusterFamilies families) {
    }

    private final Period period;
    private final boolean summary;
    private final Set<Long> members;

    SheetBuilder(Period period, boolean summary, Set<Long> members) {
        this.period = period;
        this.summary = summary;
        this.members = members;
    }

    /** The organisations of the scope among those that did something. */
    Set<Long> activeMembers(Tally tally) {
        Set<Long> active = new HashSet<>(tally.actors);
        active.retainAll(members);
        return active;
    }

    /** Attendances of people from organisations of another cluster than the event's organiser. */
    static long outside(Tally tally, ClusterFamilies families) {
        return tally.attendance.stream().filter(row -> families.differentClusters(row[0], row[1])).mapToLong(row -> row[2]).sum();
    }

    static long attendanceByOrganisation(Tally tally) {
        return tally.attendance.stream().mapToLong(row -> row[2]).sum();
    }

    FigureSheet build(Tally now, Tally before, LinkTally linksNow, LinkTally linksBefore, Organisations known, Organisations knownBefore) {
        List<FigureSection> sections = new ArrayList<>();
        sections.add(new FigureSection("offers", counts(now, before, OFFERS, OFFERS_OFFER, OFFERS_REQUEST, OFFERS_JOINT)));
        List<FigureRow> interests = counts(now, before, INTERESTS_SENT, INTERESTS_RECEIVED, INTERESTS_ANSWERED, INTERESTS_MEETINGS,
                INTERESTS_AGREEMENTS, INTERESTS_DECLINED);
        interests.add(FigureRow.share(INTERESTS_AGREEMENT_SHARE, Shares.of(now.count(INTERESTS_AGREEMENTS), now.count(INTERESTS_ALL)),
                Shares.of(before.count(INTERESTS_AGREEMENTS), before.count(INTERESTS_ALL))));
        sections.add(new FigureSection("interests", interests));
        List<String> eventKeys = new ArrayList<>(List.of(EVENTS));
        Arrays.stream(EventType.values()).map(FigureKeys::eventsOfType).forEach(eventKeys::add);
        eventKeys.addAll(List.of(EVENTS_SEATS, EVENTS_REGISTRATIONS, EVENTS_ATTENDANCE));
        List<FigureRow> events = counts(now, before, eventKeys.toArray(String[]::new));
        long outsideNow = outside(now, known.families());
        long outsideBefore = outside(before, knownBefore.families());
        events.add(FigureRow.count(EVENTS_OUTSIDE, outsideNow, outsideBefore));
        events.add(FigureRow.share(EVENTS_OUTSIDE_SHARE, Shares.of(outsideNow, attendanceByOrganisation(now)),
                Shares.of(outsideBefore, attendanceByOrganisation(before))));
        sections.add(new FigureSection("events", events));
        List<FigureRow> proposals = counts(now, before, PROPOSALS_STARTED, PROPOSALS_SUBMITTED, PROPOSALS_FUNDED, PROPOSALS_REJECTED);
        proposals.add(FigureRow.share(PROPOSALS_SUCCESS, successRate(now), successRate(before)));
        sections.add(new FigureSection("proposals", proposals));
        Set<Long> activeNow = activeMembers(now);
        Set<Long> activeBefore = activeMembers(before);
        List<String> countries = activeNow.stream().map(known.countries()::get).filter(country -> country != null).distinct().sorted().toList();
        long countriesBefore = activeBefore.stream().map(knownBefore.countries()::get).filter(country -> country != null).distinct().count();
        List<FigureRow> cooperation = new ArrayList<>();
        cooperation.add(FigureRow.count(LINKS, linksNow.entries().size(), linksBefore.entries().size()));
        cooperation.add(FigureRow.count(MEMBERS_ACTIVE, activeNow.size(), activeBefore.size()));
        cooperation.add(FigureRow.count(MEMBERS_ALL, members.size(), members.size()));
        cooperation.add(FigureRow.share(MEMBERS_ACTIVE_SHARE, Shares.of(activeNow.size(), members.size()), Shares.of(activeBefore.size(), members.size())));
        cooperation.add(FigureRow.count(COUNTRIES, countries.size(), countriesBefore));
        sections.add(new FigureSection("cooperation", cooperation));
        return new FigureSheet(period, summary, sections, months(now), attendance(now, known), now.fundedBudget, countries, links(linksNow, known));
    }

    /** Funded out of those with a result (funded or rejected) in the period. */
    static Double successRate(Tally tally) {
        long funded = tally.count(PROPOSALS_FUNDED);
        return Shares.of(funded, funded + tally.count(PROPOSALS_REJECTED));
    }

    private static List<FigureRow> counts(Tally now, Tally before, String... keys) {
        List<FigureRow> rows = new ArrayList<>();
        for (String key : keys) {
            rows.add(FigureRow.count(key, now.count(key), before.count(key)));
        }
        return rows;
    }

    /** Every month of the period, those without activity too (a chart with gaps reads wrong). */
    private List<MonthActivity> months(Tally tally) {
        return period.months().stream().map(month -> new MonthActivity(month, ACTIVITY_KINDS.stream()
                .map(kind -> tally.monthly.getOrDefault(month, Map.of()).getOrDefault(kind, 0L)).toList())).toList();
    }

    /** Attendances by the attendee's organisation, most first. */
    private static List<NamedCount> attendance(Tally tally, Organisations known) {
        Map<Long, Long> byOrganisation = new HashMap<>();
        tally.attendance.forEach(row -> byOrganisation.merge(row[1], row[2], Long::sum));
        return byOrganisation.entrySet().stream()
                .map(entry -> new NamedCount(known.names().getOrDefault(entry.getKey(), "#" + entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingLong(NamedCount::count).reversed().thenComparing(NamedCount::name)).toList();
    }

    private static List<CooperationLink> links(LinkTally tally, Organisations known) {
        return tally.entries().entrySet().stream().map(entry -> {
            long a = entry.getKey().first();
            long b = entry.getKey().second();
            return new CooperationLink(a, known.names().get(a), known.clusterNames().get(a), b, known.names().get(b),
                    known.clusterNames().get(b), Set.copyOf(entry.getValue().kinds()), entry.getValue().weight());
        }).sorted(Comparator.comparingLong(CooperationLink::weight).reversed().thenComparing(CooperationLink::orgAName,
                Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }
}
