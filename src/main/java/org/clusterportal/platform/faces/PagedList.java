package org.clusterportal.platform.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import org.clusterportal.platform.persistence.BaseEntity;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A table's rows, one page at a time from the database: the service counts and loads, nothing is held whole.
 * Rows are keyed by their id.
 */
public class PagedList<T extends BaseEntity> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Loads the rows {@code first .. first + pageSize} in the service's order. */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        List<T> load(int first, int pageSize);
    }

    /** Counts all rows. */
    @FunctionalInterface
    public interface Counter extends Serializable {
        long count();
    }

    private final Counter counter;
    private final Loader<T> loader;

    public PagedList(Counter counter, Loader<T> loader) {
        this.counter = counter;
        this.loader = loader;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return Math.toIntExact(counter.count());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return loader.load(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(row.getId());
    }
}
