package org.clusterportal.platform.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The conditions of one JPQL query and the values they are bound to: lists add what their filter asks for,
 * the audience adds who may see what, and the query is made once with every value bound (never pasted into
 * the text). Parameter names must be unique within a query; the condition texts are the callers' constants.
 */
public final class Where {

    /** An id no row has: it keeps a list of ids bound to {@code in} from being empty, which is no valid SQL. */
    private static final long NO_ID = -1L;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** A condition that needs no value, or whose values are bound with {@link #bind}. */
    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** A condition with the one value its {@code :name} stands for. */
    public Where and(String condition, String name, Object value) {
        return and(condition).bind(name, value);
    }

    /** A condition applied only when the filter's value is there (not null, not blank). */
    public Where andIf(Object value, String condition, String name) {
        if (value == null || value instanceof String text && text.isBlank()) {
            return this;
        }
        return and(condition, name, value);
    }

    public Where bind(String name, Object value) {
        if (parameters.putIfAbsent(name, value instanceof Collection<?> values ? List.copyOf(values) : value) != null) {
            throw new IllegalArgumentException("Parameter :" + name + " is bound twice in one query");
        }
        return this;
    }

    /**
     * Every word (from {@link SearchWords#of}) must be found in one of the paths, as a part of the text:
     * {@code lower(path) like %word% escape '!'}.
     */
    public Where containsWords(List<String> words, String... paths) {
        for (int i = 0; i < words.size(); i++) {
            String name = "word" + i;
            List<String> tests = new ArrayList<>();
            for (String path : paths) {
                tests.add("lower(" + path + ") like :" + name + " escape '!'");
            }
            and("(" + String.join(" or ", tests) + ")", name, "%" + words.get(i) + "%");
        }
        return this;
    }

    /** The ids, or a list of one id no row has when there are none: {@code in :ids} stays valid SQL. */
    public static List<Long> idsOrNone(Collection<Long> ids) {
        return ids.isEmpty() ? List.of(NO_ID) : List.copyOf(ids);
    }

    /** {@code select … from … where … order …}, with every value bound. */
    public <T> TypedQuery<T> query(EntityManager entityManager, String selectFrom, String order, Class<T> type) {
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<T> query = entityManager.createQuery(selectFrom + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }
}
