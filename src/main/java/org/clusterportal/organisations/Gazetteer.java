package org.clusterportal.organisations;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Where a city, a Polish region or a country is (table {@code place}, filled by migrations): an organisation is
 * placed at its city, else at its region, else at its country. The table changes only with a migration, so each
 * node reads it once.
 */
@ApplicationScoped
public class Gazetteer {

    /** How closely a position places an organisation. */
    public enum Precision {
        CITY, REGION, COUNTRY
    }

    public record Position(double latitude, double longitude, Precision precision, String key) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    private volatile Map<String, Position> places;

    public Optional<Position> locate(String country, String region, String city) {
        if (country == null) {
            return Optional.empty();
        }
        Map<String, Position> known = places();
        return Optional.ofNullable(known.get(id(country, Precision.CITY, key(city))))
                .or(() -> Optional.ofNullable(known.get(id(country, Precision.REGION, key(region)))))
                .or(() -> Optional.ofNullable(known.get(id(country, Precision.COUNTRY, key(country)))));
    }

    /** A place name folded so that "Jastrzębie-Zdrój", "jastrzebie-zdroj " and "JASTRZĘBIE-ZDRÓJ" are one place. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('ł', 'l').replace('Ł', 'l');
        return folded.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
    }

    private Map<String, Position> places() {
        Map<String, Position> known = places;
        if (known == null) {
            known = new HashMap<>();
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery(
                    "SELECT country, kind, place_key, latitude, longitude FROM place").getResultList();
            for (Object[] row : rows) {
                Precision precision = Precision.valueOf((String) row[1]);
                String id = id((String) row[0], precision, (String) row[2]);
                known.put(id, new Position(((Number) row[3]).doubleValue(), ((Number) row[4]).doubleValue(),
                        precision, id));
            }
            places = Map.copyOf(known);
        }
        return known;
    }

    private static String id(String country, Precision precision, String key) {
        return country.toUpperCase(Locale.ROOT) + '|' + precision + '|' + key(key);
    }
}
