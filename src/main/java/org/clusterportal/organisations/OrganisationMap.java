package org.clusterportal.organisations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;

import org.clusterportal.organisations.Gazetteer.Position;
import org.clusterportal.platform.security.Viewer;

/**
 * The organisations of a directory filter (the whole directory, an agreement's signatories and their members)
 * grouped by where they are: one place per city, region or country, each with its organisations by name.
 */
@Stateless
public class OrganisationMap {

    /** The most organisations one map shows; the page says when there were more. */
    public static final int LIMIT = 2000;

    @Inject
    private OrganisationService organisationService;

    @Inject
    private Gazetteer gazetteer;

    /** Organisations at one place. */
    public record Place(Position position, String label, List<Located> organisations) {
    }

    /**
     * The places of the filter's organisations; {@code unplaced} are those with no known position, {@code more}
     * says the filter matched more than {@link #LIMIT}.
     */
    public record Result(List<Place> places, List<Located> unplaced, boolean more) {

        public static final Result NONE = new Result(List.of(), List.of(), false);

        public boolean isEmpty() {
            return places.isEmpty();
        }

        public int limit() {
            return LIMIT;
        }
    }

    public Result places(@NotNull Viewer viewer, @NotNull OrganisationFilter filter) {
        List<Located> located = organisationService.located(viewer, filter, LIMIT + 1);
        boolean more = located.size() > LIMIT;
        Map<String, Place> places = new LinkedHashMap<>();
        List<Located> unplaced = new ArrayList<>();
        for (Located organisation : more ? located.subList(0, LIMIT) : located) {
            Optional<Position> position = gazetteer.locate(organisation.country(), organisation.region(), organisation.city());
            position.ifPresentOrElse(
                    found -> places.computeIfAbsent(found.key(), key -> new Place(found, label(found, organisation), new ArrayList<>()))
                            .organisations().add(organisation),
                    () -> unplaced.add(organisation));
        }
        return new Result(List.copyOf(places.values()), unplaced, more);
    }

    private static String label(Position position, Located organisation) {
        return switch (position.precision()) {
            case CITY -> organisation.city().strip();
            case REGION -> organisation.region().strip();
            case COUNTRY -> organisation.country();
        };
    }
}
